import { validateContent } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { download, type Download } from '../../../infrastructure/web/cached-representations';
import { CurriculaService, CurriculumImports } from '../../curricula';
import { buildCasePackage } from './case-export';
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
  constructor(
    private readonly curricula: CurriculaService,
    private readonly imports: CurriculumImports,
  ) {}

  /**
   * The CFPackage (JSON) of what the caller may read (404 otherwise, see `CurriculaService.read`);
   * a published version's is built once and then served from memory.
   */
  export(caller: Caller | null, id: string): Promise<Download> {
    return this.curricula.exportOf(caller, id, 'case', async (curriculum, institution) => {
      const body = buildCasePackage({
        curriculum,
        creator: institution?.name ?? 'Curriculum builder',
      });
      return download(
        Buffer.from(JSON.stringify(body), 'utf8'),
        'application/json; charset=utf-8',
        `${curriculum.code}-case.json`,
      );
    });
  }

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
