import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  runUntilExit,
  RunningServer,
  startProductionServer,
  tempDir,
} from '@curriculum-builder/product-process';

interface Catalogue {
  items: { code: string; status: string }[];
}

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
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite', apiDocs: true });
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

  it('creates the demo data on first start and prints the demo password once', async () => {
    expect(server.output()).toContain('Demo data created');
    const password = /have the password "([^"]+)"/.exec(server.output())?.[1];
    expect(password).toBeDefined();
    const anonymous = (await (await fetch(`${server.url}/api/v1/curricula`)).json()) as Catalogue;
    expect(anonymous.items.map(({ code, status }) => [code, status])).toEqual([
      ['ZM-CNC-2018', 'published'],
      // The partner school's programme whose units are in the shared library.
      ['LT-IGO-2026', 'published'],
    ]);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'teacher@demo.local', password }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const own = (await (
      await fetch(`${server.url}/api/v1/curricula`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as Catalogue;
    expect(own.items.map(({ code, status }) => [code, status]).sort()).toEqual([
      ['LT-IGO-2026', 'published'],
      ['SFO-2025', 'draft'],
      ['ZM-CNC-2018', 'published'],
      ['ZM-TZ-2018', 'draft'],
    ]);
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

describe('production server stopping behind a balancer (issue #22)', () => {
  it('answers not ready during SHUTDOWN_DRAIN_MS after SIGTERM, still alive, then exits cleanly', async () => {
    const server = await startProductionServer({ DEMO_DATA: 'false', SHUTDOWN_DRAIN_MS: '3000' });
    try {
      expect((await fetch(`${server.url}/api/v1/health/ready`)).status).toBe(200);
      const exited = new Promise<number | null>((done) =>
        server.process.once('exit', (code) => done(code)),
      );
      server.process.kill('SIGTERM');
      // The log says so before readiness is asked again.
      while (!server.output().includes('draining for 3000 ms'))
        await new Promise((done) => setTimeout(done, 20));
      const ready = await fetch(`${server.url}/api/v1/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not-ready', draining: true });
      expect((await fetch(`${server.url}/api/v1/health/live`)).status).toBe(200);
      // No second signal: it ends by itself once the drain is over.
      expect(await exited).toBe(0);
      expect(server.output()).toContain('Shut down cleanly.');
    } finally {
      if (server.process.exitCode === null) await server.stop('SIGKILL');
    }
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
