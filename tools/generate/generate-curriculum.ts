// Synthetic curricula of any size for tests and benchmarks.
//
//   npx tsx tools/generate/generate-curriculum.ts --units 60 --outcomes 10 --wbl 20 --languages de,en,lt [--seed 1] [--out file.json]
//   npx tsx tools/generate/generate-curriculum.ts --units 60 --outcomes 10 --post http://localhost:3000
//
// Without --out the content (JSON, ids-free) goes to standard output; with --post it is created
// through the public API of a running server and the new curriculum's id is printed.
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiClient } from '../bench/support/api-client';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '60' },
    outcomes: { type: 'string', default: '10' },
    wbl: { type: 'string', default: '20' },
    languages: { type: 'string', default: 'de,en,lt' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    post: { type: 'string' },
  },
});

const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100000)
    throw new Error(`--${name} must be a whole number, got ${value}`);
  return n;
};

async function main() {
  const content = generateCurriculum({
    units: count('units', values.units),
    outcomesPerUnit: count('outcomes', values.outcomes),
    workBasedLearningPeriods: count('wbl', values.wbl),
    languages: (values.languages ?? 'en')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    seed: count('seed', values.seed),
  });
  if (values.post) {
    const created = await new ApiClient(values.post).createFromContent(content);
    process.stdout.write(`${created.id}\n`);
  } else if (values.out) {
    writeFileSync(values.out, JSON.stringify(content, null, 2));
  } else {
    process.stdout.write(`${JSON.stringify(content, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
