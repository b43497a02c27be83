import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import type { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { migrations } from '../../database/migrations';
import type { DatabaseConfig } from '../config/app-config';

/** SQLite pragmas beyond the WAL mode and foreign keys that TypeORM's driver already sets. */
const SQLITE_PRAGMAS = ['busy_timeout = 5000', 'synchronous = NORMAL'];

/** The part of a better-sqlite3 connection that `prepareDatabase` uses. */
interface SqliteConnection {
  pragma(source: string): unknown;
  prepare(source: string): unknown;
}

/**
 * TypeORM begins every transaction with a deferred `BEGIN TRANSACTION`, which takes the write lock
 * only at the first write, after the transaction has read. If another process (the command line
 * importing, a backup tool) holds the lock at that moment, SQLite answers `SQLITE_BUSY` at once:
 * busy_timeout does not apply to a transaction that has already read, because waiting could
 * deadlock. Every transaction of this application writes (reads run outside transactions), so each
 * begins IMMEDIATE instead: the write lock first, waiting up to busy_timeout for the other process.
 */
function beginImmediate(db: SqliteConnection): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (source: string) =>
    prepare(source === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : source);
}

/**
 * TypeORM options for the configured database. Migrations run at start-up (`runMigrationsOnce`
 * for the server, `migrationsRun` for the command line); `synchronize` stays off.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { migrations, migrationsRun: true, synchronize: false, entities: [] };
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      enableWAL: true,
      prepareDatabase: (db: SqliteConnection) => {
        for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
        beginImmediate(db);
      },
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: database.url,
    schema: database.schema,
    // Raw SQL resolves unqualified names in the configured schema too.
    extra: { options: `-c search_path=${database.schema}` },
  };
}

/** A schema other than `public` (e.g. one per test run) is created before the migrations run. */
export async function ensurePostgresSchema(database: DatabaseConfig): Promise<void> {
  if (database.kind !== 'postgres' || database.schema === 'public') return;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    // Under a transaction lock named after the schema: `IF NOT EXISTS` alone is no guard when two
    // instances start together (both see none, the second then fails on the catalogue's key).
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `curriculum-builder:${database.schema}:schema`,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${database.schema}"`);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** The name of an advisory lock of this deployment's schema (PostgreSQL). */
function lockName(options: DataSource['options'], purpose: string): string {
  const schema = options.type === 'postgres' ? (options.schema ?? 'public') : '';
  return `curriculum-builder:${schema}:${purpose}`;
}

/**
 * Runs the migrations once when several instances start together (issue #22): on PostgreSQL the
 * first to take the schema's advisory lock migrates, the others wait for it and then find nothing
 * left to do. SQLite serves one process, which migrates alone.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations();
    return;
  }
  const name = lockName(dataSource.options, 'migrations');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    await dataSource.runMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Within a write transaction, waits until no other instance holds the same start-up work (e.g.
 * seeding the demo data) and keeps it to this one until the transaction ends (PostgreSQL; SQLite's
 * single writer serialises it already).
 */
export async function lockForTransaction(em: EntityManager, purpose: string): Promise<void> {
  if (em.connection.options.type !== 'postgres') return;
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    lockName(em.connection.options, purpose),
  ]);
}
