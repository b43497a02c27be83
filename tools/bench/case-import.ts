// Benchmark: CASE import of large packages against the production build (issue #16).
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/case-import.ts [--runs 3]
//
// A generated curriculum of 200 units × 9 outcomes (2,000 CASE items) and of 500 × 9 (5,000, the
// most an import takes) is created through the API, exported as CASE 1.1 and imported again,
// `--runs` times each: size, median and max import time, and the server's resident memory before
// and its peak (VmHWM, reset before each size). Prints a Markdown table for docs/performance.md.
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { startProductionServer } from '@curriculum-builder/product-process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiClient } from './support/api-client';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const PASSWORD = 'Bench-Drehteil-Spindel-2026';

const memoryMiB = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(
    new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1],
  ) / 1024;

async function main(): Promise<void> {
  const server = await startProductionServer({
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    ANONYMOUS_RATE_LIMIT: '0',
  });
  try {
    const pid = server.process.pid ?? 0;
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'teacher@demo.local', password: PASSWORD, bearer: true }),
    });
    const { token } = (await login.json()) as { token: string };
    const api = new ApiClient(server.url, token);
    process.stdout.write(
      '| CASE items | package MB | median ms | max ms | server RSS before MiB | peak RSS MiB |\n| --- | --- | --- | --- | --- | --- |\n',
    );
    for (const [items, units] of [
      [2000, 200],
      [5000, 500],
    ]) {
      const { id } = await api.createFromContent(
        generateCurriculum({
          units,
          outcomesPerUnit: 9,
          workBasedLearningPeriods: 10,
          languages: ['de', 'en', 'lt'],
          seed: units,
        }),
      );
      const exported = await fetch(`${server.url}/api/v1/curricula/${id}/export/case`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = Buffer.from(await exported.arrayBuffer());
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const before = memoryMiB(pid, 'VmRSS');
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const response = await fetch(`${server.url}/api/v1/curricula/import/case`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
        if (response.status !== 201) throw new Error(`import: ${response.status}`);
        await response.arrayBuffer();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `| ${items} | ${(body.length / 1024 / 1024).toFixed(1)} | ${times[Math.floor(times.length / 2)].toFixed(0)} | ${times[times.length - 1].toFixed(0)} | ${before.toFixed(0)} | ${memoryMiB(pid, 'VmHWM').toFixed(0)} |\n`,
      );
    }
  } finally {
    await server.stop('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
