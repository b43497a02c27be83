import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { App } from 'supertest/types';
import type { DataSource, MigrationInterface } from 'typeorm';
import { createApp, CreateAppOptions } from '../../src/app/create-app';
import { AppConfig, loadConfig } from '../../src/infrastructure/config/app-config';

export type TestDatabase = 'sqlite' | 'postgres';

export interface TestApp {
  readonly app: NestFastifyApplication;
  /** The HTTP server, for supertest's `request(server)`. */
  readonly server: App;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** Which database this run of the suite uses: `E2E_DATABASE`, default SQLite. */
export function testDatabase(): TestDatabase {
  const kind = process.env['E2E_DATABASE'] ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres')
    throw new Error(`E2E_DATABASE must be sqlite or postgres, got ${kind}`);
  return kind;
}

/**
 * A database of its own for one test app: a fresh SQLite file in a temp directory, or a fresh
 * schema in TEST_DATABASE_URL, so that runs never collide. `drop` removes it again.
 */
export function freshDatabase(kind: TestDatabase = testDatabase()): {
  url: string;
  drop(): Promise<void>;
} {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cb-e2e-'));
    return {
      url: `sqlite:${join(dir, 'curriculum.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env['TEST_DATABASE_URL'];
  if (base === undefined || base === '') {
    throw new Error(
      'E2E_DATABASE=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test',
    );
  }
  const schema = `e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Starts the real application (the same `createApp` as production) on a fresh database. */
export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  options: CreateAppOptions = {},
): Promise<TestApp> {
  const database = freshDatabase();
  const config = loadConfig({
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    // Suites make many requests a minute; rate-limits.e2e-spec sets the limits it tests.
    RATE_LIMIT_EXPORTS: '0',
    RATE_LIMIT_IMPORTS: '0',
    RATE_LIMIT_SEARCHES: '0',
    RATE_LIMIT_VALIDATIONS: '0',
    ...env,
  });
  const app = await createApp(config, options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    server: app.getHttpServer() as App,
    config,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Runs one migration's `up` or `down` as the migration executor does (on SQLite, a changed constraint copies the table). */
export async function runMigration(
  t: TestApp,
  migration: MigrationInterface,
  step: 'up' | 'down',
): Promise<void> {
  const runner = t.dataSource.createQueryRunner();
  await runner.beforeMigration();
  try {
    await migration[step](runner);
  } finally {
    await runner.afterMigration();
    await runner.release();
  }
}
