// Benchmark: reading the full tree of a generated 60 units × 10 outcomes curriculum (20 WBL periods,
// 3 languages) and editing one outcome, against the production build on a fresh database.
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/tree-read.ts [--database sqlite|postgres]
//
// PostgreSQL uses BENCH_DATABASE_URL or TEST_DATABASE_URL, in a schema of its own that is dropped
// afterwards. Prints a Markdown table for docs/performance.md.
import type { Curriculum } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { startProductionServer } from '../../apps/web-e2e/src/support/production-server';
import { ApiClient } from './support/api-client';
import { LatencyStats, measure } from './support/latency';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    requests: { type: 'string', default: '400' },
  },
});

async function databaseUrl(kind: string): Promise<{ url?: string; drop(): Promise<void> }> {
  if (kind === 'sqlite') return { drop: async () => undefined };
  const base = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  if (!base) throw new Error('--database postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const schema = `bench_${process.pid}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

function row(what: string, s: LatencyStats): string {
  return `| ${what} | ${s.concurrency} | ${s.requests} | ${s.median} | ${s.p95} | ${s.p99} | ${s.perSecond} |`;
}

async function main() {
  const kind = values.database ?? 'sqlite';
  const requests = Number(values.requests);
  const database = await databaseUrl(kind);
  const server = await startProductionServer({
    DEMO_DATA: 'false',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  });
  try {
    const client = new ApiClient(server.url);
    const content = generateCurriculum({
      units: 60,
      outcomesPerUnit: 10,
      workBasedLearningPeriods: 20,
      languages: ['de', 'en', 'lt'],
    });
    const curriculum = await client.createFromContent(content);
    const treePath = `${server.url}/api/v1/curricula/${curriculum.id}`;
    const bytes = (await (await fetch(treePath)).arrayBuffer()).byteLength;
    const read = async () => {
      const response = await fetch(treePath);
      if (response.status !== 200) throw new Error(`tree read answered ${response.status}`);
      await response.arrayBuffer();
    };
    await measure(50, 4, read); // warm-up
    const c1 = await measure(requests, 1, read);
    const c16 = await measure(requests * 2, 16, read);

    const unit = curriculum.units[0];
    let version = unit.outcomes[0].version;
    const outcomePath = `/curricula/${curriculum.id}/units/${unit.id}/outcomes/${unit.outcomes[0].id}`;
    const edit = async (i: number) => {
      const updated = await client.request<{ version: number }>('PATCH', outcomePath, {
        version,
        text: { de: `Prüft Maße, Änderung ${i}`, en: `Checks dimensions, edit ${i}` },
      });
      version = updated.version;
    };
    const edits = await measure(Math.max(200, requests / 2), 1, edit);
    const tree = await client.request<Curriculum>('GET', `/curricula/${curriculum.id}`);

    console.log(
      `\nDatabase: ${kind} · ${cpus().length} cores · Node ${process.version} · tree ${tree.units.length} units, ` +
        `${tree.units.reduce((n, u) => n + u.outcomes.length, 0)} outcomes, ${tree.workBasedLearning.length} WBL periods, ${(bytes / 1024).toFixed(0)} KiB JSON\n`,
    );
    console.log('| what | concurrency | requests | median ms | p95 ms | p99 ms | requests/s |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(row(`tree read (${kind})`, c1));
    console.log(row(`tree read (${kind})`, c16));
    console.log(row(`outcome edit (${kind})`, edits));
  } finally {
    await server.stop('SIGTERM');
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
