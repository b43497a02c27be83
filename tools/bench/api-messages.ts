// Benchmark: the API's messages in the caller's language (ADR 0026): what the error filter spends
// translating — distinct messages (each matched against the keys once, then cached), one message
// repeated as an import's problems are, and texts no key fits (left in English).
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/api-messages.ts
import { performance } from 'node:perf_hooks';
import { translateMessage } from '../../apps/api/src/common/i18n/server-messages';

const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

translateMessage('must be a number', 'lt');
const distinct = time(() => {
  for (let i = 0; i < 5000; i++) translateMessage(`must be from 1 to ${i} (found ${i + 1})`, 'lt');
});
const repeated = time(() => {
  for (let i = 0; i < 19_000; i++) translateMessage('must be a whole number', 'lv');
});
const unknown = time(() => {
  for (let i = 0; i < 1000; i++) translateMessage(`no key fits this text ${i}`, 'de');
});
console.log(
  `| 5,000 distinct messages (lt) | ${distinct.toFixed(0)} ms (${(distinct / 5000).toFixed(3)} ms each) |`,
);
console.log(`| 19,000 of one message (lv) | ${repeated.toFixed(1)} ms |`);
console.log(`| 1,000 texts no key fits (de) | ${unknown.toFixed(0)} ms |`);
