#!/usr/bin/env node
// Initial JavaScript + CSS of the production web build, raw and gzipped: what a browser must load
// before the first page renders (index.html's scripts, module preloads and style sheets).
// Usage: npx nx build web && node tools/bench/web-bundle-size.mjs
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const browser = join(root, 'dist/apps/web/browser');
const html = readFileSync(join(browser, 'index.html'), 'utf8');
const initial = new Set();
for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g)) {
  initial.add(match[1]);
}
const rows = [...initial].map((file) => {
  const bytes = readFileSync(join(browser, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const row of rows)
  console.log(
    `${row.file.padEnd(28)} ${kB(row.raw).padStart(10)} ${kB(row.gzip).padStart(10)} gzip`,
  );
const raw = rows.reduce((sum, r) => sum + r.raw, 0);
const gzip = rows.reduce((sum, r) => sum + r.gzip, 0);
console.log(
  `${'initial total'.padEnd(28)} ${kB(raw).padStart(10)} ${kB(gzip).padStart(10)} gzip (budget 250 kB gzip)`,
);
process.exitCode = gzip > 250_000 ? 1 : 0;
