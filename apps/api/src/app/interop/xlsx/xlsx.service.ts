import type { CurriculumContent, FieldError, ImportPreview } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { importPreview } from '../import-preview';
import { sheetsToContent } from './xlsx-import';
import { readWorkbook } from './xlsx-read';

/** What an Office import answers: the new draft, and what of the file was not read. */
export interface OfficeImportResponse {
  readonly id: string;
  /** A deleted or renamed language column or sheet, a column of one's own …: `{ path, message }`. */
  readonly warnings: FieldError[];
}

@Injectable()
export class XlsxService {
  constructor(private readonly imports: CurriculumImports) {}

  /** A new draft in the caller's institution from an Excel workbook; all or nothing. */
  async import(caller: Caller, body: unknown): Promise<OfficeImportResponse> {
    const { content, warnings } = await readXlsxContent(body);
    return { id: await this.imports.store(caller, content, 'xlsx'), warnings };
  }

  /** What `import` would create, with its warnings; nothing is written. */
  async preview(body: unknown): Promise<ImportPreview> {
    const { content, warnings } = await readXlsxContent(body);
    return importPreview(content, warnings);
  }
}

/** Reads and checks a workbook; throws `ImportRejectedError` with every problem found. */
export async function readXlsxContent(
  body: unknown,
): Promise<{ content: CurriculumContent; warnings: FieldError[] }> {
  const { content, problems, warnings } = sheetsToContent(await readWorkbook(body));
  if (content === undefined || problems.length > 0) throw new ImportRejectedError(problems);
  return { content, warnings };
}
