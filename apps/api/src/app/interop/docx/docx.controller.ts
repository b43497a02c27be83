import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { ImportPreview } from '@curriculum-builder/curriculum';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Requires } from '../../../common/decorators/auth.decorators';
import type { OfficeImportResponse } from '../xlsx/xlsx.service';
import { MAX_TABLE_ROWS } from './docx-layout';
import { WORD_MEDIA_TYPE } from './docx-writer';
import { DocxService } from './docx.service';
import { RateLimit } from '../../../infrastructure/shared-state/rate-limit';

/**
 * Word import (.docx) of the unit template that the `docx-units` export writes
 * (interop/docx/docx-layout.ts): a `curriculum` table, `electiveGroup` tables and one `unit` table
 * per unit with fixed row labels and one column per language; outcomes are rows labelled with
 * their category. Text outside the tables is not read. Work-based learning and ESCO skills are not
 * part of the template: the new draft has none.
 *
 * A missing or renamed language column, and a table of one's own, is a warning in the answer;
 * an unknown row label is a problem (a mistyped category must not lose its outcome). A document
 * that unpacks to more than 50 MB or has more than 20,000 table rows is refused before it is read.
 */
@ApiTags('interoperability')
@Controller('curricula')
export class DocxController {
  constructor(private readonly docx: DocxService) {}

  /** A new draft in the caller's institution from a filled-in Word unit template. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/docx')
  @HttpCode(201)
  @ApiConsumes(WORD_MEDIA_TYPE)
  @ApiBody({
    description: 'The .docx file itself as the body (not a multipart form).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiCreatedResponse({
    description:
      '`{ id, warnings: [{ path: "table 3 (unit ZM-01), column en", message }] }`: the new draft, and what of the file was not read.',
  })
  @ApiUnprocessableEntityResponse({
    description: `Every problem as \`{ path: "table 3 (unit ZM-01), row 6 (ecvetPoints)", message }\`; nothing stored. Also: not a .docx file, more than ${MAX_TABLE_ROWS} table rows, more than 50 MB unpacked.`,
  })
  @ApiPayloadTooLargeResponse({
    description: 'The file is larger than IMPORT_BODY_LIMIT_MB (default 20 MB).',
  })
  import(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<OfficeImportResponse> {
    return this.docx.import(caller, body);
  }

  /** What the import of this Word unit template would create, and its warnings; nothing is written. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/docx/preview')
  @HttpCode(200)
  @ApiConsumes(WORD_MEDIA_TYPE)
  @ApiBody({
    description: 'The file itself as the body (not a multipart form).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({
    description:
      '`{ code, title, languages, units, outcomes, workBasedLearning, errors, ruleWarnings, warnings, notes }`',
  })
  @ApiUnprocessableEntityResponse({ description: 'Every problem of the file; nothing stored.' })
  preview(@Body() body: unknown): Promise<ImportPreview> | ImportPreview {
    return this.docx.preview(body);
  }
}
