// `npm run bench:instances`: issue #22 on PostgreSQL and Redis (ADR 0031). Writes its tables into
// docs/performance.md (between the "npm run bench:instances" markers) unless --dry.
//
//   npm run bench:instances                    # BENCH_DATABASE_URL or TEST_DATABASE_URL, Redis at 127.0.0.1:6379
//   npm run bench:instances -- --seconds 5 --dry
//
// Two API instances that queue jobs (JOBS_IN_PROCESS=false) and one worker (ADR 0032), one export
// store. Measures:
// (a) anonymous reads of the published CNC curriculum, and of its published PDF, at 20
//     connections: one instance, then two (10 connections each, at once), beside a plain node:http
//     server sending the same bytes, in the same run; server CPU per request;
// (b) the editor mix (5 authors, 100 ms pauses) alone, and while 10 clients export working copies
//     (PDF, rendered every time, by the worker) in a loop;
// (c) a flood of 2,000 PDF export requests of one working copy from one account (50 at once) with
//     the default limits: how many are refused, and the editor mix beside it;
// (d) from export request to download: POST of the PDF of a 60×10 working copy, following the
//     job, downloading the file; 20 in a row.
import type { Job } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import {
  RunningServer,
  startProductionServer,
  startWorker,
  tempDir,
  workspaceRoot,
} from '@curriculum-builder/product-process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Redis from 'ioredis';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the product's own CSV layout, as in pdf-export.ts
import { contentToRows } from '../../apps/api/src/app/interop/csv/csv-layout';
import { writeCsv } from '../../apps/api/src/common/csv-format';
import { prepare, startChild } from './support/bench-servers';
import { editorMix, type Author, type EditorMixResult } from './support/editor-mix';
import { load, type LoadResult } from './support/load';
import { markdownTable, replaceSection } from './support/report';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    dry: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const PASSWORD = 'Bench-Instanzen-Spindel-2026';
const REDIS_URL = 'redis://127.0.0.1:6379';
const EDITOR_PAUSE_MS = 100;
const FLOOD = 2_000;
/** The default of `RATE_LIMIT_EXPORTS` (README, ADR 0031), which the flood runs against. */
const EXPORTS_PER_MINUTE = 30;

const base =
  process.env['BENCH_DATABASE_URL'] ??
  process.env['TEST_DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_instances_${process.pid}`;
const prefix = `bench-instances-${process.pid}:`;
const store = tempDir('bench-instances-store-');
const HANDOFFS = 20;

function serverEnv(): NodeJS.ProcessEnv {
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    DATABASE_URL: url.toString(),
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    // The load comes from this machine: no anonymous limit; the limits of expensive work stay
    // at their defaults (the flood is about them).
    ANONYMOUS_RATE_LIMIT: '0',
    TRUST_PROXY: '127.0.0.1,::1,::ffff:127.0.0.1',
    // The instances queue, the worker renders (ADR 0032).
    JOBS_IN_PROCESS: 'false',
    EXPORT_STORE_DIR: store,
  };
}

/** Two loads at once, one per instance: throughput added, the worse latencies, CPU summed. */
function combined(results: LoadResult[]): LoadResult {
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const cpu = results.every((r) => r.cpuMicrosPerRequest !== undefined)
    ? results.reduce((sum, r) => sum + (r.cpuMicrosPerRequest ?? 0) * r.requests, 0) / requests
    : undefined;
  return {
    connections: results.reduce((sum, r) => sum + r.connections, 0),
    seconds: results[0].seconds,
    requests,
    perSecond: results.reduce((sum, r) => sum + r.perSecond, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p90: Math.max(...results.map((r) => r.p90)),
    p95: Math.max(...results.map((r) => r.p95)),
    p97_5: Math.max(...results.map((r) => r.p97_5)),
    p99: Math.max(...results.map((r) => r.p99)),
    max: Math.max(...results.map((r) => r.max)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    ...(cpu === undefined ? {} : { cpuMicrosPerRequest: Math.round(cpu) }),
  };
}

/** `spread`: each request from an address of its own (exports count against a per-address limit). */
async function publishedReads(a: RunningServer, b: RunningServer, path: string, spread = false) {
  const first = await fetch(`${a.url}${path}`);
  const file = join(tmpdir(), `bench-instances-${process.pid}.json`);
  writeFileSync(file, Buffer.from(await first.arrayBuffer()));
  const raw = await startChild(process.execPath, [
    join(workspaceRoot, 'tools/bench/support/raw-server.mjs'),
    file,
    first.headers.get('content-type') ?? 'application/json',
  ]);
  try {
    for (const url of [raw.url, `${a.url}${path}`, `${b.url}${path}`]) await load(url, 10, 2);
    const rawResult = await load(raw.url, 20, SECONDS, { pid: raw.pid });
    const one = await load(`${a.url}${path}`, 20, SECONDS, {
      pid: a.process.pid,
      spreadAddresses: spread,
    });
    const two = combined(
      await Promise.all(
        [a, b].map((server) =>
          load(`${server.url}${path}`, 10, SECONDS, {
            pid: server.process.pid,
            spreadAddresses: spread,
          }),
        ),
      ),
    );
    return { raw: rawResult, one, two };
  } finally {
    raw.stop();
  }
}

/** `clients` loops of PDF exports of working copies until `until`; the answers by status. */
async function exportLoop(
  url: string,
  authors: readonly Author[],
  clients: number,
  until: () => boolean,
): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const author = authors[i % authors.length];
      while (!until()) {
        const response = await fetch(`${url}/api/v1/curricula/${author.curriculumId}/export/pdf`, {
          headers: { authorization: `Bearer ${author.token}` },
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

/** `total` PDF export requests of one working copy, `concurrency` at once; answers by status. */
/**
 * (d) `count` times in a row: POST the PDF export of the working copy, follow the job every 20 ms,
 * download the file; the time from the POST to the last byte.
 */
async function handoffs(url: string, token: string, id: string, count: number) {
  const times: number[] = [];
  const headers = { authorization: `Bearer ${token}` };
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    let job = (await (
      await fetch(`${url}/api/v1/curricula/${id}/export/pdf`, { method: 'POST', headers })
    ).json()) as Job;
    while (job.state !== 'done') {
      if (job.state === 'failed') throw new Error(`export failed: ${JSON.stringify(job.error)}`);
      await new Promise((next) => setTimeout(next, 20));
      job = (await (await fetch(`${url}/api/v1/jobs/${job.id}`, { headers })).json()) as Job;
    }
    const file = await fetch(`${url}${job.result?.href}`, { headers });
    await file.arrayBuffer();
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { count, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** A working copy of `units` × `outcomes` generated content, imported as CSV; its id. */
async function importGenerated(url: string, token: string, units: number, outcomes: number) {
  const content = generateCurriculum({
    seed: 60,
    units,
    outcomesPerUnit: outcomes,
    workBasedLearningPeriods: 10,
    languages: ['de', 'en'],
  });
  const response = await fetch(`${url}/api/v1/curricula/import/csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: writeCsv(contentToRows({ ...content, code: `BENCH-${units}x${outcomes}` })),
  });
  if (response.status !== 201)
    throw new Error(`import: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function flood(url: string, author: Author, total: number, concurrency: number) {
  const statuses: Record<number, number> = {};
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total) {
        sent++;
        const response = await fetch(`${url}/api/v1/curricula/${author.curriculumId}/export/pdf`, {
          headers: { authorization: `Bearer ${author.token}` },
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  return { statuses, seconds: (performance.now() - started) / 1000 };
}

const ms = (value: number) => `${Math.round(value)} ms`;

function mixRow(name: string, mix: EditorMixResult, beside: string): unknown[] {
  const { all } = mix;
  return [name, beside, all.requests, ms(all.median), ms(all.p95), ms(all.p99), mix.errors];
}

function report(
  reads: Awaited<ReturnType<typeof publishedReads>>,
  pdfs: Awaited<ReturnType<typeof publishedReads>>,
  mixes: { name: string; beside: string; mix: EditorMixResult }[],
  flooded: Awaited<ReturnType<typeof flood>>,
  handed: Awaited<ReturnType<typeof handoffs>>,
  versions: { node: string; postgres: string; redis: string },
): string {
  const readRow = (name: string, r: LoadResult) => [
    name,
    r.connections,
    Math.round(r.perSecond).toLocaleString('en'),
    ms(r.p50),
    ms(r.p99),
    r.cpuMicrosPerRequest === undefined ? '–' : `${r.cpuMicrosPerRequest} µs`,
    r.errors,
  ];
  return [
    `Node ${versions.node}, ${versions.postgres}, Redis ${versions.redis}; ${SECONDS} s per run; two API instances that queue jobs and one worker that renders them (\`JOBS_IN_PROCESS=false\`, ADR 0032); the load generator on the same 2 cores.`,
    '',
    '**(a) Published reads** (anonymous `GET /api/v1/curricula/{id}` of the CNC curriculum):',
    '',
    markdownTable(
      ['server', 'connections', 'req/s', 'p50', 'p99', 'server CPU per request', 'errors'],
      [
        readRow('raw node:http, same bytes', reads.raw),
        readRow('1 API instance', reads.one),
        readRow('2 API instances (10 connections each)', reads.two),
      ],
    ),
    '',
    '**(a) Published exports** (anonymous `GET /api/v1/curricula/{id}/export/pdf` of the CNC curriculum, rendered once by the worker, then from memory; each request from an address of its own, below `RATE_LIMIT_EXPORTS`):',
    '',
    markdownTable(
      ['server', 'connections', 'req/s', 'p50', 'p99', 'server CPU per request', 'errors'],
      [
        readRow('raw node:http, same bytes', pdfs.raw),
        readRow('1 API instance', pdfs.one),
        readRow('2 API instances (10 connections each)', pdfs.two),
      ],
    ),
    '',
    '**(b, c) Editor mix** (5 authors, 100 ms pauses; each on its own copy of the CNC curriculum):',
    '',
    markdownTable(
      ['run', 'beside it', 'requests', 'median', 'p95', 'p99', 'errors'],
      mixes.map((m) => mixRow(m.name, m.mix, m.beside)),
    ),
    '',
    `**(c) Flood**: ${FLOOD.toLocaleString('en')} PDF export requests of one working copy from one account, 50 at once, default limits (\`RATE_LIMIT_EXPORTS\` ${EXPORTS_PER_MINUTE} a minute): ${Object.entries(
      flooded.statuses,
    )
      .map(([status, count]) => `${count.toLocaleString('en')} × ${status}`)
      .join(', ')} in ${flooded.seconds.toFixed(1)} s.`,
    '',
    `**(d) From export request to download** (PDF of a 60 units × 10 outcomes working copy, German and English; \`POST …/export/pdf\`, the job followed every 20 ms, the file downloaded; ${handed.count} in a row): median ${ms(handed.p50)}, p95 **${ms(handed.p95)}**, slowest ${ms(handed.max)}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const env = serverEnv();
  const [a, b] = await Promise.all([startProductionServer(env), startProductionServer(env)]);
  const worker = await startWorker(env);
  const redis = new Redis(REDIS_URL);
  const pg = new Client({ connectionString: base });
  await pg.connect();
  try {
    const { cnc, authors } = await prepare(a, 6, PASSWORD);
    const [editors, flooder] = [authors.slice(0, 5), authors[5]];
    console.log('(a) published reads');
    const reads = await publishedReads(a, b, `/api/v1/curricula/${cnc}`);
    const pdfs = await publishedReads(a, b, `/api/v1/curricula/${cnc}/export/pdf`, true);
    console.log('(b) editor mix');
    const alone = await editorMix(a.url, editors, SECONDS, EDITOR_PAUSE_MS);
    let done = false;
    const exportsRunning = exportLoop(a.url, editors, 10, () => done);
    const withExports = await editorMix(a.url, editors, SECONDS, EDITOR_PAUSE_MS);
    done = true;
    const loopStatuses = await exportsRunning;
    // The flood from an account of its own, on the instance the editors use.
    console.log('(c) flood');
    const flooding = flood(a.url, flooder, FLOOD, 50);
    const withFlood = await editorMix(a.url, editors, SECONDS, EDITOR_PAUSE_MS);
    const flooded = await flooding;
    console.log('(d) export request to download');
    const large = await importGenerated(a.url, editors[0].token, 60, 10);
    const handed = await handoffs(a.url, editors[0].token, large, HANDOFFS);
    const mixes = [
      { name: 'alone', beside: 'nothing', mix: alone },
      {
        name: 'with exports',
        beside: `10 clients exporting working copies in a loop (${Object.entries(loopStatuses)
          .map(([s, n]) => `${n} × ${s}`)
          .join(', ')})`,
        mix: withExports,
      },
      { name: 'with the flood', beside: 'the flood (c), on the same instance', mix: withFlood },
    ];
    const versions = {
      node: process.versions.node,
      postgres: `PostgreSQL ${(await pg.query('SHOW server_version')).rows[0].server_version}`,
      redis: /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? '?',
    };
    const text = report(reads, pdfs, mixes, flooded, handed, versions);
    console.log(text);
    if (!values.dry)
      await replaceSection(
        join(workspaceRoot, 'docs/performance.md'),
        'npm run bench:instances',
        text,
      );
  } finally {
    await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM'), worker.stop('SIGTERM')]);
    rmSync(store, { recursive: true, force: true });
    await pg.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pg.end();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
