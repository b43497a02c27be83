// Benchmark: PDF export (curriculum document and learner pathway) of the demo CNC curriculum and a
// generated 60 units × 10 outcomes curriculum (20 WBL periods, 3 languages), in-process with the
// API's own builders, beside the "floor": pdfkit writing the same text with the same embedded font
// and no layout at all. Each case and kind of document runs in a child process of its own, so that
// its peak RSS (`process.resourceUsage().maxRSS`, the high-water mark of the whole process: Node,
// tsx, the modules and the export) is not inflated by the others.
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/pdf-export.ts [--runs 10] [--out dir]
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/pdf-export.ts --server [--runs 20] [--node-options=…]
//
// --out writes the PDFs of every case there (to look at them). --server measures the production
// build instead (npx nx run-many -t build -p api web): GET …/export/pdf of the demo CNC curriculum
// and of the generated one (created through the API), one request at a time, with the server's
// resident memory from /proc (VmRSS before, VmHWM = peak, reset before each curriculum). Prints Markdown tables for
// docs/performance.md.
import {
  contentAsValidatable,
  withOutcomeDefaults,
  type Curriculum,
  type CurriculumContent,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { cncMachiningCurriculum } from '../../apps/api/src/app/demo/content';
import { renderCurriculumPdf } from '../../apps/api/src/app/exports/pdf/curriculum-pdf';
import { pdfBuffer } from '../../apps/api/src/infrastructure/pdf/pdf-document';
import { pdfFonts } from '../../apps/api/src/infrastructure/pdf/pdf-fonts';
import { renderPathwayPdf } from '../../apps/api/src/app/exports/pdf/pathway-pdf';
import { startProductionServer } from '@curriculum-builder/product-process';
import { NO_RATE_LIMITS } from './support/no-rate-limits';
import { ApiClient } from './support/api-client';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    case: { type: 'string' },
    kind: { type: 'string' },
    out: { type: 'string' },
    server: { type: 'boolean', default: false },
    'node-options': { type: 'string' },
  },
});

/** Portable content as the API would return it (stand-in ids, every reference resolved). */
export function toCurriculum(content: CurriculumContent, status: Curriculum['status']): Curriculum {
  const tree = contentAsValidatable(content);
  const now = new Date('2026-01-15T10:00:00Z').toISOString();
  return {
    ...tree,
    id: 'bench',
    version: 1,
    status,
    institutionId: 'institution',
    publishedVersion: status === 'published' ? 1 : null,
    units: tree.units.map((unit) => ({
      ...unit,
      version: 1,
      outcomes: unit.outcomes.map((outcome) => ({ ...withOutcomeDefaults(outcome), version: 1 })),
    })),
    workBasedLearning: tree.workBasedLearning.map((period) => ({ ...period, version: 1 })),
    createdAt: now,
    updatedAt: now,
  };
}

const CASES: Record<string, { curriculum: () => Curriculum; language: string; what: string }> = {
  cnc: {
    curriculum: () => toCurriculum(cncMachiningCurriculum, 'published'),
    language: 'de',
    what: 'demo CNC curriculum (23 units, de)',
  },
  generated: {
    curriculum: () =>
      toCurriculum(
        generateCurriculum({
          units: 60,
          outcomesPerUnit: 10,
          workBasedLearningPeriods: 20,
          languages: ['de', 'en', 'lt'],
        }),
        'draft',
      ),
    language: 'de',
    what: 'generated 60 units × 10 outcomes (de)',
  },
};

/** Every text the curriculum document shows, in the document's language. */
function allTexts(c: Curriculum, language: string): string[] {
  const pick = (t: LocalizedText) => t[language] ?? t[c.primaryLanguage] ?? '';
  return [
    pick(c.title),
    pick(c.description),
    ...c.units.flatMap((u) => [
      `${u.code} ${pick(u.title)}`,
      pick(u.description),
      ...u.outcomes.map((o) => pick(o.text)),
      pick(u.assessment.criteria),
    ]),
    ...c.workBasedLearning.flatMap((w) => [
      pick(w.title),
      pick(w.companyProfile),
      pick(w.mentorRole),
      pick(w.assessment),
    ]),
  ];
}

/** The floor: the same text, the same embedded font, one flowing text call, no layout of ours. */
function floorPdf(c: Curriculum, language: string): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({ size: 'A4', font: '' });
  doc.registerFont('DejaVuSans', fonts.regular);
  doc.font('DejaVuSans').fontSize(9.5);
  for (const text of allTexts(c, language)) doc.text(text);
  doc.end();
  return pdfBuffer(doc);
}

interface Timing {
  readonly first: number;
  readonly median: number;
  readonly max: number;
  readonly bytes: number;
  readonly pages: number;
}

async function time(runs: number, make: () => Promise<Buffer>): Promise<Timing> {
  const coldStart = performance.now();
  await make(); // the first export of the process: font parsing, JIT
  const first = performance.now() - coldStart;
  const times: number[] = [];
  let last: Buffer = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await make();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const pages = (last.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return {
    first,
    median: times[Math.floor(times.length / 2)],
    max: times[times.length - 1],
    bytes: last.length,
    pages,
  };
}

const KINDS = {
  document: 'curriculum document',
  pathway: 'learner pathway',
  floor: 'floor: same text, no layout',
} as const;
type Kind = keyof typeof KINDS;

/** One case and kind in this process: prints a JSON line with timings and the peak RSS. */
async function runCase(name: string, kind: Kind, runs: number): Promise<void> {
  const spec = CASES[name];
  const curriculum = spec.curriculum();
  const input = {
    curriculum,
    language: spec.language,
    institution: 'Berufsbildende Schule (Bench)',
  };
  const make = {
    document: async () => pdfBuffer(await renderCurriculumPdf(input)),
    pathway: () => pdfBuffer(renderPathwayPdf(input)),
    floor: () => floorPdf(curriculum, spec.language),
  }[kind];
  const baseline = process.memoryUsage().rss;
  const timing = await time(runs, make);
  const peak = process.resourceUsage().maxRSS * 1024;
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${name}-${kind}.pdf`), await make());
  }
  console.log(JSON.stringify({ timing, baseline, peak }));
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** A line of /proc/<pid>/status in bytes (VmRSS: resident now, VmHWM: peak resident). */
function procMemory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN) * 1024;
}

/** Resets VmHWM to the current RSS (Linux: `echo 5 > /proc/<pid>/clear_refs`), so that start-up
 * (e.g. hashing the demo passwords) does not count as the export's peak. */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** The production server: export latency and the server's resident memory. */
async function runServer(runs: number): Promise<void> {
  const password = 'Bench-Export-Fräse-Spindel-2026';
  const nodeOptions = values['node-options'];
  const server = await startProductionServer({
    DEMO_DATA: 'true',
    DEMO_PASSWORD: password,
    ...NO_RATE_LIMITS,
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  });
  try {
    const pid = server.process.pid ?? 0;
    const login = (await (
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'teacher@demo.local', password }),
      })
    ).json()) as { token: string };
    const api = new ApiClient(server.url, login.token);
    const list = await api.request<{ items: { id: string; code: string }[] }>('GET', '/curricula');
    const cnc = list.items.find((c) => c.code === 'ZM-CNC-2018')?.id ?? '';
    const generated = await api.createFromContent(
      generateCurriculum({
        units: 60,
        outcomesPerUnit: 10,
        workBasedLearningPeriods: 20,
        languages: ['de', 'en', 'lt'],
      }),
    );
    const rows: string[] = [];
    for (const [what, id] of [
      [CASES['cnc'].what, cnc],
      [CASES['generated'].what, generated.id],
    ]) {
      resetPeak(pid);
      const rssBefore = procMemory(pid, 'VmRSS');
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i <= runs; i++) {
        const started = performance.now();
        const response = await fetch(`${server.url}/api/v1/curricula/${id}/export/pdf?lang=de`, {
          headers: { authorization: `Bearer ${login.token}` },
        });
        if (response.status !== 200) throw new Error(`export answered ${response.status}`);
        bytes = (await response.arrayBuffer()).byteLength;
        if (i > 0) times.push(performance.now() - started); // the first one warms up
      }
      times.sort((a, b) => a - b);
      rows.push(
        `| ${what} | ${(bytes / 1024).toFixed(0)} | ${ms(times[Math.floor(times.length / 2)])} | ${ms(times[times.length - 1])} | ${mb(rssBefore)} | ${mb(procMemory(pid, 'VmHWM'))} |`,
      );
    }
    console.log(
      `\nProduction server (SQLite${nodeOptions ? `, NODE_OPTIONS=${nodeOptions}` : ''}) · ${cpus().length} cores · Node ${process.version} · ${runs} requests after one warm-up, one at a time\n`,
    );
    console.log(
      '| curriculum (GET …/export/pdf?lang=de) | KiB | median ms | max ms | server RSS before MB | server peak RSS MB |',
    );
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    await server.stop('SIGTERM');
  }
}
const ms = (value: number) => value.toFixed(0);

function main(): void {
  const runs = Number(values.runs);
  if (values.server) {
    runServer(runs).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  if (values.case) {
    runCase(values.case, (values.kind ?? 'document') as Kind, runs).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const rows: string[] = [];
  for (const name of Object.keys(CASES)) {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const args = [
        ...process.execArgv,
        process.argv[1],
        '--case',
        name,
        '--kind',
        kind,
        '--runs',
        String(runs),
      ];
      if (values.out) args.push('--out', values.out);
      const output = execFileSync(process.execPath, args, { encoding: 'utf8' });
      const r = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
        timing: Timing;
        baseline: number;
        peak: number;
      };
      const t = r.timing;
      rows.push(
        `| ${CASES[name].what} | ${KINDS[kind]} | ${t.pages} | ${(t.bytes / 1024).toFixed(0)} | ${ms(t.first)} | ${ms(t.median)} | ${ms(t.max)} | ${mb(r.baseline)} | ${mb(r.peak)} |`,
      );
    }
  }
  console.log(
    `\n${cpus().length} cores · ${cpus()[0]?.model ?? ''} · Node ${process.version} · ${runs} runs after one warm-up\n`,
  );
  console.log(
    '| curriculum | what | pages | KiB | first ms | median ms | max ms | RSS before MB | peak RSS MB |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

main();
