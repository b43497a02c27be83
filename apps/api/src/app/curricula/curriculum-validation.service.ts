import {
  validateCurriculum,
  type Curriculum,
  type ProgrammeSummary,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import {
  jsonRepresentation,
  type Representation,
} from '../../infrastructure/web/cached-representations';
import { CurriculaService } from './curricula.service';

/**
 * The ECVET rule engine of libs/curriculum — the very code the web app runs — on a stored tree,
 * with the owning institution's country (which the web app does not know) for the NQF level.
 */
@Injectable()
export class CurriculumValidationService {
  constructor(private readonly curricula: CurriculaService) {}

  /**
   * The report as JSON bytes: of the working copy for those who see it (computed per request), of
   * the latest published version for everyone else (computed once per version, then cached).
   */
  async report(caller: Caller | null, id: string): Promise<Representation> {
    const read = await this.curricula.read(caller, id);
    if (read.kind === 'working-copy') {
      const otherProgrammes = await this.curricula.programmesOf(caller, read.curriculum);
      return jsonRepresentation(await this.validate(read.curriculum, otherProgrammes));
    }
    // Published reports are cached per version for every reader: they compare with nothing.
    return this.curricula.derivedOfPublished(`${id}/${read.number}/validation`, () =>
      this.validate(JSON.parse(read.representation.body.toString('utf8')) as Curriculum, []),
    );
  }

  /**
   * The report, the NQF level checked against the owning institution's country and the
   * qualification facts against `otherProgrammes` (those of its qualification the caller may read).
   */
  private async validate(curriculum: Curriculum, otherProgrammes: readonly ProgrammeSummary[]) {
    const institutionCountry = await this.curricula.institutionCountry(curriculum.institutionId);
    return validateCurriculum({ ...curriculum, institutionCountry, otherProgrammes });
  }
}
