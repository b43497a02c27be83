import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import { DatabaseModule } from '../infrastructure/database/database.module';
import { SharedStateModule } from '../infrastructure/shared-state/shared-state.module';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { CurriculaModule } from './curricula';
import { DemoModule } from './demo/demo.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { CaseModule } from './interop/case/case.module';
import { CsvModule } from './interop/csv/csv.module';
import { DocxModule } from './interop/docx/docx.module';
import { XlsxModule } from './interop/xlsx/xlsx.module';
import { TranslationsModule } from './translations/translations.module';
import { EscoModule } from './esco/esco.module';
import { LibraryModule } from './library/library.module';
import { PlacementsModule } from './placements/placements.module';
import { LiveModule } from './live/live.module';
import { MobilityModule } from './mobility/mobility.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReviewsModule } from './reviews/reviews.module';
import { WorkflowModule } from './workflow/workflow.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        SharedStateModule,
        DatabaseModule,
        HealthModule,
        JobsModule,
        AccountsModule,
        AuditModule,
        InstitutionsModule,
        CurriculaModule,
        WorkflowModule,
        ReviewsModule,
        NotificationsModule,
        LiveModule,
        CaseModule,
        CsvModule,
        XlsxModule,
        TranslationsModule,
        EscoModule,
        LibraryModule,
        PlacementsModule,
        DocxModule,
        MobilityModule,
        DemoModule,
        ExportsModule,
      ],
    };
  }
}
