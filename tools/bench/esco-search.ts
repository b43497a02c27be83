// Benchmark: the ESCO catalogue's search (ADR 0027, 0028) in process, on the shipped subset and on
// a synthetic catalogue the size of the full ESCO (tools/bench/esco/synthetic.ts): reading the CSV
// download, building the in-memory index, and queries of the kinds a teacher types (a word, an
// alternative label, several words, a skill of an occupation), median of 50 runs each after 20
// to warm up.
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/esco-search.ts
import { tempDir } from '@curriculum-builder/product-process';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readEscoDownload, SHIPPED_ESCO } from '../../apps/api/src/app/esco/esco-files';
import { EscoIndex, indexedConcepts } from '../../apps/api/src/app/esco/esco-search';
import { synthesiseFullEsco } from './esco/synthetic';

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const QUERIES = [
  ['occupation', 'cnc'],
  ['occupation', 'CNC machinist'],
  ['skill', 'milling'],
  ['skill', 'tend cnc milling machine'],
  ['skill', 'quality'],
  ['skill', 'measure'],
] as const;

function measure(dir: string): string[] {
  const [download, read] = time(() => readEscoDownload(dir));
  const [index, built] = time(
    () => new EscoIndex(indexedConcepts(download.concepts, download.labels)),
  );
  const cells = [`${read.toFixed(0)} ms`, `${built.toFixed(0)} ms`];
  for (const [kind, query] of QUERIES) {
    const runs = Array.from(
      { length: 70 },
      () => time(() => index.search(kind, query, { language: 'en', limit: 20 }))[1],
    );
    cells.push(`${median(runs.slice(20)).toFixed(2)} ms`);
  }
  return cells;
}

const full = tempDir('cb-bench-esco-search-');
try {
  const counts = synthesiseFullEsco(SHIPPED_ESCO, full);
  const [subset, synthetic] = [measure(SHIPPED_ESCO), measure(full)];
  console.log(`| what | subset (2,196 skills) | full-size synthetic (${counts.skills} skills) |`);
  console.log('| --- | --- | --- |');
  const names = [
    "read the catalogue's CSV files",
    'build the in-memory index',
    ...QUERIES.map(([kind, query]) => `${kind} search "${query}"`),
  ];
  names.forEach((name, i) => console.log(`| ${name} | ${subset[i]} | ${synthetic[i]} |`));
} finally {
  rmSync(full, { recursive: true, force: true });
}
