import { Body, Controller, Get, Header, HttpCode, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Public, Requires } from '../../../common/decorators/auth.decorators';
import { CurriculumId } from '../../../common/decorators/route-params';
import { downloadFile } from '../../exports/content-disposition';
import { CaseService, type CaseImportResponse } from './case.service';

/** 1EdTech CASE 1.0 (+ 1.1 `extensions`) export and import of curricula. */
@ApiTags('interoperability')
@Controller('curricula')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  /**
   * The curriculum as a CASE CFPackage: CFDocument, units and outcomes as CFItems, `isChildOf`
   * and `precedes` CFAssociations; ECVET data CASE lacks in `extensions`. Public: anyone may export
   * what they may read.
   */
  @Public()
  @Get(':id/export/case')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The CFPackage as `<code>-case.json` (attachment).' })
  @ApiNotFoundResponse({ description: 'No such curriculum, or the caller may not read it.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The stored curriculum is malformed (e.g. a list where an object belongs); `problems` names each field as `{ path, message }`.',
  })
  async exportCase(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
  ): Promise<StreamableFile> {
    return downloadFile(await this.cases.export(caller, id));
  }

  /**
   * A new draft in the caller's institution from a CASE 1.0/1.1 CFPackage (document → units →
   * outcomes; deeper trees are flattened into the unit-level ancestor and reported).
   */
  @Requires('curriculum.write')
  @Post('import/case')
  @HttpCode(201)
  @ApiBody({ description: 'A CASE CFPackage (JSON, at most 2 MB).', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: '`{ id, report }` of the new draft.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The package cannot be taken: `{ problems: [{ path, message }] }`; nothing was written.',
  })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than 2 MB.' })
  importCase(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<CaseImportResponse> {
    return this.cases.import(caller, body);
  }
}
