import type { FieldError, ImportPreview } from '@curriculum-builder/curriculum';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiOkResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Requires } from '../../../common/decorators/auth.decorators';
import { CsvService } from './csv.service';
import { RateLimit } from '../../../infrastructure/shared-state/rate-limit';

/**
 * Spreadsheet import (UTF-8 CSV with BOM; comma or semicolon), in the layout of the `csv` export
 * format (exports/formats/csv.format.ts).
 *
 * Layout: a header row, then rows told apart by the `record` column:
 * - `curriculum` (exactly one): code, title.<lang>, description.<lang>, eqfLevel, nqfLevel,
 *   iscedFCode, occupationUri, occupationLabel.<lang>, durationMonths, fullTime, ecvetPoints,
 *   primaryLanguage, languages, pointsPerYear, yearLoadTolerance, hoursPerYear, minWblShare;
 * - `group` (elective groups): code, title.<lang>, ecvetPoints (points required);
 * - `exam` (parts of the assessment plan) and `partial` (partial qualifications: code,
 *   title.<lang>, unitCodes);
 * - `wbl` (work-based learning periods): title.<lang>, year, term, durationHours,
 *   companyProfile.<lang>, mentorRole.<lang>, unitCodes, outcomeRefs (`UNIT#1`),
 *   assessmentCriteria.<lang>;
 * - `outcome` (one per learning outcome, in order): the unit's code, title.<lang>,
 *   description.<lang>, eqfLevel, ecvetPoints, mandatory, electiveGroup, year, term, areas,
 *   escoSkills (JSON), prerequisites (codes), assessmentMethods, assessmentCriteria.<lang>, then
 *   outcomeCategory, outcomeText.<lang>, outcomeEscoUri, outcomeEscoLabel.<lang> (the main ESCO
 *   skill), outcomeMoreEscoSkills (further skills, JSON);
 * - `unit`: a unit without outcomes (the unit columns only).
 * Lists are separated by `|`. Cells a spreadsheet could read as a formula are prefixed with `'`
 * (`neutralise` in csv-format.ts: = + - @ | ; after any whitespace, full-width forms too).
 */
@ApiTags('interoperability')
@Controller('curricula')
export class CsvController {
  constructor(private readonly csv: CsvService) {}

  /** A new draft in the caller's institution from a spreadsheet in the export's layout. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/csv')
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @ApiCreatedResponse({ description: '`{ id }` of the new draft.' })
  @ApiUnprocessableEntityResponse({
    description:
      'Every problem as `{ path: "row 12, column ecvetPoints", message }`; nothing stored.',
  })
  @ApiPayloadTooLargeResponse({
    description: 'The file is larger than IMPORT_BODY_LIMIT_MB (default 20 MB).',
  })
  import(
    @CurrentCaller() caller: Caller,
    @Body() body: unknown,
  ): Promise<{ id: string; warnings: FieldError[] }> {
    return this.csv.import(caller, body);
  }

  /** What the import of this file would create, and its warnings; nothing is written. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/csv/preview')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @ApiOkResponse({
    description:
      '`{ code, title, languages, units, outcomes, workBasedLearning, errors, ruleWarnings, warnings, notes }`',
  })
  @ApiUnprocessableEntityResponse({
    description: 'Every problem as `{ path: "row 12, column ecvetPoints", message }`.',
  })
  preview(@Body() body: unknown): ImportPreview {
    return this.csv.preview(body);
  }
}
