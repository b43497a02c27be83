import { validateCurriculum, type ValidationReport } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { CurriculaService } from './curricula.service';

/** The ECVET rule engine of libs/curriculum — the very code the web app runs — on a stored tree. */
@Injectable()
export class CurriculumValidationService {
  constructor(private readonly curricula: CurriculaService) {}

  async report(caller: Caller | null, id: string): Promise<ValidationReport> {
    return validateCurriculum(await this.curricula.get(caller, id));
  }
}
