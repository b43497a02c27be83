import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AuditModule } from '../audit/audit.module';
import { CurriculaModule } from '../curricula';
import { acceptRawBody } from '../../infrastructure/web/raw-body';
import { TranslationsController, XLIFF_MEDIA_TYPE } from './translations.controller';
import { TranslationsService } from './translations.service';

/** The translation workflow for content (issue #19, ADR 0025). */
@Module({
  imports: [CurriculaModule, AuditModule],
  controllers: [TranslationsController],
  providers: [TranslationsService],
})
export class TranslationsModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** XLIFF arrives as bytes, up to the import body limit. */
  onModuleInit(): void {
    for (const type of [XLIFF_MEDIA_TYPE, 'application/xml', 'text/xml'])
      acceptRawBody(this.adapterHost, type, this.config.importBodyLimitBytes);
  }
}
