// `npm run bench`: the performance proof, against the production build on a fresh database, on
// SQLite and PostgreSQL. Writes its tables into docs/performance.md (between the "npm run bench"
// markers) and every figure to dist/bench/results.json.
//
//   npm run bench                          # both databases (PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL)
//   npm run bench -- --database sqlite     # one database
//   npm run bench -- --seconds 5 --dry     # shorter runs, nothing written to docs/
//   npm run bench -- --soak [--minutes 5]  # the soak: mixed load, memory sampled (SQLite)
//
// (a) learner reads of the published CNC curriculum with autocannon at 1, 20 and 100 connections,
//     each beside a plain node:http server sending the same bytes from memory (the physical limit),
//     measured alternately in the same run; revalidation (304) and signed-in learners at 20;
//     the framework floors (Express, Fastify, NestJS on each) at 20, SQLite pass only;
// (b) the editor mix: 20 authors reading, editing outcomes and reordering units of their drafts;
// (c) PDF and ELM exports of the published curriculum;
// (d) the growth series: tree read and PDF of generated curricula of 10, 100 and 1,000 units.
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  RunningServer,
  startProductionServer,
  workspaceRoot,
} from '@curriculum-builder/product-process';
import { ApiClient } from './support/api-client';
import { editorMix, EditorMixResult } from './support/editor-mix';
import { LatencyStats, measure } from './support/latency';
import { load, LoadResult } from './support/load';
import { markdownTable, replaceSection } from './support/report';
import { NO_RATE_LIMITS } from './support/no-rate-limits';
import { login, prepare, startChild } from './support/bench-servers';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    soak: { type: 'boolean', default: false },
    minutes: { type: 'string', default: '5' },
    dry: { type: 'boolean', default: false },
  },
});

const SECONDS = Number(values.seconds);
const PASSWORD = 'Bench-Drehteil-Spindel-2026';
const AUTHORS = 20;
/** An author's pause between an answer and the next action in the editor mix (ms). */
const EDITOR_PAUSE_MS = 100;
const GROWTH = values.dry ? [10] : [10, 100, 1000];
const performanceDoc = join(workspaceRoot, 'docs/performance.md');

// ---------------------------------------------------------------------------------------------
// Servers and accounts

interface Database {
  readonly kind: 'sqlite' | 'postgres';
  readonly env: NodeJS.ProcessEnv;
  version(): Promise<string>;
  drop(): Promise<void>;
}

function sqlite(): Database {
  return {
    kind: 'sqlite',
    env: {},
    version: async () => {
      const Sqlite = require('better-sqlite3') as typeof import('better-sqlite3');
      const db = new Sqlite(':memory:');
      const { v } = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
      db.close();
      return `SQLite ${v} (WAL, synchronous=NORMAL)`;
    },
    drop: async () => undefined,
  };
}

function postgres(base: string): Database {
  const schema = `bench_${process.pid}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  const query = async <T>(sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: base });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString() },
    version: async () =>
      (await query<{ server_version: string }>('SHOW server_version'))[0].server_version.replace(
        /^/,
        'PostgreSQL ',
      ),
    drop: async () => void (await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)),
  };
}

async function startServer(database: Database): Promise<RunningServer> {
  return startProductionServer({
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    // The load comes from this machine: no anonymous rate limit, and the logins' X-Forwarded-For
    // (an address per session) is believed from the loopback proxy.
    ...NO_RATE_LIMITS,
    TRUST_PROXY: '127.0.0.1,::1,::ffff:127.0.0.1',
    ...database.env,
  });
}

async function timeFetch(url: string, token?: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, bytes };
}

// ---------------------------------------------------------------------------------------------
// (a) published reads against the physical limit

interface ReadRow {
  readonly connections: number;
  readonly raw: LoadResult;
  readonly app: LoadResult;
  readonly ratio: number;
}

interface PublishedReads {
  readonly bytes: number;
  readonly rows: ReadRow[];
  readonly revalidate: LoadResult;
  readonly signedIn: LoadResult;
  readonly floors?: { name: string; result: LoadResult }[];
}

async function publishedReads(
  server: RunningServer,
  curriculumId: string,
  learnerToken: string,
  withFloors: boolean,
): Promise<PublishedReads> {
  const url = `${server.url}/api/v1/curricula/${curriculumId}`;
  const appPid = server.process.pid as number;
  const first = await fetch(url);
  const body = Buffer.from(await first.arrayBuffer());
  const contentType = first.headers.get('content-type') ?? 'application/json';
  const etag = first.headers.get('etag') ?? '';
  const file = join(tmpdir(), `bench-published-${process.pid}.json`);
  writeFileSync(file, body);
  const raw = await startChild(process.execPath, [
    join(__dirname, 'support/raw-server.mjs'),
    file,
    contentType,
  ]);
  try {
    await load(raw.url, 20, 2);
    await load(url, 20, 2);
    const rows: ReadRow[] = [];
    for (const connections of [1, 20, 100]) {
      const rawResult = await load(raw.url, connections, SECONDS, { pid: raw.pid });
      const appResult = await load(url, connections, SECONDS, { pid: appPid });
      rows.push({
        connections,
        raw: rawResult,
        app: appResult,
        ratio: appResult.perSecond / rawResult.perSecond,
      });
      console.log(
        `  published read c=${connections}: ${appResult.perSecond}/s vs raw ${rawResult.perSecond}/s`,
      );
    }
    const revalidate = await load(url, 20, SECONDS, {
      pid: appPid,
      headers: { 'if-none-match': etag },
      expectStatus: 304,
    });
    const signedIn = await load(url, 20, SECONDS, {
      pid: appPid,
      headers: { authorization: `Bearer ${learnerToken}` },
    });
    let floors: PublishedReads['floors'];
    if (withFloors) {
      floors = [];
      for (const framework of ['express', 'fastify', 'nest-express', 'nest-fastify']) {
        // tsx as a loader of this very process (not its wrapper), so that the pid is the server's.
        const floor = await startChild(process.execPath, [
          '--import',
          'tsx',
          join(__dirname, 'support/framework-floor.ts'),
          framework,
          file,
          contentType,
        ]);
        try {
          await load(`${floor.url}/floor`, 20, 2);
          floors.push({
            name: framework,
            result: await load(`${floor.url}/floor`, 20, SECONDS, { pid: floor.pid }),
          });
        } finally {
          floor.stop();
        }
      }
      floors.push({
        name: 'raw node:http',
        result: await load(raw.url, 20, SECONDS, { pid: raw.pid }),
      });
      floors.push({
        name: 'the application',
        result: await load(url, 20, SECONDS, { pid: appPid }),
      });
    }
    return { bytes: body.length, rows, revalidate, signedIn, floors };
  } finally {
    raw.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// (b) editor mix

// ---------------------------------------------------------------------------------------------
// (c) exports and (d) growth

interface ExportRow {
  readonly what: string;
  readonly bytes: number;
  readonly firstMs: number;
  readonly stats: LatencyStats;
}

async function exportTimes(url: string, what: string, runs: number, token?: string) {
  const first = await timeFetch(url, token);
  let bytes = first.bytes;
  const stats = await measure(runs, 1, async () => {
    bytes = (await timeFetch(url, token)).bytes;
  });
  return { what, bytes, firstMs: Math.round(first.ms), stats } satisfies ExportRow;
}

interface GrowthRow {
  readonly units: number;
  readonly outcomes: number;
  readonly createSeconds: number;
  readonly tree: ExportRow;
  readonly pdf: ExportRow;
}

async function growth(server: RunningServer, token: string): Promise<GrowthRow[]> {
  const client = new ApiClient(server.url, token);
  const rows: GrowthRow[] = [];
  for (const units of GROWTH) {
    const content = generateCurriculum({
      units,
      outcomesPerUnit: 5,
      workBasedLearningPeriods: Math.min(20, Math.ceil(units / 10)),
      languages: ['de', 'en'],
      seed: units,
    });
    const started = performance.now();
    const created = await client.createFromContent(content);
    const createSeconds = (performance.now() - started) / 1000;
    const api = `${server.url}/api/v1/curricula/${created.id}`;
    const runs = units >= 1000 ? 10 : 30;
    rows.push({
      units,
      outcomes: units * 5,
      createSeconds: Math.round(createSeconds),
      tree: await exportTimes(api, 'tree', runs, token),
      pdf: await exportTimes(`${api}/export/pdf`, 'pdf', units >= 1000 ? 3 : 5, token),
    });
    console.log(`  growth ${units} units: created in ${createSeconds.toFixed(0)} s`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// One database

interface DatabaseResult {
  readonly database: string;
  readonly published: PublishedReads;
  readonly editor: EditorMixResult;
  readonly editorSaturated: EditorMixResult;
  readonly exports: ExportRow[];
  readonly growth: GrowthRow[];
}

async function runDatabase(database: Database, withFloors: boolean): Promise<DatabaseResult> {
  const version = await database.version();
  console.log(`\n${version}`);
  const server = await startServer(database);
  try {
    const learner = await login(server.url, 'learner@demo.local', PASSWORD);
    const { cnc, teacher, authors } = await prepare(server, AUTHORS, PASSWORD);
    const published = await publishedReads(server, cnc, learner.token, withFloors);
    const editor = await editorMix(server.url, authors, SECONDS * 2, EDITOR_PAUSE_MS);
    const editorSaturated = await editorMix(server.url, authors, SECONDS * 2, 0);
    console.log(
      `  editor mix: p99 ${editor.all.p99} ms (saturated: ${editorSaturated.all.p99} ms), ${editor.errors + editorSaturated.errors} errors`,
    );
    const api = `${server.url}/api/v1/curricula/${cnc}`;
    const exports = [
      await exportTimes(`${api}/export/pdf?lang=de`, 'curriculum PDF (de)', 10),
      await exportTimes(`${api}/export/pathway-pdf?lang=lt`, 'pathway PDF (lt)', 10),
      await exportTimes(`${api}/export/elm`, 'Europass ELM (JSON-LD)', 20),
    ];
    return {
      database: version,
      published,
      editor,
      editorSaturated,
      exports,
      growth: await growth(server, teacher.token),
    };
  } finally {
    await server.stop('SIGTERM');
    await database.drop();
  }
}

// ---------------------------------------------------------------------------------------------
// Soak

interface SoakResult {
  readonly minutes: number;
  readonly samples: { second: number; rssMb: number }[];
  readonly reads: LoadResult;
  readonly editor: EditorMixResult;
  readonly exports: number;
  readonly exportErrors: number;
  readonly rssSlopeMbPerMinute: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** The lowest RSS sample of each minute: where the heap stands after the collector has run. */
function minuteFloors(samples: { second: number; rssMb: number }[]): number[] {
  const minutes = Math.max(1, Math.floor(samples.length / 6));
  const floors: number[] = [];
  for (const { second, rssMb } of samples) {
    const minute = Math.min(Math.floor((second - 1) / 60), minutes - 1);
    floors[minute] = Math.min(floors[minute] ?? Infinity, rssMb);
  }
  return floors;
}

/** Least-squares slope of RSS over time, in MB per minute. */
function slope(samples: { second: number; rssMb: number }[]): number {
  const n = samples.length;
  const mx = samples.reduce((s, p) => s + p.second, 0) / n;
  const my = samples.reduce((s, p) => s + p.rssMb, 0) / n;
  const num = samples.reduce((s, p) => s + (p.second - mx) * (p.rssMb - my), 0);
  const den = samples.reduce((s, p) => s + (p.second - mx) ** 2, 0);
  return den === 0 ? 0 : Math.round((num / den) * 60 * 100) / 100;
}

async function soak(minutes: number): Promise<SoakResult> {
  const server = await startServer(sqlite());
  try {
    const { cnc, authors } = await prepare(server, 10, PASSWORD);
    const seconds = minutes * 60;
    const pid = server.process.pid as number;
    const samples: { second: number; rssMb: number }[] = [];
    const started = performance.now();
    const sampler = setInterval(
      () =>
        samples.push({
          second: Math.round((performance.now() - started) / 1000),
          rssMb: rssMb(pid),
        }),
      10_000,
    );
    let exports = 0;
    let exportErrors = 0;
    // Every other export is of an author's working copy, which is rendered on every request (the
    // published version's exports are rendered once and then served from memory).
    const exporter = async () => {
      const kinds = ['pdf?lang=de', 'pathway-pdf?lang=en', 'elm'];
      while (performance.now() - started < seconds * 1000) {
        const draft = exports % 2 === 1;
        const response = await fetch(
          `${server.url}/api/v1/curricula/${draft ? authors[0].curriculumId : cnc}/export/${kinds[exports % kinds.length]}`,
          { headers: draft ? { authorization: `Bearer ${authors[0].token}` } : {} },
        );
        await response.arrayBuffer();
        exports++;
        if (response.status !== 200) exportErrors++;
        await new Promise((done) => setTimeout(done, 500));
      }
    };
    const [reads, editor] = await Promise.all([
      load(`${server.url}/api/v1/curricula/${cnc}`, 10, seconds),
      editorMix(server.url, authors, seconds, EDITOR_PAUSE_MS),
      exporter(),
    ]);
    clearInterval(sampler);
    const settled = samples.filter((s) => s.second >= 60);
    return {
      minutes,
      samples,
      reads,
      editor,
      exports,
      exportErrors,
      rssSlopeMbPerMinute: slope(settled),
    };
  } finally {
    await server.stop('SIGTERM');
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function machine(): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: workspaceRoot })
    .toString()
    .trim();
  return (
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
    `Linux ${release()}, Node ${process.version}, commit ${commit}, ${new Date().toISOString().slice(0, 10)}. ` +
    `Load generator (autocannon 9, Node's fetch) and server share the machine's cores.`
  );
}

const ms = (n: number) => `${Math.round(n * 10) / 10}`;

function report(results: DatabaseResult[]): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more, '');
  add(
    `Machine: ${machine()}`,
    `Each autocannon run lasts ${SECONDS} s after a 2 s warm-up; the editor mix ${SECONDS * 2} s. Latencies in ms. ` +
      'The load generator is one Node process on the same cores: from 20 connections on it saturates near the raw server’s rate, so a ratio near 100 % says the application keeps up with what this machine can drive. ' +
      '"Server CPU µs/request" (user + system time of the server process from /proc over the run, divided by its requests) is what a request costs the server, whatever the client manages.',
  );
  for (const r of results) {
    const p = r.published;
    add(`### ${r.database}`);
    add(
      `**(a) Learner reads of the published CNC curriculum** (\`GET /api/v1/curricula/:id\`, anonymous, ` +
        `${Math.round(p.bytes / 1024)} KiB of JSON) beside a plain \`node:http\` server sending the same bytes from memory:`,
    );
    add(
      markdownTable(
        [
          'connections',
          'raw node:http req/s',
          'application req/s',
          'ratio',
          'p50',
          'p99',
          'errors',
          'server CPU µs/request: raw',
          'application',
        ],
        p.rows.map((row) => [
          row.connections,
          row.raw.perSecond,
          row.app.perSecond,
          `**${Math.round(row.ratio * 100)} %**`,
          row.app.p50,
          row.app.p99,
          row.app.errors,
          row.raw.cpuMicrosPerRequest,
          row.app.cpuMicrosPerRequest,
        ]),
      ),
    );
    add(
      markdownTable(
        ['variant (20 connections)', 'req/s', 'p50', 'p99', 'errors', 'server CPU µs/request'],
        [
          [
            'revalidation, `If-None-Match` → 304',
            p.revalidate.perSecond,
            p.revalidate.p50,
            p.revalidate.p99,
            p.revalidate.errors,
            p.revalidate.cpuMicrosPerRequest,
          ],
          [
            'signed-in learner (bearer token: session lookup)',
            p.signedIn.perSecond,
            p.signedIn.p50,
            p.signedIn.p99,
            p.signedIn.errors,
            p.signedIn.cpuMicrosPerRequest,
          ],
        ],
      ),
    );
    if (p.floors) {
      add(
        'Framework floors: one route sending the same bytes from memory, no middleware, guard or database (`tools/bench/support/framework-floor.ts`), 20 connections:',
      );
      add(
        markdownTable(
          ['server', 'req/s', 'p50', 'p99', 'server CPU µs/request'],
          p.floors.map((f) => [
            f.name,
            f.result.perSecond,
            f.result.p50,
            f.result.p99,
            f.result.cpuMicrosPerRequest,
          ]),
        ),
      );
    }
    for (const e of [r.editor, r.editorSaturated]) {
      add(
        `**(b) Editor mix${e.pauseMs > 0 ? '' : ', saturated'}**: ${e.authors} authors, each on its own copy of the CNC curriculum, in a closed loop: 60 % tree reads, 30 % outcome edits, 10 % unit reorders, ` +
          (e.pauseMs > 0
            ? `${e.pauseMs} ms between an answer and an author’s next action (up to ${Math.round(1000 / e.pauseMs)} actions per second per author, far more than a person in the editor). `
            : 'no pause at all: every author sends its next request the moment the answer arrives, so this measures capacity, and by Little’s law latency ≈ authors ÷ throughput. ') +
          `${e.all.requests} requests, ${e.errors} errors${e.firstErrors.length ? ` (${e.firstErrors.join('; ')})` : ''}.`,
      );
      add(
        markdownTable(
          ['operation', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max'],
          (
            [
              ['read', e.byOperation.read],
              ['edit', e.byOperation.edit],
              ['reorder', e.byOperation.reorder],
              ['all', e.all],
            ] as const
          ).map(([op, s]) => [
            op,
            s.requests,
            s.perSecond,
            ms(s.median),
            ms(s.p95),
            ms(s.p99),
            ms(s.max),
          ]),
        ),
      );
    }
    add(
      '**(c) Exports** of the published CNC curriculum, one request at a time (the first after start-up apart):',
    );
    add(
      markdownTable(
        ['export', 'size', 'first', 'median', 'p95', 'runs'],
        r.exports.map((x) => [
          x.what,
          `${Math.round(x.bytes / 1024)} KiB`,
          x.firstMs,
          ms(x.stats.median),
          ms(x.stats.p95),
          x.stats.requests,
        ]),
      ),
    );
    add(
      '**(d) Growth**: generated curricula (5 outcomes per unit, de/en, up to 20 WBL periods), the author’s working copy (no cache), one request at a time; "per unit" divides the median by the number of units:',
    );
    add(
      markdownTable(
        [
          'units',
          'outcomes',
          'tree JSON',
          'tree median',
          'tree p95',
          'per unit',
          'PDF',
          'PDF median',
          'per unit',
        ],
        r.growth.map((g) => [
          g.units,
          g.outcomes,
          `${Math.round(g.tree.bytes / 1024)} KiB`,
          ms(g.tree.stats.median),
          ms(g.tree.stats.p95),
          `${(g.tree.stats.median / g.units).toFixed(3)}`,
          `${Math.round(g.pdf.bytes / 1024)} KiB`,
          ms(g.pdf.stats.median),
          `${(g.pdf.stats.median / g.units).toFixed(2)}`,
        ]),
      ),
    );
  }
  return lines.join('\n');
}

function soakReport(result: SoakResult): string {
  const rss = result.samples.map((s) => s.rssMb);
  return [
    `Machine: ${machine()}`,
    '',
    `${result.minutes} minutes on SQLite, all at once: published reads (autocannon, 10 connections), the editor mix (10 authors, 100 ms pauses), and a PDF or ELM export every half second, alternately of the published curriculum and of an author's working copy (rendered every time).`,
    '',
    markdownTable(
      ['what', 'figure'],
      [
        [
          'published reads',
          `${result.reads.requests} (${result.reads.perSecond}/s, p99 ${result.reads.p99} ms), ${result.reads.errors} errors`,
        ],
        [
          'editor mix',
          `${result.editor.all.requests} requests (p99 ${ms(result.editor.all.p99)} ms), ${result.editor.errors} errors`,
        ],
        ['exports', `${result.exports}, ${result.exportErrors} errors`],
        [
          'server RSS (every 10 s)',
          `${Math.min(...rss)}–${Math.max(...rss)} MB; at 1 min ${result.samples.find((s) => s.second >= 60)?.rssMb ?? '?'} MB, at the end ${rss[rss.length - 1]} MB`,
        ],
        [
          'RSS trend after the first minute',
          `${result.rssSlopeMbPerMinute} MB/min (least squares)`,
        ],
        [
          'lowest RSS of each minute (after garbage collection)',
          `${minuteFloors(result.samples).join(', ')} MB`,
        ],
      ],
    ),
    '',
    `RSS samples (MB): ${rss.join(', ')}`,
  ].join('\n');
}

async function main() {
  const outDir = join(workspaceRoot, 'dist/bench');
  mkdirSync(outDir, { recursive: true });
  if (values.soak) {
    const result = await soak(Number(values.minutes));
    writeFileSync(join(outDir, 'soak.json'), JSON.stringify(result, null, 2));
    const text = soakReport(result);
    console.log(`\n${text}`);
    if (!values.dry) await replaceSection(performanceDoc, 'npm run bench -- --soak', text);
    return;
  }
  const wanted = values.database ?? 'both';
  const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  const databases: Database[] = [];
  if (wanted !== 'postgres') databases.push(sqlite());
  if (wanted !== 'sqlite') {
    if (postgresUrl) databases.push(postgres(postgresUrl));
    else if (wanted === 'postgres')
      throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
    else console.warn('No BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL is left out.');
  }
  const results: DatabaseResult[] = [];
  for (const [i, database] of databases.entries())
    results.push(await runDatabase(database, i === 0));
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2));
  const text = report(results);
  console.log(`\n${text}`);
  if (!values.dry) await replaceSection(performanceDoc, 'npm run bench', text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
