import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '../../common/caller';

export type Exporter = (caller: Caller, id: string) => Promise<string | Buffer>;
export type Importer = (caller: Caller, file: Buffer) => Promise<string>;

/** The exchange formats as command-line operations (filled in by the format modules). */
export function interopCommands(_app: INestApplicationContext): {
  exporters: Record<string, Exporter>;
  importers: Record<string, Importer>;
} {
  return { exporters: {}, importers: {} };
}
