import { validateCurriculum, type Curriculum } from '@curriculum-builder/curriculum';
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
    if (read.kind === 'working-copy')
      return jsonRepresentation(await this.validate(caller, read.curriculum));
    // Published reports are cached per version for every reader: they compare with nothing.
    return this.curricula.derivedOfPublished(`${id}/${read.number}/validation`, async () => {
      const published = JSON.parse(read.representation.body.toString('utf8')) as Curriculum;
      const institutionCountry = await this.curricula.institutionCountry(published.institutionId);
      return validateCurriculum({ ...published, institutionCountry });
    });
  }

  /**
   * The report, the NQF level checked against the owning institution's country and the
   * qualification facts against the other programmes of its qualification the caller may read.
   */
  private async validate(caller: Caller | null, curriculum: Curriculum) {
    const institutionCountry = await this.curricula.institutionCountry(curriculum.institutionId);
    const otherProgrammes = await this.curricula.programmes(caller, curriculum.id);
    return validateCurriculum({ ...curriculum, institutionCountry, otherProgrammes });
  }
}
