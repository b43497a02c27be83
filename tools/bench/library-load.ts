// Benchmark: the shared library's search under load against the production build (issue #21,
// ADR 0029 "Speed").
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/library-load.ts [--entries 10000] [--seconds 10]
//
// The demo database gets N generated library entries (units of generated curricula in German,
// English and Lithuanian, one in five for network members only, spread over the demo
// institutions), written straight into the SQLite file between two starts. Then 20 concurrent
// signed-in clients (a teacher of the demo school) search it with a mix of words, filters and
// pages; the first search builds the in-memory index. Prints Markdown rows for
// docs/performance.md.
import { startProductionServer, tempDir } from '@curriculum-builder/product-process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClient } from './support/api-client';
import { fillLibrary } from './support/library-fill';
import { load, type LoadResult } from './support/load';
import { NO_RATE_LIMITS } from './support/no-rate-limits';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
  },
});
const ENTRIES = Number(values.entries);
const SECONDS = Number(values.seconds);
const CONNECTIONS = 20;
const PASSWORD = 'Bench-Bibliothek-Fräse-2026';

const memoryMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.connections} | ${r.perSecond} | ${r.p50} | ${r.p90} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.cpuMicrosPerRequest} |`;

async function main(): Promise<void> {
  const dir = tempDir('cb-bench-library-');
  const file = join(dir, 'app.db');
  const env = {
    DATABASE_URL: `sqlite:${file}`,
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    ...NO_RATE_LIMITS,
  };
  let server = await startProductionServer(env, dir);
  await server.stop();
  const started = performance.now();
  fillLibrary(file, ENTRIES);
  console.log(
    `| ${ENTRIES} entries written | ${((performance.now() - started) / 1000).toFixed(1)} s |`,
  );
  server = await startProductionServer(env, dir);
  try {
    const pid = server.process.pid ?? 0;
    const api = new ApiClient(server.url);
    const { token } = await api.request<{ token: string }>('POST', '/auth/login', {
      email: 'teacher@demo.local',
      password: PASSWORD,
      bearer: true,
    });
    const headers = { authorization: `Bearer ${token}` };
    const before = memoryMiB(pid);
    const first = performance.now();
    const answer = await fetch(`${server.url}/api/v1/library?q=fräsen`, { headers });
    const { total } = (await answer.json()) as { total: number };
    console.log(
      `| first search (builds the index; ${total} hits for "fräsen") | ${(performance.now() - first).toFixed(0)} ms |`,
      `\n| resident memory before the first search → with the index | ${before.toFixed(0)} → ${memoryMiB(pid).toFixed(0)} MiB |`,
    );
    const paths = [
      '?q=fräsen',
      '?q=qualitat',
      '?q=roboter wartung',
      '?eqf=4',
      '?minPoints=10&maxPoints=12',
      '?area=digital-production',
      '?language=lt&q=daten',
      '?country=DE&offset=40',
      '?q=stichwort7',
      '',
    ].map((query) => encodeURI(`/api/v1/library${query}`));
    // One client, each query in turn: the time of one search, median of 9.
    for (const path of paths) {
      const times: number[] = [];
      for (let i = 0; i < 9; i++) {
        const started = performance.now();
        const response = await fetch(`${server.url}${path}`, { headers });
        const body = await response.text();
        if (!response.ok) throw new Error(`${path} → ${response.status} ${body}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`| one client: ${path} | ${times[4].toFixed(1)} ms |`);
    }
    const result = await load(server.url, CONNECTIONS, SECONDS, { headers, pid, paths });
    console.log(row(`library search, ${ENTRIES} entries, mixed queries`, result));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
