import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/** Why a file cannot be restored, or null when it is a sound database of this product. */
export function backupProblem(file: string): string | null {
  if (!existsSync(file)) return `${file} does not exist`;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${file} is damaged: ${String(integrity)}`;
    const migrations = db
      .prepare(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'migrations'",
      )
      .get() as { n: number };
    return migrations.n === 1 ? null : `${file} is not a curriculum builder database`;
  } catch (error) {
    return `${file} is not an SQLite database (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    db?.close();
  }
}

/**
 * A consistent copy of a live database with SQLite's online backup API: other processes (the
 * server) keep reading and writing while it runs; the copy is checked before it is reported done.
 */
export async function backupSqlite(database: string, target: string): Promise<{ pages: number }> {
  const source = new Database(database, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const result = await source.backup(target);
    const problem = backupProblem(target);
    if (problem !== null) throw new Error(`backup check failed: ${problem}`);
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** Replaces the configured database with a checked backup (stop the server first). */
export async function restoreSqlite(backup: string, database: string): Promise<{ pages: number }> {
  const problem = backupProblem(backup);
  if (problem !== null) throw new Error(problem);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(database);
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}
