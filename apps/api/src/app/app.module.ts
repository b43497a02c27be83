import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import { DatabaseModule } from '../infrastructure/database/database.module';
import { CurriculaModule } from './curricula/curricula.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { InstitutionsModule } from './institutions/institutions.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        HealthModule,
        InstitutionsModule,
        CurriculaModule,
        DemoModule,
      ],
    };
  }
}
