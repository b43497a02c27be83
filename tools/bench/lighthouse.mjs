#!/usr/bin/env node
// Lighthouse 12.8 (mobile emulation, simulated Slow 4G and 4× CPU, the system Chromium) on the three
// pages of issue #19: home, catalogue and the CNC learner pathway. Runs each page `--runs` times
// (default 3) after a warm-up run, and prints the median of each category, of FCP, LCP and TBT and of
// Lighthouse's CPU benchmark of the machine (figures compare only at a similar index); then the
// accessibility score of the main pages behind the sign-in (dashboard, editor, translations,
// review queue, a learner's own record), signed in as the demo accounts.
// Usage: build first (`npx nx run-many -t build -p api web`), then
//   node tools/bench/lighthouse.mjs [--runs 3]
// It starts the built product on a fresh SQLite file with the demo data; Lighthouse itself is run
// with `npx lighthouse@12.8.2` (not a dependency of the project: the first run fetches it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const data = mkdtempSync(join(tmpdir(), 'cb-lighthouse-'));
const PASSWORD = 'Lighthouse-Bench-2026';

const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'ignore',
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(data, 'db.sqlite')}`,
    DEMO_PASSWORD: PASSWORD,
    // Dozens of page loads from one address: the anonymous rate limit would answer them 429.
    ANONYMOUS_RATE_LIMIT: '0',
  },
});

async function waitHealthy() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not become healthy');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  await waitHealthy();
  const list = await (await fetch(`${base}/api/v1/curricula?q=ZM-CNC-2018`)).json();
  const pages = { home: '/', catalogue: '/catalogue', pathway: `/catalogue/${list.items[0].id}` };
  const report = join(data, 'report.json');
  /** One Lighthouse run on `path`: its report (categories and audits). */
  const lighthouseOn = (path, extra = []) => {
    // Lighthouse sometimes misses the start of a trace on a cold browser (NO_NAVSTART): again.
    for (let attempt = 1; ; attempt++) {
      const lighthouse = spawnSync(
        'npx',
        [
          '-y',
          'lighthouse@12.8.2',
          `${base}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu',
          ...extra,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: chromium } },
      );
      if (lighthouse.status === 0) return JSON.parse(readFileSync(report, 'utf8'));
      if (attempt === 3)
        throw new Error(`lighthouse failed on ${path}: ${String(lighthouse.stderr).slice(-800)}`);
    }
  };
  for (const [name, path] of Object.entries(pages)) {
    const results = [];
    // A first run warms the server and the browser up (the cold one measures their start): dropped.
    lighthouseOn(path);
    for (let run = 0; run < runs; run++) {
      const { categories, audits, environment } = lighthouseOn(path);
      results.push({
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        bestPractices: categories['best-practices'].score * 100,
        seo: categories.seo.score * 100,
        fcp: audits['first-contentful-paint'].numericValue / 1000,
        lcp: audits['largest-contentful-paint'].numericValue / 1000,
        tbt: audits['total-blocking-time'].numericValue,
        // Lighthouse's CPU benchmark of the machine: figures compare only at a similar index.
        benchmark: environment.benchmarkIndex,
      });
    }
    const m = (key) => median(results.map((r) => r[key]));
    const lcps = results.map((r) => r.lcp);
    console.log(
      `${name.padEnd(9)} performance ${m('performance')} · accessibility ${m('accessibility')} · ` +
        `best practices ${m('bestPractices')} · SEO ${m('seo')} · FCP ${m('fcp').toFixed(1)} s · ` +
        `LCP ${m('lcp').toFixed(2)} s (${Math.min(...lcps).toFixed(2)}–${Math.max(...lcps).toFixed(2)}) · ` +
        `TBT ${Math.round(m('tbt'))} ms (median of ${runs}; CPU benchmark ${Math.round(m('benchmark'))})`,
    );
  }

  // The main pages behind the sign-in: accessibility only (one run; the score does not vary).
  const cookieOf = async (email) => {
    const login = () =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
    // The connection kept from the first request may have been closed by the server meanwhile.
    const response = await login().catch(login);
    if (!response.ok) throw new Error(`login of ${email}: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  };
  const teacher = await cookieOf('teacher@demo.local');
  const drafts = await (
    await fetch(`${base}/api/v1/curricula?pageSize=100`, { headers: { cookie: teacher } })
  ).json();
  const draft = drafts.items.find((c) => c.status === 'draft');
  const signedIn = [
    ['dashboard', '/curricula', teacher],
    ['editor', `/curricula/${draft.id}`, teacher],
    ['translations', `/curricula/${draft.id}/translations`, teacher],
    ['review queue', '/review', await cookieOf('reviewer@demo.local')],
    ['own record', '/my-record', await cookieOf('learner@demo.local')],
  ];
  for (const [name, path, cookie] of signedIn) {
    const { categories } = lighthouseOn(path, [
      '--only-categories=accessibility',
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    ]);
    console.log(`${name.padEnd(12)} accessibility ${categories.accessibility.score * 100}`);
  }
} finally {
  server.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
}
