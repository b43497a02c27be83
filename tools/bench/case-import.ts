// Benchmark: CASE import of large packages against the production build (issue #16).
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/case-import.ts [--runs 3]
//
// A generated curriculum of 200 units × 9 outcomes (2,000 CASE items) and of 500 × 9 (5,000, the
// most an import takes) is created through the API and exported as CASE 1.1; then, `--runs` times
// each: imported as a new draft (the document under a new identifier), imported back unchanged (the
// curriculum is recognised: nothing to change), and imported back with every tenth outcome
// reworded (the draft is updated, with its diff). Median and max times, and the server's resident
// memory before and its peak (VmHWM, reset before each size). Prints a Markdown table for
// docs/performance.md.
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { startProductionServer } from '@curriculum-builder/product-process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiClient } from './support/api-client';
import { NO_RATE_LIMITS } from './support/no-rate-limits';

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
    ...NO_RATE_LIMITS,
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
      '| CASE items | package MB | new draft median / max ms | re-import unchanged median / max ms | re-import, 10 % reworded, median / max ms | server RSS before MiB | peak RSS MiB |\n| --- | --- | --- | --- | --- | --- | --- |\n',
    );
    const post = async (body: string, status: number) => {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/curricula/import/case`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      if (response.status !== status)
        throw new Error(`import: ${response.status} ${(await response.text()).slice(0, 500)}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const timed = async (make: (run: number) => string, status: number) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) times.push(await post(make(run), status));
      times.sort((a, b) => a - b);
      return `${times[Math.floor(times.length / 2)].toFixed(0)} / ${times[times.length - 1].toFixed(0)}`;
    };
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
      const text = await exported.text();
      const pkg = JSON.parse(text) as {
        CFDocument: Record<string, unknown>;
        CFItems: Record<string, unknown>[];
      };
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const before = memoryMiB(pid, 'VmRSS');
      // The same package under another document identifier: not known, a new draft each time.
      const documentId = String(pkg.CFDocument['identifier']);
      const asNew = await timed(() => text.replaceAll(documentId, randomUUID()), 201);
      const unchanged = await timed(() => text, 200);
      const reworded = await timed(
        (run) =>
          JSON.stringify({
            ...pkg,
            CFItems: pkg.CFItems.map((item, i) =>
              i % 10 === 1
                ? { ...item, fullStatement: `${item['fullStatement']} (${run + 1})` }
                : item,
            ),
          }),
        200,
      );
      process.stdout.write(
        `| ${items} | ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} | ${asNew} | ${unchanged} | ${reworded} | ${before.toFixed(0)} | ${memoryMiB(pid, 'VmHWM').toFixed(0)} |\n`,
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
