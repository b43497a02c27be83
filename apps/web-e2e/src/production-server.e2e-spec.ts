import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  runUntilExit,
  RunningServer,
  startProductionServer,
  tempDir,
} from './support/production-server';

describe('production server (npm start) on the default SQLite database', () => {
  let cwd: string;
  let server: RunningServer;
  const database = () => join(cwd, 'data', 'curriculum.sqlite');

  beforeAll(async () => {
    cwd = tempDir();
    server = await startProductionServer({}, cwd);
  });

  afterAll(async () => {
    if (server.process.exitCode === null) await server.stop('SIGKILL');
  });

  it('creates ./data/curriculum.sqlite in WAL mode on first start', () => {
    expect(existsSync(database())).toBe(true);
    expect(existsSync(`${database()}-wal`)).toBe(true);
  });

  it('answers /api/v1/health as the contract says', async () => {
    const response = await fetch(`${server.url}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('serves the app shell at / and for deep links from the same port', async () => {
    for (const path of ['/', '/curricula/some-id/units']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<cb-root></cb-root>');
      expect(html).toMatch(/<script src="main-[A-Z0-9]{8}\.js" type="module">/);
    }
  });

  it('creates the demo curricula on first start', async () => {
    const response = await fetch(`${server.url}/api/v1/curricula`);
    const { items } = (await response.json()) as { items: { code: string; status: string }[] };
    expect(
      items
        .map(({ code, status }) => ({ code, status }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual([
      { code: 'SFO-2025', status: 'draft' },
      { code: 'ZM-CNC-2018', status: 'published' },
    ]);
    expect(server.output()).toContain('Demo data created');
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${server.url}/api/docs-json`);
    expect(Object.keys((await response.json()).paths)).toContain('/api/v1/health');
  });

  it('shuts down cleanly on SIGTERM and closes the database', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('Shut down cleanly.');
    // SQLite removes the write-ahead log when the last connection closes properly.
    expect(existsSync(`${database()}-wal`)).toBe(false);
    expect(existsSync(database())).toBe(true);
  });
});

describe('production server start-up checks', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@localhost/curricula' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
  ])('stops with a message naming the variable for %j', async (env, variable) => {
    const result = await runUntilExit(env);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Invalid configuration: ${variable}`);
  });

  it('stops with a clear message when PostgreSQL cannot be reached', async () => {
    const result = await runUntilExit({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Start-up failed');
  });
});
