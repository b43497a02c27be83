import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { ImportRejectedError } from '../../common/errors/domain.errors';
import { CaseService } from './case/case.service';
import { CsvService } from './csv/csv.service';
import { ElmService } from './elm/elm.service';

export type Exporter = (caller: Caller, id: string) => Promise<string | Buffer>;
export type Importer = (caller: Caller, file: Buffer) => Promise<string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

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

/** The exchange formats as command-line operations, by the same services the API uses. */
export function interopCommands(app: INestApplicationContext): {
  exporters: Record<string, Exporter>;
  importers: Record<string, Importer>;
} {
  const csv = app.get(CsvService, { strict: false });
  const elm = app.get(ElmService, { strict: false });
  const cases = app.get(CaseService, { strict: false });
  return {
    exporters: {
      elm: async (caller, id) =>
        Buffer.concat([(await elm.export(caller, id)).body, Buffer.from('\n')]),
      case: async (caller, id) =>
        json(JSON.parse((await cases.export(caller, id)).body.toString('utf8'))),
      csv: async (caller, id) => (await csv.export(caller, id)).body,
    },
    importers: {
      case: async (caller, file) => (await cases.import(caller, parseJson(file))).id,
      csv: async (caller, file) => (await csv.import(caller, file.toString('utf8'))).id,
    },
  };
}
