import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DatabaseKind,
  HealthStatus,
  Readiness,
  ReadinessCheck,
} from '@curriculum-builder/curriculum';
import type { FastifyReply } from 'fastify';
import type Redis from 'ioredis';
import { msg } from '@curriculum-builder/curriculum';
import { DataSource } from 'typeorm';
import { Public } from '../../common/decorators/auth.decorators';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { REDIS } from '../../infrastructure/shared-state/redis';
import { Lifecycle } from './lifecycle';

/** A check that takes longer than this counts as failing (the balancer asks again soon). */
const CHECK_TIMEOUT_MS = 2_000;

function within<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error('timed out')), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

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
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** The process runs and answers (nothing else is checked: a failing database is not a reason to restart it). */
  @Get('live')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ status: "ok" }` while the process answers.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Whether to send this instance requests: database, migrations, Redis, not shutting down. */
  @Get('ready')
  @ApiOkResponse({
    description: 'Ready: `{ status: "ready", database, migrations, redis, draining }`.',
  })
  @ApiServiceUnavailableResponse({ description: 'Not ready, with the part that fails.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const check = async (work: () => Promise<boolean>): Promise<ReadinessCheck> => {
      try {
        return (await within(work())) ? 'ok' : 'failing';
      } catch {
        return 'failing';
      }
    };
    const database = await check(async () => {
      await this.dataSource.query('SELECT 1');
      return true;
    });
    const migrations =
      database === 'ok'
        ? await check(async () => !(await this.dataSource.showMigrations()))
        : 'failing';
    const redis =
      this.redis === null
        ? 'not-configured'
        : await check(async () => (await this.redis?.ping()) === 'PONG');
    const ready =
      !this.lifecycle.draining && database === 'ok' && migrations === 'ok' && redis !== 'failing';
    if (!ready) void reply.status(503).header('cache-control', 'no-store');
    return {
      status: ready ? 'ready' : 'not-ready',
      database,
      migrations,
      redis,
      draining: this.lifecycle.draining,
    };
  }

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
