import { validateCurriculum, type Curriculum } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import {
  jsonRepresentation,
  type Representation,
} from '../../infrastructure/web/cached-representations';
import { CurriculaService } from './curricula.service';

/** The ECVET rule engine of libs/curriculum — the very code the web app runs — on a stored tree. */
@Injectable()
export class CurriculumValidationService {
  constructor(private readonly curricula: CurriculaService) {}

  /**
   * The report as JSON bytes: of the working copy for those who see it (computed per request), of
   * the latest published version for everyone else (computed once per version, then cached).
   */
  async report(caller: Caller | null, id: string): Promise<Representation> {
    const read = await this.curricula.read(caller, id);
    if (read.kind === 'working-copy')
      return jsonRepresentation(validateCurriculum(read.curriculum));
    return this.curricula.derivedOfPublished(`${id}/${read.number}/validation`, async () =>
      validateCurriculum(JSON.parse(read.representation.body.toString('utf8')) as Curriculum),
    );
  }
}
