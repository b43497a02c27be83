// Benchmark: logins under load against the production build (issue #15).
//
//   npx nx run-many -t build -p api web
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/login.ts [--guess-seconds 150]
//
// (a) 100 concurrent logins with e-mails that have no account, each from an address of its own
//     (every one runs the password KDF against the dummy hash): wall time, latency, the server's
//     resident memory before and its peak (VmHWM) after;
// (b) a class of 40 learners behind one school address signing in at once (each typing one wrong
//     password first), while (c) a guessing loop from the same address hammers the teacher's
//     account for --guess-seconds: how many guesses got their password checked, and when.
// Prints Markdown tables for docs/performance.md.
import { startProductionServer } from '@curriculum-builder/product-process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'guess-seconds': { type: 'string', default: '150' } } });
const guessSeconds = Number(values['guess-seconds']);
const PASSWORD = 'Bench-Drehteil-Spindel-2026';

function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
}

async function login(url: string, email: string, password: string, from: string) {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password, bearer: true }),
  });
  const body = (await response.json()) as { token?: string };
  return { status: response.status, ms: performance.now() - started, token: body.token };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function main(): Promise<void> {
  const server = await startProductionServer({
    DEMO_DATA: 'true',
    DEMO_PASSWORD: PASSWORD,
    TRUST_PROXY: '127.0.0.1,::1,::ffff:127.0.0.1',
  });
  try {
    const pid = server.process.pid ?? 0;
    // (a) 100 concurrent logins, every one through the KDF.
    const before = memoryMiB(pid, 'VmRSS');
    const started = performance.now();
    const flood = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        login(server.url, `nobody-${i}@bench.test`, 'Falsches-Passwort-0', `10.66.0.${i + 1}`),
      ),
    );
    const wall = performance.now() - started;
    const peak = memoryMiB(pid, 'VmHWM');
    const statuses = [...new Set(flood.map((r) => r.status))].join(', ');
    process.stdout.write(
      `| 100 concurrent logins (unknown e-mails, 100 addresses) | ${statuses} | ${wall.toFixed(0)} | ${percentile(
        flood.map((r) => r.ms),
        0.5,
      ).toFixed(
        0,
      )} | ${Math.max(...flood.map((r) => r.ms)).toFixed(0)} | ${before.toFixed(0)} | ${peak.toFixed(0)} |\n`,
    );

    // (b) + (c): a class behind one address, and a guessing loop from the same address.
    const admin = await login(server.url, 'admin@demo.local', PASSWORD, '10.66.1.1');
    const learners: string[] = [];
    for (let i = 0; i < 40; i++) {
      const email = `learner-${i}@bench.test`;
      const created = await fetch(`${server.url}/api/v1/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          email,
          displayName: `Learner ${i}`,
          role: 'learner',
          password: `Klasse-12b-Drehteil-${i}-Fräse`,
        }),
      });
      if (created.status !== 201) throw new Error(`create ${email}: ${created.status}`);
      learners.push(email);
    }
    const nat = '203.0.113.7';
    const guessing = (async () => {
      const checked: number[] = [];
      let refused = 0;
      const start = performance.now();
      for (let i = 0; performance.now() - start < guessSeconds * 1000; i++) {
        const r = await login(server.url, 'teacher@demo.local', `guess-${i}-Passwort`, nat);
        if (r.status === 401) checked.push((performance.now() - start) / 1000);
        else if (r.status === 429) refused++;
        else throw new Error(`guess answered ${r.status}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { checked, refused };
    })();
    const classStart = performance.now();
    const signIns = await Promise.all(
      learners.map(async (email, i) => {
        await login(server.url, email, 'Tippfehler-im-Passwort', nat);
        const r = await login(server.url, email, `Klasse-12b-Drehteil-${i}-Fräse`, nat);
        return { ...r, at: performance.now() - classStart };
      }),
    );
    const signedIn = signIns.filter((r) => r.status === 200).length;
    const lastAt = Math.max(...signIns.map((r) => r.at));
    const guesses = await guessing;
    process.stdout.write(
      `\n| class of 40 behind one address | signed in | all signed in after s |\n| --- | --- | --- |\n| 40 learners, one typo each, while the loop runs | ${signedIn} of 40 | ${(lastAt / 1000).toFixed(1)} |\n`,
    );
    process.stdout.write(
      `\n| guessing loop on one account, ${guessSeconds} s | guesses checked | refused (429) | checked at s |\n| --- | --- | --- | --- |\n| every 50 ms from the class's address | ${guesses.checked.length} | ${guesses.refused} | ${guesses.checked.map((s) => s.toFixed(0)).join(', ')} |\n`,
    );
  } finally {
    await server.stop('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
