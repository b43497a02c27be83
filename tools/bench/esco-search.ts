// Benchmark: the ESCO catalogue's search (ADR 0027) on the shipped subset: reading the CSV
// download, building the in-memory index, and queries of the kinds a teacher types (a word, an
// alternative label, several words, a skill of an occupation), median of 50 runs each.
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/esco-search.ts
import { performance } from 'node:perf_hooks';
import { readEscoDownload, SHIPPED_ESCO } from '../../apps/api/src/app/esco/esco-files';
import { EscoIndex, indexedConcepts } from '../../apps/api/src/app/esco/esco-search';

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

const [download, read] = time(() => readEscoDownload(SHIPPED_ESCO));
const [index, built] = time(
  () => new EscoIndex(indexedConcepts(download.concepts, download.labels)),
);
console.log(`| read the subset's CSV files | ${read.toFixed(0)} ms |`);
console.log(`| build the index | ${built.toFixed(0)} ms |`);
for (const [kind, query] of [
  ['occupation', 'cnc'],
  ['occupation', 'CNC machinist'],
  ['skill', 'milling'],
  ['skill', 'tend cnc milling machine'],
  ['skill', 'quality'],
] as const) {
  const runs = Array.from(
    { length: 50 },
    () => time(() => index.search(kind, query, { language: 'en', limit: 20 }))[1],
  );
  console.log(`| ${kind} search "${query}" | ${median(runs).toFixed(2)} ms |`);
}
