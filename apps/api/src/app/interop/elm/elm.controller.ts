import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../../common/caller';
import { CurrentCaller, Public } from '../../../common/decorators/auth.decorators';
import { CurriculumId } from '../../../common/decorators/route-params';
import { downloadFile } from '../../exports/content-disposition';
import { ELM_MEDIA_TYPE } from './elm-vocabulary';
import { ElmService } from './elm.service';

/**
 * Europass ELM export. Public: anyone may export what they may read (the working copy for its
 * authors, reviewers and admins, the latest published version for everyone else; 404 otherwise).
 */
@ApiTags('exports')
@Controller('curricula/:id/export')
export class ElmController {
  constructor(private readonly elm: ElmService) {}

  /**
   * The curriculum as a Europass European Learning Model (ELM v3) `Qualification` in JSON-LD: title
   * and description in all languages, EQF and NQF level, ISCED-F field, learning outcomes with ESCO
   * skills, ECVET credit points, units as partial qualifications (`hasPart`) and work-based learning
   * periods as work-based learning activity specifications (`influencedBy`). Conforms to the LOQ
   * SHACL shapes of Europass.
   */
  @Public()
  @Get('elm')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces(ELM_MEDIA_TYPE)
  @ApiOkResponse({
    content: { [ELM_MEDIA_TYPE]: { schema: { type: 'object' } } },
    description: 'The ELM document as `<code>-elm.jsonld` (attachment).',
  })
  @ApiNotFoundResponse({ description: 'No such curriculum, or the caller may not read it.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The curriculum lacks what ELM requires (e.g. NQF level, ISCED-F code, learning outcomes), or its stored content is malformed; `problems` lists each as `{ path, message }`.',
  })
  async elmExport(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
  ): Promise<StreamableFile> {
    return downloadFile(await this.elm.export(caller, id));
  }
}
