import type { Curriculum } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { ElmIncompleteError } from '../interop/elm/elm-incomplete.error';
import { recordToElm } from './documents/record-elm';
import { LearnersService } from './learners.service';
import { institutionRef, publishedCurricula } from './mobility-support';

/** The learner's record as a Europass ELM credential, for whoever may read the record. */
@Injectable()
export class RecordCredentialService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly learners: LearnersService,
  ) {}

  credential(caller: Caller, id: string): Promise<object> {
    return this.unitOfWork.read(async (em) => {
      const learner = await this.learners.requireLearner(em, caller, id);
      const record = await this.learners.recordOf(em, learner);
      const curricula: ReadonlyMap<string, Curriculum> = await publishedCurricula(
        em,
        record.enrolments.map(({ enrolment: e }) => e),
      );
      const result = recordToElm({
        learner: record.learner,
        enrolments: record.enrolments,
        curricula,
        institution: await institutionRef(em, learner.institutionId),
        issued: nowIso().replace(/\.\d+Z$/, 'Z'),
      });
      if (!result.ok) throw new ElmIncompleteError(result.problems);
      return result.document;
    });
  }
}
