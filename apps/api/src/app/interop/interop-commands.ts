import type { FieldError } from '@curriculum-builder/curriculum';
import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { ImportRejectedError } from '../../common/errors/domain.errors';
import { CaseService } from './case/case.service';
import { CsvService } from './csv/csv.service';
import { DocxService } from './docx/docx.service';
import { XlsxService } from './xlsx/xlsx.service';

export type Importer = (caller: Caller, file: Buffer) => Promise<string>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(file: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(file);
  } catch {
    throw new ImportRejectedError([
      {
        path: 'file',
        message: 'is not valid UTF-8: save it as UTF-8, not Latin-1 or Windows-1252',
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportRejectedError([
      {
        path: 'file',
        message: `is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

/**
 * The new draft's id; the import's report goes to standard error, one line each: the defaults it
 * used and what of the file it did not read (warnings), and its notes.
 */
function reported({
  id,
  warnings,
  notes = [],
}: {
  id: string;
  warnings: readonly FieldError[];
  notes?: readonly string[];
}): string {
  for (const w of warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
  for (const note of notes) process.stderr.write(`note: ${note}\n`);
  return id;
}

/**
 * The import formats as command-line operations, by the same services the API uses (exports go
 * through the export registry, exports/formats).
 */
export function interopCommands(app: INestApplicationContext): {
  importers: Record<string, Importer>;
} {
  const csv = app.get(CsvService, { strict: false });
  const cases = app.get(CaseService, { strict: false });
  const xlsx = app.get(XlsxService, { strict: false });
  const docx = app.get(DocxService, { strict: false });
  return {
    importers: {
      case: async (caller, file) => {
        const { id, report, update } = await cases.import(caller, parseJson(file));
        process.stderr.write(
          `${report.items} items, ${report.associations} associations → ${report.units} units, ${report.outcomes} learning outcomes\n`,
        );
        if (update !== undefined) {
          const s = update.diff.summary;
          process.stderr.write(
            update.unchanged
              ? `curriculum ${update.code} already holds this package: nothing changed\n`
              : `updated curriculum ${update.code}${update.reopens ? ' (reopened as a new draft)' : ''}: ` +
                  `units +${s.unitsAdded} -${s.unitsRemoved} ~${s.unitsChanged}, ` +
                  `outcomes +${s.outcomesAdded} -${s.outcomesRemoved} ~${s.outcomesChanged}\n`,
          );
        }
        return reported({ id, warnings: report.warnings, notes: report.notes });
      },
      csv: async (caller, file) => reported(await csv.import(caller, file.toString('utf8'))),
      xlsx: async (caller, file) => reported(await xlsx.import(caller, file)),
      docx: async (caller, file) => reported(await docx.import(caller, file)),
    },
  };
}
