#!/usr/bin/env node
// Brotli and gzip copies of the web build's text files, made once at build time so that the
// server sends them without compressing per request (`@fastify/static` `preCompressed`):
// `main-AB12CD34.js` → `main-AB12CD34.js.br` and `.gz`, kept only when smaller than the file.
// Usage: node tools/scripts/precompress.mjs [dir] (default dist/apps/web/browser)
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(root, process.argv[2] ?? 'dist/apps/web/browser');
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest|xml|map)$/;
const MIN_BYTES = 1024;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  for (const suffix of ['.br', '.gz']) rmSync(path + suffix, { force: true });
  if (bytes.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  if (brotli.length < bytes.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < bytes.length) writeFileSync(`${path}.gz`, gzip);
  raw += bytes.length;
  br += Math.min(brotli.length, bytes.length);
  gz += Math.min(gzip.length, bytes.length);
  count += 1;
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `precompressed ${count} files of ${dir.replace(`${root}/`, '')}: ${kB(raw)} → brotli ${kB(br)}, gzip ${kB(gz)}`,
);
