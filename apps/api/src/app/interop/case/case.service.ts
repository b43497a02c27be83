import { validateContent } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError, InvalidInputError } from '../../../common/errors/domain.errors';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { CurriculaService } from '../../curricula/curricula.service';
import { CurriculumImports } from '../../curricula/curriculum-imports';
import { InstitutionEntity } from '../../institutions/entities/institution.entity';
import { buildCasePackage } from './case-export';
import { readCasePackage, type CaseImportReport } from './case-import';
import type { CasePackage } from './case-package';

export interface CaseExport {
  readonly body: CasePackage;
  readonly filename: string;
}

export interface CaseImportResponse {
  readonly id: string;
  readonly report: CaseImportReport & {
    /** The ECVET rule engine's summary of the imported draft (findings are warnings, not refusals). */
    readonly validation: ReturnType<typeof validateContent>['summary'];
  };
}

@Injectable()
export class CaseService {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly imports: CurriculumImports,
  ) {}

  /** The CFPackage of what the caller may read (404 otherwise, see `CurriculaService.get`). */
  async export(caller: Caller | null, id: string): Promise<CaseExport> {
    const curriculum = await this.curricula.get(caller, id);
    const institution = await this.unitOfWork.read((em) =>
      em.findOneBy(InstitutionEntity, { id: curriculum.institutionId }),
    );
    const body = buildCasePackage({
      curriculum,
      creator: institution?.name ?? 'Curriculum builder',
    });
    return { body, filename: `${curriculum.code}-case.json` };
  }

  /**
   * A new draft in the caller's institution from a CFPackage, in one transaction; every problem of
   * the package is collected into one `ImportRejectedError` (422) and nothing is written then.
   */
  async import(caller: Caller, body: unknown): Promise<CaseImportResponse> {
    const read = readCasePackage(body);
    if (!read.ok) throw new ImportRejectedError(read.problems);
    const { content, report } = read.result;
    let id: string;
    try {
      id = await this.imports.store(caller, content, 'case');
    } catch (error) {
      if (error instanceof InvalidInputError) throw new ImportRejectedError(error.errors);
      throw error;
    }
    return { id, report: { ...report, validation: validateContent(content).summary } };
  }
}
