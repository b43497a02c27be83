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
import { MAX_SHEET_ROWS, XLSX_MEDIA_TYPE } from './xlsx-read';
import { XlsxService, type OfficeImportResponse } from './xlsx.service';
import { RateLimit } from '../../../infrastructure/shared-state/rate-limit';

/**
 * Excel workbook import (.xlsx), in the layout of the `xlsx` export format
 * (exports/formats/xlsx.format.ts, interop/xlsx/xlsx-layout.ts): the sheets `curriculum`
 * (key/value rows), `electiveGroups`, `units`, `assessment`, `outcomes`, `escoSkills`,
 * `workBasedLearning`, one column per language for every text (`title.de`, `title.en`).
 *
 * Formulas are never calculated: a cell holding one (other than LibreOffice's constant `TRUE()` /
 * `FALSE()`) is a problem that names the cell. A sheet or a language column that is missing or
 * renamed, and a column or sheet of one's own, is a warning in the answer, never a silent loss.
 * A workbook that unpacks to more than 50 MB or has more than 20,000 rows in a sheet is refused
 * before it is read.
 */
@ApiTags('interoperability')
@Controller('curricula')
export class XlsxController {
  constructor(private readonly xlsx: XlsxService) {}

  /** A new draft in the caller's institution from an Excel workbook in the export's layout. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/xlsx')
  @HttpCode(201)
  @ApiConsumes(XLSX_MEDIA_TYPE)
  @ApiBody({
    description: 'The .xlsx file itself as the body (not a multipart form).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiCreatedResponse({
    description:
      '`{ id, warnings: [{ path: "sheet units, column title.en", message }] }`: the new draft, and what of the file was not read.',
  })
  @ApiUnprocessableEntityResponse({
    description: `Every problem as \`{ path: "sheet units, row 12, column ecvetPoints", message }\`; nothing stored. Also: not an .xlsx file, a formula cell, more than ${MAX_SHEET_ROWS} rows in a sheet, more than 50 MB unpacked.`,
  })
  @ApiPayloadTooLargeResponse({
    description: 'The file is larger than IMPORT_BODY_LIMIT_MB (default 20 MB).',
  })
  import(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<OfficeImportResponse> {
    return this.xlsx.import(caller, body);
  }

  /** What the import of this Excel workbook would create, and its warnings; nothing is written. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/xlsx/preview')
  @HttpCode(200)
  @ApiConsumes(XLSX_MEDIA_TYPE)
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
    return this.xlsx.preview(body);
  }
}
