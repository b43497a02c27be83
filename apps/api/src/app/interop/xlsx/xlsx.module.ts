import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { CurriculaModule } from '../../curricula';
import { acceptRawBody } from '../../../infrastructure/web/raw-body';
import { XlsxController } from './xlsx.controller';
import { XLSX_MEDIA_TYPE } from './xlsx-read';
import { XlsxService } from './xlsx.service';

/** Excel workbook import (interoperability); the export is the `xlsx` format of the registry. */
@Module({
  imports: [CurriculaModule],
  controllers: [XlsxController],
  providers: [XlsxService],
  exports: [XlsxService],
})
export class XlsxModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    acceptRawBody(this.adapterHost, XLSX_MEDIA_TYPE, this.config.importBodyLimitBytes);
  }
}
