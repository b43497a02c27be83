import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { CurriculaService } from '../../curricula/curricula.service';
import { InstitutionEntity } from '../../institutions/entities/institution.entity';
import { curriculumToElm, type ElmDocument } from './curriculum-to-elm';
import { ElmIncompleteError } from './elm-incomplete.error';

export interface ElmExport {
  readonly document: ElmDocument;
  readonly filename: string;
}

@Injectable()
export class ElmService {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * What the caller may read (404 otherwise, see `CurriculaService.get`) as a Europass ELM
   * `Qualification`; 422 with every missing field when the curriculum lacks what ELM requires.
   */
  async export(caller: Caller | null, id: string): Promise<ElmExport> {
    const curriculum = await this.curricula.get(caller, id);
    const institution = await this.unitOfWork.read((em) =>
      em.findOneBy(InstitutionEntity, { id: curriculum.institutionId }),
    );
    const result = curriculumToElm({ curriculum, country: institution?.country ?? null });
    if (!result.ok) throw new ElmIncompleteError(result.problems);
    return { document: result.document, filename: `${curriculum.code}-elm.jsonld` };
  }
}
