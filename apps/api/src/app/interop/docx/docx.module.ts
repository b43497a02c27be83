import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { CurriculaModule } from '../../curricula';
import { acceptRawBody } from '../../../infrastructure/web/raw-body';
import { DocxController } from './docx.controller';
import { WORD_MEDIA_TYPE } from './docx-writer';
import { DocxService } from './docx.service';

/**
 * Word import of the unit template (interoperability); the exports are the `docx` (curriculum
 * document) and `docx-units` (the template) formats of the registry.
 */
@Module({
  imports: [CurriculaModule],
  controllers: [DocxController],
  providers: [DocxService],
  exports: [DocxService],
})
export class DocxModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    acceptRawBody(this.adapterHost, WORD_MEDIA_TYPE, this.config.importBodyLimitBytes);
  }
}
