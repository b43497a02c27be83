#!/usr/bin/env node
// Time from `npm start` to a healthy GET /api/v1/health, on a fresh SQLite file.
// Usage: node tools/bench/start-to-healthy.mjs [--cold]
//   --cold resets Nx (cache and task database, `nx reset`) and removes dist/apps first, so the
//   production build runs in full.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cold = process.argv.includes('--cold');
if (cold) {
  spawnSync(join(root, 'node_modules/.bin/nx'), ['reset'], { cwd: root, stdio: 'ignore' });
  rmSync(join(root, 'dist/apps'), { recursive: true, force: true });
}
const port = 3900 + Math.floor(Math.random() * 90);
const data = mkdtempSync(join(tmpdir(), 'cb-start-'));
const started = performance.now();
const child = spawn('npm', ['start'], {
  cwd: root,
  detached: true,
  stdio: 'ignore',
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(data, 'db.sqlite')}`,
    NX_DAEMON: 'false',
  },
});
const deadline = started + 600_000;
let healthy = false;
while (!healthy && performance.now() < deadline && child.exitCode === null) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    healthy = response.ok && (await response.json()).status === 'ok';
  } catch {
    await new Promise((done) => setTimeout(done, 100));
  }
}
const seconds = (performance.now() - started) / 1000;
process.kill(-child.pid, 'SIGTERM');
rmSync(data, { recursive: true, force: true });
console.log(
  healthy
    ? `npm start → healthy (${cold ? 'cold' : 'warm'} Nx cache): ${seconds.toFixed(1)} s`
    : 'server never became healthy',
);
process.exitCode = healthy ? 0 : 1;
