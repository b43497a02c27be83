import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const workspaceRoot = resolve(__dirname, '../../..');
export { validateElm, type ShaclReport, type ShaclResult } from './elm-shacl';
export const serverMain = join(workspaceRoot, 'dist/apps/api/main.js');
/** The job worker of a deployment with Redis (ADR 0032). */
export const workerMain = join(workspaceRoot, 'dist/apps/api/worker.js');
export const webIndex = join(workspaceRoot, 'dist/apps/web/browser/index.html');

export interface RunningServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and resolves with the exit code once the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitedServer {
  readonly code: number | null;
  readonly output: string;
}

/** A fresh temp directory to run a server in (its default ./data lands there). */
export function tempDir(prefix = 'cb-prod-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function assertBuilt(): void {
  for (const file of [serverMain, webIndex]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: build first with "npx nx run-many -t build -p api web".`,
      );
    }
  }
}

/**
 * What a child process of a test takes from the caller's environment: only what the operating
 * system needs. Every variable the product reads (DATABASE_URL, DEMO_PASSWORD, NODE_ENV, PORT …) is
 * absent unless the test sets it, so `DEMO_PASSWORD=x npm test` tests the same thing as `npm test`.
 */
const SYSTEM_VARIABLES = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ'] as const;

export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = {};
  for (const name of SYSTEM_VARIABLES)
    if (process.env[name] !== undefined) inherited[name] = process.env[name];
  return { ...inherited, NO_COLOR: '1', ...env };
}

function spawnServer(
  env: NodeJS.ProcessEnv,
  cwd: string,
  entry = serverMain,
): { child: ChildProcess; output: () => string } {
  assertBuilt();
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: childEnvironment({ PORT: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { child, output: () => text };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((done) => child.once('exit', (code) => done(code)));
}

/**
 * Starts the production build as `npm start` does (`node dist/apps/api/main.js`) on a free port and
 * resolves once it says where it listens.
 */
export async function startProductionServer(
  env: NodeJS.ProcessEnv,
  cwd: string = tempDir(),
  timeoutMs = 30000,
): Promise<RunningServer> {
  const { child, output } = spawnServer(env, cwd);
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not start within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before listening:\n${output()}`));
    });
  });
  return {
    url,
    process: child,
    output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited(child);
    },
  };
}

/** Runs the production server with a configuration that must stop it, and reports how it ended. */
export async function runUntilExit(
  env: NodeJS.ProcessEnv,
  cwd: string = tempDir(),
): Promise<ExitedServer> {
  const { child, output } = spawnServer(env, cwd);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
  const code = await exited(child);
  clearTimeout(timer);
  return { code, output: output() };
}

/**
 * Starts a job worker (`node dist/apps/api/worker.js`) and resolves once it takes jobs. `url` is
 * empty: a worker does not listen.
 */
export async function startWorker(
  env: NodeJS.ProcessEnv,
  cwd: string = tempDir(),
  timeoutMs = 30000,
): Promise<RunningServer> {
  const { child, output } = spawnServer(env, cwd, workerMain);
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`worker did not start within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      if (!output().includes('Worker running jobs')) return;
      clearTimeout(timer);
      done();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`worker exited with ${code} before taking jobs:\n${output()}`));
    });
  });
  return {
    url: '',
    process: child,
    output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited(child);
    },
  };
}
