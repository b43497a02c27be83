import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { CurriculaService } from '../../curricula';
import { download, type Download } from '../../../infrastructure/web/cached-representations';
import { curriculumToElm } from './curriculum-to-elm';
import { ELM_MEDIA_TYPE } from './elm-vocabulary';
import { ElmIncompleteError } from './elm-incomplete.error';

@Injectable()
export class ElmService {
  constructor(private readonly curricula: CurriculaService) {}

  /**
   * What the caller may read (404 otherwise, see `CurriculaService.read`) as a Europass ELM
   * `Qualification` (JSON-LD, indented); 422 with every missing field when the curriculum lacks what
   * ELM requires. A published version is converted once and then served from memory.
   */
  export(caller: Caller | null, id: string): Promise<Download> {
    return this.curricula.exportOf(caller, id, 'elm', async (curriculum, institution) => {
      const result = curriculumToElm({ curriculum, country: institution?.country ?? null });
      if (!result.ok) throw new ElmIncompleteError(result.problems);
      return download(
        Buffer.from(JSON.stringify(result.document, null, 2), 'utf8'),
        `${ELM_MEDIA_TYPE}; charset=utf-8`,
        `${curriculum.code}-elm.jsonld`,
      );
    });
  }
}
