import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { ImportRejectedError } from '../../common/errors/domain.errors';
import { CaseService } from './case/case.service';
import { CsvService } from './csv/csv.service';

export type Importer = (caller: Caller, file: Buffer) => Promise<string>;

function parseJson(file: Buffer): unknown {
  try {
    return JSON.parse(file.toString('utf8'));
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
 * The import formats as command-line operations, by the same services the API uses (exports go
 * through the export registry, exports/formats).
 */
export function interopCommands(app: INestApplicationContext): {
  importers: Record<string, Importer>;
} {
  const csv = app.get(CsvService, { strict: false });
  const cases = app.get(CaseService, { strict: false });
  return {
    importers: {
      case: async (caller, file) => (await cases.import(caller, parseJson(file))).id,
      csv: async (caller, file) => (await csv.import(caller, file.toString('utf8'))).id,
    },
  };
}
