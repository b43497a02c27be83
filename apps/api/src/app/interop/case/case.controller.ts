import { Body, Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import { NumberFromQuery } from '@curriculum-builder/curriculum/dto';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { ImportPreview } from '@curriculum-builder/curriculum';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Requires } from '../../../common/decorators/auth.decorators';
import { CaseService, type CaseImportResponse } from './case.service';
import { RateLimit } from '../../../infrastructure/shared-state/rate-limit';

/** `POST /api/v1/curricula/import/case?version=` */
export class CaseImportQuery {
  /**
   * When the package updates a known curriculum: the version its preview was made against (the
   * update is refused with 409 if the curriculum has changed since).
   */
  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version?: number;
}

/** 1EdTech CASE 1.0 (+ 1.1 `extensions`) import of curricula (the export is a format of exports/). */
@ApiTags('interoperability')
@Controller('curricula')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  /**
   * A new draft in the caller's institution from a CASE 1.0/1.1 CFPackage (document → units →
   * outcomes; deeper trees are flattened into the unit-level ancestor and reported) — or, when the
   * package's CFDocument is a curriculum the institution already has, the update of its draft
   * (200; a published one is reopened as a new draft first), matched by CASE identifiers.
   */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/case')
  @HttpCode(201)
  @ApiBody({
    description: 'A CASE CFPackage (JSON, at most IMPORT_BODY_LIMIT_MB, default 20 MB).',
    schema: { type: 'object' },
  })
  @ApiCreatedResponse({ description: '`{ id, created: true, report }` of the new draft.' })
  @ApiOkResponse({
    description:
      '`{ id, created: false, update: { diff, unchanged, reopens, version }, report }`: the known curriculum was updated.',
  })
  @ApiConflictResponse({
    description:
      'The known curriculum is in a review round, or changed since the preview (`?version=`).',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'The package cannot be taken: `{ problems: [{ path, message }] }`; nothing was written.',
  })
  @ApiPayloadTooLargeResponse({
    description: 'The body is larger than IMPORT_BODY_LIMIT_MB (default 20 MB).',
  })
  async importCase(
    @CurrentCaller() caller: Caller,
    @Body() body: unknown,
    @Query() query: CaseImportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseImportResponse> {
    const response = await this.cases.import(caller, body, query.version);
    if (!response.created) reply.status(200);
    return response;
  }

  /** What the import of this package would create, its warnings and notes; nothing is written. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('import/case/preview')
  @HttpCode(200)
  @ApiBody({ description: 'A CASE CFPackage (JSON).', schema: { type: 'object' } })
  @ApiOkResponse({
    description:
      '`{ code, title, languages, units, outcomes, workBasedLearning, errors, ruleWarnings, warnings, notes, update }`; `update` (the diff against the known curriculum) when the package is one the institution has.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'The package cannot be taken: `{ problems: [{ path, message }] }`.',
  })
  previewCase(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<ImportPreview> {
    return this.cases.preview(caller, body);
  }
}
