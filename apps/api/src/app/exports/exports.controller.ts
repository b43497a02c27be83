import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import { downloadFile } from './content-disposition';
import { ExportsService, PdfKind } from './exports.service';

const LANG_QUERY = {
  name: 'lang',
  required: false,
  description:
    "One of the curriculum's languages (default: its primary language). Texts missing in it are shown in the primary language and marked, e.g. `[de]`.",
  example: 'en',
} as const;

const PDF_RESPONSE = {
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
} as const;

/**
 * PDF exports. Public: anyone may export what they may read (the working copy for its authors,
 * reviewers and admins, the latest published version for everyone else; 404 otherwise).
 */
@ApiTags('exports')
@Controller('curricula/:id/export')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /**
   * The curriculum document: cover, contents, overview of units, ECVET points by year and by
   * Industry 4.0 area, work-based learning plan and one section per unit.
   */
  @Public()
  @Get('pdf')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces('application/pdf')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse({
    ...PDF_RESPONSE,
    description: 'The curriculum document as `<code>-<lang>.pdf` (attachment).',
  })
  @ApiBadRequestResponse({ description: "`lang` is not one of the curriculum's languages." })
  @ApiNotFoundResponse({ description: 'No such curriculum, or the caller may not read it.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The stored curriculum is malformed (e.g. a list where an object belongs); `problems` names each field as `{ path, message }`.',
  })
  curriculumPdf(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Query('lang') lang?: string,
  ): Promise<StreamableFile> {
    return this.export(caller, id, 'curriculum', lang);
  }

  /**
   * The learner's pathway: the programme year by year with its units, the work-based learning
   * periods in companies and the ECVET points accumulated by the end of each year.
   */
  @Public()
  @Get('pathway-pdf')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces('application/pdf')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse({
    ...PDF_RESPONSE,
    description: 'The learner pathway as `<code>-pathway-<lang>.pdf` (attachment).',
  })
  @ApiBadRequestResponse({ description: "`lang` is not one of the curriculum's languages." })
  @ApiNotFoundResponse({ description: 'No such curriculum, or the caller may not read it.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The stored curriculum is malformed (e.g. a list where an object belongs); `problems` names each field as `{ path, message }`.',
  })
  pathwayPdf(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Query('lang') lang?: string,
  ): Promise<StreamableFile> {
    return this.export(caller, id, 'pathway', lang);
  }

  private async export(
    caller: Caller | null,
    id: string,
    kind: PdfKind,
    lang: string | undefined,
  ): Promise<StreamableFile> {
    return downloadFile(await this.exports.pdf(caller, id, kind, lang));
  }
}
