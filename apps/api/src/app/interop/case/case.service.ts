import { validateContent } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { readCasePackage, type CaseImportReport } from './case-import';

export interface CaseImportResponse {
  readonly id: string;
  readonly report: CaseImportReport & {
    /** The ECVET rule engine's summary of the imported draft (findings are warnings, not refusals). */
    readonly validation: ReturnType<typeof validateContent>['summary'];
  };
}

@Injectable()
export class CaseService {
  constructor(private readonly imports: CurriculumImports) {}

  /**
   * A new draft in the caller's institution from a CFPackage, in one transaction; every problem of
   * the package is collected into one `ImportRejectedError` (422) and nothing is written then.
   */
  async import(caller: Caller, body: unknown): Promise<CaseImportResponse> {
    const read = readCasePackage(body);
    if (!read.ok) throw new ImportRejectedError(read.problems);
    const { content, report } = read.result;
    const id = await this.imports.store(caller, content, 'case');
    return { id, report: { ...report, validation: validateContent(content).summary } };
  }
}
