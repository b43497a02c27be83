import type { CurriculumContent, FieldError, ImportPreview } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { importPreview } from '../import-preview';
import { checkOfficeFile, unzipOffice, WORD_DOCUMENT } from '../xlsx/xlsx-read';
import type { OfficeImportResponse } from '../xlsx/xlsx.service';
import { tablesToContent } from './docx-import';
import { MAX_TABLE_ROWS } from './docx-layout';
import { wordTables, WordXmlRejected } from './docx-tables';
import { WORD_MEDIA_TYPE } from './docx-writer';

@Injectable()
export class DocxService {
  constructor(private readonly imports: CurriculumImports) {}

  /** A new draft in the caller's institution from a filled-in unit template; all or nothing. */
  async import(caller: Caller, body: unknown): Promise<OfficeImportResponse> {
    const { content, warnings } = readDocxContent(body);
    return { id: await this.imports.store(caller, content, 'docx'), warnings };
  }

  /** What `import` would create, with its warnings; nothing is written. */
  preview(body: unknown): ImportPreview {
    const { content, warnings } = readDocxContent(body);
    return importPreview(content, warnings);
  }
}

const reject = (message: string): never => {
  throw new ImportRejectedError([{ path: 'file', message }]);
};

/** Reads and checks a Word document; throws `ImportRejectedError` with every problem found. */
export function readDocxContent(body: unknown): {
  content: CurriculumContent;
  warnings: FieldError[];
} {
  const parts = unzipOffice(checkOfficeFile(body, WORD_MEDIA_TYPE, WORD_DOCUMENT), WORD_DOCUMENT);
  const main = parts.get(mainDocumentPart(parts));
  if (main === undefined || !/<(?:\w+:)?document[\s>]/.test(main.toString('utf8', 0, 4096))) {
    return reject(
      parts.has('xl/workbook.xml')
        ? msg`is an Excel workbook, not a Word document (.docx)`
        : msg`is a zip archive but not a Word document (.docx): word/document.xml is missing`,
    );
  }
  let tables;
  try {
    tables = wordTables(main.toString('utf8'), MAX_TABLE_ROWS);
  } catch (error) {
    if (error instanceof WordXmlRejected)
      return reject(msg`the Word document (.docx) ${error.message}`);
    throw error;
  }
  const { content, problems, warnings } = tablesToContent(tables);
  if (content === undefined || problems.length > 0) throw new ImportRejectedError(problems);
  return { content, warnings };
}

/** The main document part as the package's relationships name it (`word/document.xml`). */
function mainDocumentPart(parts: ReadonlyMap<string, Buffer>): string {
  const rels = parts.get('_rels/.rels')?.toString('utf8') ?? '';
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    if (!/\bType="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}
