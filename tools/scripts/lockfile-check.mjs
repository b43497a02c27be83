#!/usr/bin/env node
// What CI's `npm ci` on a fresh clone will say, in seconds (ADR 0011): package.json and
// package-lock.json alone in an empty folder, resolved against the registry as it serves packages
// today, without downloading or installing anything. Exits with npm's status and npm's message.
//
//   node tools/scripts/lockfile-check.mjs [FOLDER]   (FOLDER holds the two files; default: the repo)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../..'));
const folder = mkdtempSync(join(tmpdir(), 'lockfile-check-'));
try {
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(join(source, file), join(folder, file));
  // npm lists every package it would add on stdout: keep its summary line, and all of stderr.
  const result = spawnSync(
    'npm',
    ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  const summary = (result.stdout ?? '').trim().split('\n').at(-1);
  if (summary) process.stdout.write(`${summary}\n`);
  if (result.status !== 0)
    process.stderr.write("\nnpm ci would fail on a fresh clone (npm's message above).\n");
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
