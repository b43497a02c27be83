// Benchmark: the ECVET rule engine (`validateCurriculum`, the code the editor runs on every change
// and the API on every report, submission and publication) on the demo CNC curriculum and on
// generated curricula of 100 and 1,000 units × 19 outcomes (3 languages), with the share of the
// outcome statement checks (OUTCOME-QUALITY: lexicon, actions, conditions, near repeats).
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/rules.ts [--runs 7]
//
// Prints a Markdown table (median and range of the runs, after one warm-up) for
// docs/performance.md.
import {
  checkOutcomeQuality,
  contentAsValidatable,
  validateCurriculum,
  type CurriculumContent,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { cncMachiningCurriculum } from '../../apps/api/src/app/demo/content';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs));

const generated = (units: number): CurriculumContent =>
  generateCurriculum({
    units,
    outcomesPerUnit: 19,
    workBasedLearningPeriods: 20,
    languages: ['de', 'en', 'lt'],
  });

const CASES: readonly [string, CurriculumContent][] = [
  ['demo CNC (23 units, 98 outcomes, de/en/lt/lv)', cncMachiningCurriculum],
  ['generated 100 units × 19 outcomes (de/en/lt)', generated(100)],
  ['generated 1,000 units × 19 outcomes (de/en/lt)', generated(1000)],
];

/** Median and range in ms of `runs` timed calls after one warm-up. */
function time(fn: () => unknown): { median: number; min: number; max: number } {
  fn();
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)],
    min: samples[0],
    max: samples.at(-1) ?? 0,
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
console.log('| curriculum | whole rule engine | of which OUTCOME-QUALITY | findings |');
console.log('| --- | --- | --- | --- |');
for (const [name, content] of CASES) {
  const input = contentAsValidatable(content);
  const all = time(() => validateCurriculum(input));
  const quality = time(() => checkOutcomeQuality(input));
  const findings = validateCurriculum(input).findings.length;
  console.log(
    `| ${name} | ${ms(all.median)} ms (${ms(all.min)}–${ms(all.max)}) | ${ms(quality.median)} ms (${ms(quality.min)}–${ms(quality.max)}) | ${findings} |`,
  );
}
