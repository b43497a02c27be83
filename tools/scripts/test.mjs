#!/usr/bin/env node
// `npm test`: every check of the repository in one command, ending with the line
// "N passed, N failed, N skipped". Exits non-zero when anything failed.
//
// Steps: lockfile (npm ci --dry-run on package.json + package-lock.json alone) · format (Prettier) · lint (ESLint, module boundaries) · typecheck · unit tests (Jest, all
// projects) · production build · API end-to-end on SQLite (and PostgreSQL when TEST_DATABASE_URL is
// set; the CSV export opened in LibreOffice Calc when soffice is there) · the built product as a
// process and in Chromium (apps/web-e2e).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const resultsDir = join(root, 'dist/test-results');
const isCi = process.env.CI === 'true';
const postgresUrl = process.env.TEST_DATABASE_URL || '';
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const candidate of candidates.filter(Boolean)) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function banner(text) {
  process.stdout.write(`\n\x1b[1m━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}\x1b[0m\n`);
}

function run(command, args, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A check that passes or fails as a whole (format, lint, typecheck, build). */
function check(name, command, args) {
  banner(name);
  const { ok, seconds } = run(command, args);
  return {
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds,
    note: ok ? '' : 'failed',
  };
}

/** A Jest run, counted test by test from its JSON report. */
function jest(name, config, args = [], extraEnv = {}) {
  banner(name);
  mkdirSync(resultsDir, { recursive: true });
  const outputFile = join(resultsDir, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`);
  rmSync(outputFile, { force: true });
  const { ok, seconds } = run(
    bin('jest'),
    ['-c', config, '--json', `--outputFile=${outputFile}`, ...args],
    extraEnv,
  );
  if (!existsSync(outputFile))
    return { name, passed: 0, failed: 1, skipped: 0, seconds, note: 'Jest did not run' };
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  const failed =
    report.numFailedTests + brokenSuites + (ok || report.numFailedTests + brokenSuites > 0 ? 0 : 1);
  return {
    name,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    seconds,
    note: brokenSuites > 0 ? `${brokenSuites} suite(s) failed to run` : '',
  };
}

function skipped(name, count, note) {
  banner(name);
  process.stdout.write(`${note}\n`);
  return { name, passed: 0, failed: 0, skipped: count, seconds: 0, note };
}

function loud(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '!'.repeat(width);
  process.stdout.write(
    `\n\x1b[1;33m${bar}\n${lines.map((l) => `! ${l.padEnd(width - 4)} !`).join('\n')}\n${bar}\x1b[0m\n`,
  );
}

const results = [];
const nx = bin('nx');
results.push(
  check('lockfile (npm ci --dry-run in an empty folder)', process.execPath, [
    'tools/scripts/lockfile-check.mjs',
  ]),
);
results.push(
  check('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
);
results.push(
  check('lint (eslint, module boundaries)', nx, ['run-many', '-t', 'lint', '--outputStyle=static']),
);
results.push(
  check('typecheck (tsc --noEmit)', nx, ['run-many', '-t', 'typecheck', '--outputStyle=static']),
);
// Two workers on the two cores (Jest's default leaves one idle beside its main process).
results.push(jest('unit tests (jest, all projects)', 'jest.config.ts', ['--maxWorkers=2']));
const build = check('production build (api + web)', nx, [
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'web',
  '--outputStyle=static',
]);
results.push(build);
if (build.passed) {
  results.push(
    check('web initial bundle ≤ 250 kB gzip', process.execPath, [
      'tools/bench/web-bundle-size.mjs',
    ]),
  );
}

// The CSV formula-injection test and the Excel and Word round trips open the exports in
// LibreOffice (headless): Calc and Writer.
const libreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
// Two workers: each suite has its own database (file or schema), so suites run side by side on
// the two cores (4.7 instead of 8 minutes per database here); the browser suites stay serial.
const apiE2eArgs = [
  '--maxWorkers=2',
  ...(libreOffice
    ? []
    : ['--testPathIgnorePatterns', 'csv-formula-libreoffice|interop-xlsx|interop-docx']),
];
if (!libreOffice) {
  loud([
    'NO LIBREOFFICE FOUND: the spreadsheet and Word round trips are NOT being run.',
    'Install it (Debian: apt-get install -y --no-install-recommends',
    '  libreoffice-calc-nogui libreoffice-writer-nogui).',
    isCi
      ? 'CI=true: a missing LibreOffice is a failure.'
      : 'Everything else still runs; that test counts as skipped.',
  ]);
  results.push(
    isCi
      ? {
          name: 'CSV, Excel and Word in LibreOffice',
          passed: 0,
          failed: 1,
          skipped: 0,
          seconds: 0,
          note: 'LibreOffice missing with CI=true',
        }
      : skipped('CSV, Excel and Word in LibreOffice', 3, 'skipped: no soffice found'),
  );
}

results.push(
  jest('api e2e on SQLite', 'apps/api/jest.e2e.config.cts', apiE2eArgs, {
    E2E_DATABASE: 'sqlite',
    // 800 generated requests against the contract here (`npm run fuzz`: 10,000).
    FUZZ_REQUESTS: process.env.FUZZ_REQUESTS ?? '800',
  }),
);
// Suites whose subject is a file format or the validation of a request, not the storage (Word,
// Excel and CSV in LibreOffice, the PDFs and their text layer, ELM and CASE documents, the export
// registry, compressed answers, malformed bodies): they read and write through the same
// repositories as every other suite, so they run once, on SQLite, and CI stays under 30 minutes.
const formatOnly = [
  'interop-docx',
  'interop-xlsx',
  'interop-case',
  'csv-formula-libreoffice',
  'export-pdf',
  'export-pdf-text-layer',
  'export-elm',
  'export-registry',
  'case-1.1-provider',
  'mobility-demo',
  'malformed-nested-content',
  'compression',
  // Features whose rows are plain entity writes that the other suites store on PostgreSQL too:
  // their behaviour is the same on both databases.
  'translations',
  'outcome-criteria',
  'outcome-category-aliases',
  'assessment-plan',
  'partial-qualifications',
  'programmes-of-one-qualification',
  'library-demo',
  // Limits counted in memory or Redis, not in the database.
  'rate-limits',
];
const postgresArgs = [
  '--maxWorkers=2',
  '--testPathIgnorePatterns',
  `/(${formatOnly.join('|')})\\.e2e-spec\\.ts$`,
];
results.push(
  postgresUrl
    ? jest('api e2e on PostgreSQL', 'apps/api/jest.e2e.config.cts', postgresArgs, {
        E2E_DATABASE: 'postgres',
        // The contract is the same on both databases: SQLite gets 800 generated requests,
        // PostgreSQL 300 for its own answers (CI stays under 30 minutes; `npm run fuzz`: 10,000).
        FUZZ_REQUESTS: '300',
      })
    : skipped(
        'api e2e on PostgreSQL',
        1,
        'skipped: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)',
      ),
);

const chromium = findChromium();
if (!chromium) {
  loud([
    'NO CHROMIUM FOUND: the browser tests are NOT being run.',
    'Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    isCi
      ? 'CI=true: a missing Chromium is a failure.'
      : 'Everything else still runs; the browser part counts as skipped.',
  ]);
}
if (!build.passed) {
  results.push({
    name: 'built product (web-e2e)',
    passed: 0,
    failed: 0,
    skipped: 1,
    seconds: 0,
    note: 'not run: the build failed',
  });
} else {
  const ignore = [];
  if (!chromium) ignore.push('\\.browser\\.e2e-spec\\.ts$');
  if (!postgresUrl) ignore.push('\\.postgres\\.e2e-spec\\.ts$');
  const args = ignore.length > 0 ? ['--testPathIgnorePatterns', ...ignore] : [];
  results.push(
    jest(
      'built product: server process and Chromium (web-e2e)',
      'apps/web-e2e/jest.config.cts',
      args,
      // Five SIGKILL cycles of the crash test here (the suite alone: 20; `CRASH_CYCLES=50`).
      { CHROMIUM_PATH: chromium ?? '', CRASH_CYCLES: process.env.CRASH_CYCLES ?? '5' },
    ),
  );
  if (!postgresUrl)
    results.push(
      skipped('built product on PostgreSQL', 1, 'skipped: TEST_DATABASE_URL is not set'),
    );
}
if (!chromium) {
  results.push(
    isCi
      ? {
          name: 'browser tests (Chromium)',
          passed: 0,
          failed: 1,
          skipped: 0,
          seconds: 0,
          note: 'Chromium missing with CI=true',
        }
      : skipped('browser tests (Chromium)', 1, 'skipped: no Chromium found'),
  );
}

const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
banner('summary');
for (const r of results) {
  const mark =
    r.failed > 0 ? '\x1b[31m✗\x1b[0m' : r.passed > 0 ? '\x1b[32m✓\x1b[0m' : '\x1b[33m-\x1b[0m';
  const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  process.stdout.write(
    `${mark} ${r.name.padEnd(58)} ${counts.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)} s ${r.note}\n`,
  );
}
process.stdout.write(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`,
);
process.exit(total.failed > 0 ? 1 : 0);
