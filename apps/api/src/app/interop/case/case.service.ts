import {
  validateContent,
  type ImportPreview,
  type ImportUpdatePlan,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { WorkflowService } from '../../workflow/workflow.service';
import { importPreview } from '../import-preview';
import { readCasePackage, type CaseImportReport } from './case-import';

export interface CaseImportResponse {
  readonly id: string;
  /** False when the package named a curriculum the institution has: its draft was updated. */
  readonly created: boolean;
  /** The update that was made (or, `unchanged`, that nothing was to be changed). */
  readonly update?: ImportUpdatePlan;
  readonly report: CaseImportReport & {
    /** The ECVET rule engine's summary of the imported draft (findings are warnings, not refusals). */
    readonly validation: ReturnType<typeof validateContent>['summary'];
  };
}

@Injectable()
export class CaseService {
  constructor(
    private readonly imports: CurriculumImports,
    private readonly workflow: WorkflowService,
  ) {}

  /**
   * A new draft in the caller's institution from a CFPackage, or — when the package's document is
   * a curriculum the institution already has (imported from it, or exported by it) — the update of
   * that curriculum's draft (a published one is reopened first), in one transaction. Every problem
   * of the package is collected into one `ImportRejectedError` (422) and nothing is written then.
   */
  async import(
    caller: Caller,
    body: unknown,
    expectedVersion?: number,
  ): Promise<CaseImportResponse> {
    const { content, report } = read(body);
    const stored = await this.imports.storeOrUpdate(caller, content, 'case', {
      expectedVersion,
      reopen: async (em, curriculum) => {
        await this.workflow.reopenWithin(em, caller, curriculum.id);
      },
    });
    return {
      id: stored.id,
      created: stored.created,
      ...(stored.created ? {} : { update: stored.update }),
      report: { ...report, validation: validateContent(content).summary },
    };
  }

  /** What `import` would create or change, with its warnings and notes; nothing is written. */
  async preview(caller: Caller, body: unknown): Promise<ImportPreview> {
    const { content, report } = read(body);
    return {
      ...importPreview(content, report.warnings, report.notes),
      update: await this.imports.preview(caller, content),
    };
  }
}

function read(body: unknown) {
  const result = readCasePackage(body);
  if (!result.ok) throw new ImportRejectedError(result.problems);
  return result.result;
}
