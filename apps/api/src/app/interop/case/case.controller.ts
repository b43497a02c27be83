import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { ImportPreview } from '@curriculum-builder/curriculum';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Requires } from '../../../common/decorators/auth.decorators';
import { CaseService, type CaseImportResponse } from './case.service';

/** 1EdTech CASE 1.0 (+ 1.1 `extensions`) import of curricula (the export is a format of exports/). */
@ApiTags('interoperability')
@Controller('curricula')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  /**
   * A new draft in the caller's institution from a CASE 1.0/1.1 CFPackage (document → units →
   * outcomes; deeper trees are flattened into the unit-level ancestor and reported).
   */
  @Requires('curriculum.write')
  @Post('import/case')
  @HttpCode(201)
  @ApiBody({
    description: 'A CASE CFPackage (JSON, at most IMPORT_BODY_LIMIT_MB, default 20 MB).',
    schema: { type: 'object' },
  })
  @ApiCreatedResponse({ description: '`{ id, report }` of the new draft.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The package cannot be taken: `{ problems: [{ path, message }] }`; nothing was written.',
  })
  @ApiPayloadTooLargeResponse({
    description: 'The body is larger than IMPORT_BODY_LIMIT_MB (default 20 MB).',
  })
  importCase(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<CaseImportResponse> {
    return this.cases.import(caller, body);
  }

  /** What the import of this package would create, its warnings and notes; nothing is written. */
  @Requires('curriculum.write')
  @Post('import/case/preview')
  @HttpCode(200)
  @ApiBody({ description: 'A CASE CFPackage (JSON).', schema: { type: 'object' } })
  @ApiOkResponse({
    description:
      '`{ code, title, languages, units, outcomes, workBasedLearning, errors, ruleWarnings, warnings, notes }`',
  })
  @ApiUnprocessableEntityResponse({
    description: 'The package cannot be taken: `{ problems: [{ path, message }] }`.',
  })
  previewCase(@Body() body: unknown): ImportPreview {
    return this.cases.preview(body);
  }
}
