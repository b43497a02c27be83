import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childEnvironment,
  runUntilExit,
  RunningServer,
  startProductionServer,
  tempDir,
  workspaceRoot,
} from '@curriculum-builder/product-process';

const cli = join(workspaceRoot, 'dist/apps/api/cli.js');

/** A process's peak resident memory so far (VmHWM), in MiB. */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return kib / 1024;
}

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

/** Issue #15: what a school's production start looks like, as a real process. */
describe('production start (NODE_ENV=production) on an empty database', () => {
  let dir: string;
  let server: RunningServer;
  const env = () => ({ NODE_ENV: 'production', DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` });

  beforeAll(async () => {
    dir = tempDir('cb-prod-');
    server = await startProductionServer(env(), dir);
  });

  afterAll(async () => {
    if (server.process.exitCode === null) await server.stop('SIGKILL');
  });

  it('creates no demo data and no demo accounts, and says how to create the first admin', async () => {
    expect(server.output()).not.toContain('Demo data created');
    expect(server.output()).not.toMatch(/have the password/);
    expect(server.output()).toContain('No administrator yet');
    expect(server.output()).toContain('npm run cli -- admin create');
    expect((await login(server.url, 'admin@demo.local', 'anything-at-all')).status).toBe(401);
    const catalogue = (await (await fetch(`${server.url}/api/v1/curricula`)).json()) as {
      total: number;
    };
    expect(catalogue.total).toBe(0);
  });

  it('serves no OpenAPI document, and says so to the web app (which then links none)', async () => {
    expect((await fetch(`${server.url}/api/docs-json`)).status).toBe(404);
    const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as {
      apiDocs: boolean;
    };
    expect(health.apiDocs).toBe(false);
  });

  it('creates the first admin on the command line with a one-time link, never a printed password', async () => {
    /** `npm run cli -- admin create EMAIL` on the server's database, with `input` piped in. */
    const adminCreate = (email: string, input?: string) =>
      spawnSync(process.execPath, [cli, 'admin', 'create', email], {
        cwd: dir,
        env: childEnvironment({ ...env(), PUBLIC_URL: server.url }),
        input,
        encoding: 'utf8',
        timeout: 60000,
      });
    const created = adminCreate('Leitung@Schule.example');
    expect(created.status).toBe(0);
    const link = /(http:\/\/\S+\/reset-password#token=(\S+))/.exec(created.stdout);
    expect(link).not.toBeNull();
    const token = link?.[2] ?? '';
    const reset = await fetch(`${server.url}/api/v1/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, newPassword: 'Erste-Leitung-der-Schule-2026' }),
    });
    expect(reset.status).toBe(204);
    const signedIn = await login(
      server.url,
      'leitung@schule.example',
      'Erste-Leitung-der-Schule-2026',
    );
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { user: { role: string } }).user.role).toBe('admin');

    // A second admin with the password piped in: nothing printed but the confirmation.
    const piped = adminCreate('vertretung@schule.example', 'Vertretung-im-Sekretariat-77\n');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe('Admin vertretung@schule.example created.\n');
    expect(
      (await login(server.url, 'vertretung@schule.example', 'Vertretung-im-Sekretariat-77')).status,
    ).toBe(200);
    const weak = adminCreate('x@schule.example', 'Password2026\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('password is too easy to guess');
  });

  it('keeps memory bounded under 100 concurrent logins (RSS under 400 MB)', async () => {
    const attempts = Array.from({ length: 100 }, (_, i) =>
      login(
        server.url,
        i % 2 === 0 ? 'leitung@schule.example' : `unknown-${i}@schule.example`,
        i % 4 === 0 ? 'Erste-Leitung-der-Schule-2026' : `wrong-${i}`,
      ),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    // Every answer is one of the contract's: signed in, wrong, or backing off; never a 5xx.
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
    const peak = peakRssMiB(server.process.pid ?? 0);
    process.stdout.write(`peak RSS after 100 concurrent logins: ${peak.toFixed(0)} MiB\n`);
    expect(peak).toBeLessThan(400);
  });
});

describe('production start-up refuses weak configuration', () => {
  it.each([
    [{ DEMO_DATA: 'true' }, 'DEMO_PASSWORD'],
    [{ DEMO_DATA: 'true', DEMO_PASSWORD: 'Password2026' }, 'DEMO_PASSWORD'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
  ])('stops with a message naming the variable for %j', async (env, variable) => {
    const result = await runUntilExit({ NODE_ENV: 'production', ...env });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Invalid configuration: ${variable}`);
  });

  it('creates the demo accounts but no demo admin when demo data is asked for in production', async () => {
    const dir = tempDir('cb-prod-demo-');
    const server = await startProductionServer(
      {
        NODE_ENV: 'production',
        DEMO_DATA: 'true',
        DEMO_PASSWORD: 'Drehbank-Fräse-Spindel-7',
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      },
      dir,
    );
    try {
      expect(server.output()).toContain('Demo data created');
      expect(server.output()).not.toContain('Drehbank-Fräse-Spindel-7');
      expect(
        (await login(server.url, 'teacher@demo.local', 'Drehbank-Fräse-Spindel-7')).status,
      ).toBe(200);
      expect((await login(server.url, 'admin@demo.local', 'Drehbank-Fräse-Spindel-7')).status).toBe(
        401,
      );
    } finally {
      await server.stop('SIGTERM');
    }
  });
});
