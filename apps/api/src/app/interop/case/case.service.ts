import { validateContent, type ImportPreview } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { importPreview } from '../import-preview';
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
    const { content, report } = read(body);
    const id = await this.imports.store(caller, content, 'case');
    return { id, report: { ...report, validation: validateContent(content).summary } };
  }

  /** What `import` would create, with its warnings and notes; nothing is written. */
  preview(body: unknown): ImportPreview {
    const { content, report } = read(body);
    return importPreview(content, report.warnings, report.notes);
  }
}

function read(body: unknown) {
  const result = readCasePackage(body);
  if (!result.ok) throw new ImportRejectedError(result.problems);
  return result.result;
}
