// Servers and accounts the benchmarks share (bench.ts, instances.ts).
import type { RunningServer } from '@curriculum-builder/product-process';
import { workspaceRoot } from '@curriculum-builder/product-process';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ApiClient } from './api-client';
import type { Author } from './editor-mix';

let nextAddress = 1;

/** Signs in from an address of its own (the login throttle counts per address behind a proxy). */
export async function login(baseUrl: string, email: string, password: string) {
  const address = `10.77.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`login of ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { token: string; user: { institutionId: string | null } };
}

/** A child process that prints "listening <port>" (raw-server.mjs, framework-floor.ts). */
export async function startChild(
  command: string,
  args: string[],
): Promise<{ url: string; pid: number; stop(): void }> {
  const child: ChildProcess = spawn(command, args, {
    cwd: workspaceRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(workspaceRoot, 'tools/tsconfig.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((done, fail) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening (\d+)/.exec(text);
      if (match) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    stop: () => child.kill('SIGTERM'),
  };
}

/**
 * The published CNC curriculum of the demo data, the demo teacher, and `count` new authors of the
 * teacher's school, each signed in and with a copy of the CNC curriculum as its own draft.
 */
export async function prepare(server: RunningServer, count: number, password: string) {
  const catalogue = await new ApiClient(server.url).request<{ items: { id: string }[] }>(
    'GET',
    '/curricula?q=ZM-CNC-2018',
  );
  const cnc = catalogue.items[0].id;
  const teacher = await login(server.url, 'teacher@demo.local', password);
  const admin = new ApiClient(
    server.url,
    (await login(server.url, 'admin@demo.local', password)).token,
  );
  const authors: Author[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-author-${i}-${Date.now()}@demo.local`;
    await admin.request('POST', '/users', {
      email,
      displayName: `Bench author ${i}`,
      role: 'author',
      institutionId: teacher.user.institutionId,
      password,
    });
    const { token } = await login(server.url, email, password);
    const copy = await new ApiClient(server.url, token).request<{ id: string }>(
      'POST',
      `/curricula/${cnc}/duplicate`,
    );
    authors.push({ token, curriculumId: copy.id });
  }
  return { cnc, teacher, authors };
}
