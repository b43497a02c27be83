import type { ExportFormatInfo } from '@curriculum-builder/curriculum';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/auth.decorators';
import { EXPORT_FORMATS } from './formats';

/** The export registry as data, for clients that offer the formats (the web app does). */
@ApiTags('exports')
@Controller('export-formats')
export class ExportFormatsController {
  @Public()
  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({
    description: '`[{ name, mediaType, summary, languages, versions }]`, in display order.',
  })
  list(): ExportFormatInfo[] {
    return EXPORT_FORMATS.map(({ name, mediaType, summary, languages, versions }) => ({
      name,
      mediaType,
      summary,
      languages,
      versions: versions ?? [],
    }));
  }
}
