// Benchmark: the ESCO endpoints under load against the production build (issue #20, ADR 0028).
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/esco-load.ts [--requests 1000]
//
// For two catalogues — the shipped subset (2,196 skills) and a synthetic one the size of the full
// ESCO v1.1 (13,896 skills, 3,008 occupations; made from the subset's own words, imported with
// `esco import`) — 20 concurrent signed-in clients ask for skill searches and for suggestions for
// the demo CNC outcomes (latency median, p95, p99); the server's resident memory is read before
// the first ESCO request and after both indexes are built. On the subset also the coverage report
// of a generated 60-unit curriculum with 10 outcomes per unit, each outcome linked to skills of the
// target occupation. Prints Markdown tables for docs/performance.md.
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { startProductionServer, tempDir, workspaceRoot } from '@curriculum-builder/product-process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cncMachiningCurriculum } from '../../apps/api/src/app/demo/content';
import { SHIPPED_ESCO } from '../../apps/api/src/app/esco/esco-files';
import { ApiClient } from './support/api-client';
import { load, type LoadResult } from './support/load';
import { synthesiseFullEsco } from './esco/synthetic';
import { NO_RATE_LIMITS } from './support/no-rate-limits';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = 20;
const PASSWORD = 'Bench-Drehteil-Spindel-2026';
const CNC = cncMachiningCurriculum.occupation?.uri ?? '';
const QUERIES = [
  'milling',
  'cnc',
  'quality',
  'tend cnc milling machine',
  'weld',
  'measure',
  'robot',
];
const TEXTS = cncMachiningCurriculum.units.flatMap((u) => u.outcomes.map((o) => o.text['en']));

const memoryMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.connections} | ${r.perSecond} | ${r.p50} | ${r.p90} | ${r.p95} | ${r.p97_5} | ${r.p99} | ${r.errors} | ${r.cpuMicrosPerRequest} |`;

async function get(url: string, token: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} → ${response.status}`);
}

async function run(catalogue: 'subset' | 'full'): Promise<string[]> {
  const dir = tempDir('cb-bench-esco-');
  const env = {
    DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    ...NO_RATE_LIMITS,
  };
  const lines: string[] = [];
  let server = await startProductionServer(env, dir);
  if (catalogue === 'full') {
    // Migrated by the first start; the import goes into the same database, then a fresh start.
    await server.stop();
    const download = join(dir, 'esco-full');
    mkdirSync(download);
    const counts = synthesiseFullEsco(SHIPPED_ESCO, download);
    const started = performance.now();
    execFileSync(
      process.execPath,
      [join(workspaceRoot, 'dist/apps/api/cli.js'), 'esco', 'import', download],
      {
        env: { PATH: process.env['PATH'], ...env },
        stdio: 'ignore',
      },
    );
    lines.push(
      `| import of the synthetic full catalogue (${counts.skills} skills, ${counts.occupations} occupations, ${counts.relations} relations) | ${((performance.now() - started) / 1000).toFixed(1)} s |`,
    );
    server = await startProductionServer(env, dir);
  }
  try {
    const pid = server.process.pid ?? 0;
    const api = new ApiClient(server.url);
    const { token } = await api.request<{ token: string }>('POST', '/auth/login', {
      email: 'teacher@demo.local',
      password: PASSWORD,
      bearer: true,
    });
    const base = `${server.url}/api/v1`;
    const before = memoryMiB(pid);
    let started = performance.now();
    await get(`${base}/esco/skills?q=cnc`, token);
    const firstSearch = performance.now() - started;
    started = performance.now();
    await get(`${base}/esco/suggestions?text=program&occupation=${encodeURIComponent(CNC)}`, token);
    const firstSuggestion = performance.now() - started;
    const after = memoryMiB(pid);
    lines.push(
      `| first search (${catalogue === 'subset' ? 'stores the subset, ' : ''}builds the index) | ${firstSearch.toFixed(0)} ms |`,
      `| first suggestion (builds the text index) | ${firstSuggestion.toFixed(0)} ms |`,
      `| resident memory before the first ESCO request → with both indexes | ${before.toFixed(0)} → ${after.toFixed(0)} MiB (+${(after - before).toFixed(0)}) |`,
    );
    const options = { headers: { authorization: `Bearer ${token}` }, pid };
    const search = await load(server.url, CONNECTIONS, SECONDS, {
      ...options,
      paths: QUERIES.map((q) => `/api/v1/esco/skills?q=${encodeURIComponent(q)}&limit=20`),
    });
    const suggest = await load(server.url, CONNECTIONS, SECONDS, {
      ...options,
      paths: TEXTS.map(
        (text) =>
          `/api/v1/esco/suggestions?text=${encodeURIComponent(text)}&occupation=${encodeURIComponent(CNC)}`,
      ),
    });
    lines.push(
      row(`skill search, ${catalogue}`, search),
      row(`suggestions, ${catalogue}`, suggest),
    );

    if (catalogue === 'subset') {
      // The 60×10 generated curriculum, its outcomes linked to the CNC operator's skills in turn.
      const skills = readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith(`${CNC},`))
        .map((line) => line.split(',')[3].trim());
      const content = generateCurriculum({
        units: 60,
        outcomesPerUnit: 10,
        workBasedLearningPeriods: 4,
        languages: ['en'],
      });
      let n = 0;
      const linked = {
        ...content,
        occupation: { uri: CNC, label: { en: 'computer numerical control machine operator' } },
        units: content.units.map((unit) => ({
          ...unit,
          outcomes: unit.outcomes.map((outcome) => ({
            ...outcome,
            escoSkills: [skills[n++ % skills.length], skills[n++ % skills.length]].map((uri) => ({
              uri,
              label: { en: uri },
            })),
          })),
        })),
      };
      const created = await new ApiClient(server.url, token).createFromContent(linked);
      for (const connections of [1, CONNECTIONS]) {
        const coverage = await load(
          `${base}/curricula/${created.id}/coverage`,
          connections,
          SECONDS,
          options,
        );
        lines.push(row('coverage report, 60 units × 10 outcomes (working copy)', coverage));
      }
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

async function main(): Promise<void> {
  for (const catalogue of ['subset', 'full'] as const) {
    for (const line of await run(catalogue)) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
