import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DatabaseKind, HealthStatus } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { DataSource } from 'typeorm';
import { Public } from '../../common/decorators/auth.decorators';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';

class HealthResponse implements HealthStatus {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ enum: ['sqlite', 'postgres'] })
  database!: DatabaseKind;

  @ApiProperty({ description: 'Whether the OpenAPI document is served at /api/docs.' })
  apiDocs!: boolean;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The service and its database answer.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async check(): Promise<HealthStatus> {
    const database: DatabaseKind =
      this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({
        status: 'error',
        database,
        message: msg`Database unavailable`,
      });
    }
    return { status: 'ok', database, apiDocs: this.config.apiDocs };
  }
}
