import { DynamicModule, Module } from '@nestjs/common';
import { CurriculaModule } from './app/curricula';
import { EscoModule } from './app/esco/esco.module';
import { ExportsModule } from './app/exports/exports.module';
import { JobsModule } from './app/jobs/jobs.module';
import { MobilityDocumentsModule } from './app/mobility/documents/mobility-documents';
import type { AppConfig } from './infrastructure/config/app-config';
import { ConfigModule } from './infrastructure/config/config.module';
import { DatabaseModule } from './infrastructure/database/database.module';
import { SharedStateModule } from './infrastructure/shared-state/shared-state.module';

/**
 * What a worker process (`node dist/apps/api/worker.js`) needs to run every kind of job: the
 * database, the queue and its store, and the modules that register the kinds (exports, mobility
 * documents). No HTTP server, no demo data.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        SharedStateModule,
        DatabaseModule,
        JobsModule,
        CurriculaModule,
        EscoModule,
        ExportsModule,
        MobilityDocumentsModule,
      ],
    };
  }
}
