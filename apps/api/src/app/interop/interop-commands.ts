import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { CsvService } from './csv/csv.service';

export type Exporter = (caller: Caller, id: string) => Promise<string | Buffer>;
export type Importer = (caller: Caller, file: Buffer) => Promise<string>;

/** The exchange formats as command-line operations, by the same services the API uses. */
export function interopCommands(app: INestApplicationContext): {
  exporters: Record<string, Exporter>;
  importers: Record<string, Importer>;
} {
  const csv = app.get(CsvService, { strict: false });
  return {
    exporters: {
      csv: async (caller, id) => (await csv.export(caller, id)).csv,
    },
    importers: {
      csv: async (caller, file) => (await csv.import(caller, file.toString('utf8'))).id,
    },
  };
}
