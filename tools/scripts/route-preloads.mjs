#!/usr/bin/env node
// The lazy chunks each public page loads after the app's first code, found in the web build's
// esbuild metafile (`stats.json`, written by the production build): the server names them in that
// page's HTML as `<link rel="modulepreload">`, so that a phone fetches them while the first code
// still loads instead of one after another (ADR 0023). Writes `route-preloads.json` beside the
// build's `browser/` folder; fails when a page's entry file is not in the build (a moved file).
// Usage: node tools/scripts/route-preloads.mjs [dir] (default dist/apps/web)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(root, process.argv[2] ?? 'dist/apps/web');

/** The public pages and the source files their route loads lazily, in order. */
const PAGES = {
  '/': ['apps/web/src/app/home/home.ts'],
  '/catalogue': [
    'apps/web/src/app/pathways/pathways.routes.ts',
    'apps/web/src/app/pathways/catalogue/catalogue.ts',
  ],
  '/catalogue/:id': [
    'apps/web/src/app/pathways/pathways.routes.ts',
    'apps/web/src/app/pathways/pathway/pathway.ts',
  ],
};

const { outputs } = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8'));
/**
 * The chunk a source file starts: the output esbuild names it the entry point of, or — after
 * Angular's chunk optimizer merged chunks (`NG_BUILD_OPTIMIZE_CHUNKS`, whose metafile names no
 * entry points) — the output that holds it.
 */
const fileOf = (source) =>
  Object.entries(outputs).find(([, output]) => output.entryPoint === source)?.[0] ??
  Object.entries(outputs).find(
    ([file, output]) => file.endsWith('.js') && source in output.inputs,
  )?.[0];
const index = readFileSync(join(dir, 'browser/index.html'), 'utf8');
/** What index.html loads already (its scripts and module preloads). */
const initial = new Set([...index.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]));

/** A chunk and everything it imports statically, depth first. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || initial.has(file)) return seen;
  seen.add(file);
  for (const { path, kind } of outputs[file]?.imports ?? [])
    if (kind === 'import-statement') closure(path, seen);
  return seen;
}

const pages = {};
for (const [page, entries] of Object.entries(PAGES)) {
  const files = new Set();
  for (const entry of entries) {
    const file = fileOf(entry);
    if (file === undefined) {
      console.error(`route-preloads: ${entry} (page ${page}) is not an entry of the web build`);
      process.exit(1);
    }
    for (const chunk of closure(file)) files.add(chunk);
  }
  pages[page] = [...files];
}
writeFileSync(join(dir, 'route-preloads.json'), `${JSON.stringify(pages, null, 2)}\n`);
console.log(
  `route-preloads: ${Object.entries(pages)
    .map(([page, files]) => `${page} ${files.length} chunks`)
    .join(', ')}`,
);
