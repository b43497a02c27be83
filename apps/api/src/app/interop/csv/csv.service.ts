import type { CurriculumContent, FieldError, ImportPreview } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { CurriculumImports } from '../../curricula';
import { importPreview } from '../import-preview';
import { BOM, parseCsv, unneutralise } from '../../../common/csv-format';
import { rowsToContent, type CsvRecord } from './csv-import';

/** Records (data rows) an import may have. */
export const MAX_CSV_RECORDS = 20_000;

@Injectable()
export class CsvService {
  constructor(private readonly imports: CurriculumImports) {}

  /** A new draft in the caller's institution from a spreadsheet; all or nothing. */
  async import(caller: Caller, body: unknown): Promise<{ id: string; warnings: FieldError[] }> {
    const { content, warnings } = readCsvContent(body);
    return { id: await this.imports.store(caller, content, 'csv'), warnings };
  }

  /** What `import` would create, with its warnings; nothing is written. */
  preview(body: unknown): ImportPreview {
    const { content, warnings } = readCsvContent(body);
    return importPreview(content, warnings);
  }
}

/**
 * Parses and checks a CSV body; throws `ImportRejectedError` with every problem found. Warnings
 * name what the file lacks without being wrong (a language without columns).
 */
export function readCsvContent(body: unknown): {
  content: CurriculumContent;
  warnings: FieldError[];
} {
  const reject = (problems: FieldError[]) => {
    throw new ImportRejectedError(problems);
  };
  if (typeof body !== 'string') {
    return reject([
      { path: 'file', message: msg`send the spreadsheet as text/csv (UTF-8) in the request body` },
    ]);
  }
  const text = body.startsWith(BOM) ? body.slice(1) : body;
  if (text.trim() === '') return reject([{ path: 'file', message: msg`the file is empty` }]);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n|\r|\n/).length;
    return reject([
      {
        path: `row ${line}`,
        message: msg`the file is not valid UTF-8 (save it as "CSV UTF-8" — e.g. Windows-1252 or ISO-8859 umlauts cannot be read)`,
      },
    ]);
  }
  // eslint-disable-next-line no-control-regex
  const junk = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (junk !== null) {
    const line = text.slice(0, junk.index).split(/\r\n|\r|\n/).length;
    return reject([
      {
        path: `row ${line}`,
        message: msg`the file contains binary data (control character U+${junk[0]
          .charCodeAt(0)
          .toString(16)
          .toUpperCase()
          .padStart(4, '0')}); it is not a CSV text file`,
      },
    ]);
  }
  const parsed = parseCsv(text, MAX_CSV_RECORDS + 1);
  if (parsed.records.length - 1 > MAX_CSV_RECORDS) {
    return reject([
      {
        path: 'file',
        message: msg`too many rows: at most ${MAX_CSV_RECORDS} rows after the header`,
      },
    ]);
  }
  const problems: FieldError[] = parsed.problems.map((p) => ({
    path: `line ${p.line}`,
    message: p.message,
  }));
  const [head, ...rest] = parsed.records;
  if (head === undefined) return reject(problems);
  const header = head.cells.map((c) => unneutralise(c).trim());
  const records: CsvRecord[] = [];
  rest.forEach((record, i) => {
    const row = i + 2;
    if (record.cells.every((c) => c.trim() === '')) return; // blank lines of a spreadsheet
    if (record.cells.length > header.length) {
      const extra = record.cells.slice(header.length);
      if (extra.some((c) => c.trim() !== '')) {
        problems.push({
          path: `row ${row}`,
          message: msg`${record.cells.length} cells but the header has ${header.length} columns`,
        });
      }
    }
    records.push({
      row,
      cells: new Map(header.map((name, k) => [name, unneutralise(record.cells[k] ?? '')])),
    });
  });
  if (problems.length > 0) return reject(problems);
  const { content, problems: found, warnings } = rowsToContent(header, records);
  if (content === undefined || found.length > 0) return reject(found);
  return { content, warnings };
}
