import type { Curriculum, Job } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import {
  RunningServer,
  startProductionServer,
  startWorker,
  tempDir,
} from '@curriculum-builder/product-process';
import Redis from 'ioredis';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
// The import file is written by the product's own CSV writer (the layout its export uses).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { contentToRows } from '../../api/src/app/interop/csv/csv-layout';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { writeCsv } from '../../api/src/common/csv-format';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD } from './support/session';

/** The Redis of every machine and CI (ADR 0031). */
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Issue #22: two production servers side by side on one PostgreSQL schema and one Redis, as behind
 * a load balancer. They start together (one migrates, one seeds), a session made on A works on B,
 * failed logins on A and B count together, what A publishes B serves at once, an editor
 * listening on B hears of a change saved on A, and an export queued on A is rendered by a worker
 * process — again by a second one when the first is killed mid-render — and downloaded on B.
 */
describe('two API instances on one PostgreSQL and Redis', () => {
  const base = process.env['TEST_DATABASE_URL'] ?? '';
  const schema = `multi_e2e_${process.pid}`;
  const prefix = `multi-e2e-${process.pid}-${Date.now()}:`;
  let a: RunningServer;
  let b: RunningServer;
  let worker: RunningServer;
  // The store every instance and worker reaches (one machine here; a shared volume elsewhere).
  const store = tempDir('multi-e2e-store-');
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    if (base === '') throw new Error('This suite needs TEST_DATABASE_URL.');
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    env = {
      DATABASE_URL: url.toString(),
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      LOG_FORMAT: 'json',
      // The instances queue jobs; workers run them (ADR 0032).
      JOBS_IN_PROCESS: 'false',
      EXPORT_STORE_DIR: store,
      // A killed worker's job is taken again after this long (renders here take about a second).
      JOB_LOCK_MS: '5000',
    };
    // At the same moment: the migrations and the demo data must be done once.
    [a, b] = await Promise.all([startProductionServer(env), startProductionServer(env)]);
    worker = await startWorker(env);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM'), worker?.stop('SIGTERM')]);
    rmSync(store, { recursive: true, force: true });
    if (base !== '') {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const sql = async <T>(query: string): Promise<T[]> => {
    const client = new Client({ connectionString: base });
    await client.connect();
    try {
      return (await client.query(query)).rows as T[];
    } finally {
      await client.end();
    }
  };

  const login = (server: RunningServer, email: string, password: string) =>
    fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, bearer: true }),
    });

  it('started together: migrated once, seeded once, both ready with Redis', async () => {
    for (const server of [a, b]) {
      const ready = await fetch(`${server.url}/api/v1/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', redis: 'ok', migrations: 'ok' });
    }
    const twice = await sql(
      `SELECT name FROM "${schema}".migrations GROUP BY name HAVING COUNT(*) > 1`,
    );
    expect(twice).toEqual([]);
    const [{ count }] = await sql<{ count: string }>(
      `SELECT COUNT(*) AS count FROM "${schema}".user_account WHERE email = '${DEMO.teacher}'`,
    );
    expect(count).toBe('1');
  });

  it('takes a session made on A on B, and names each answer’s request', async () => {
    const token = await apiToken(a.url, DEMO.teacher);
    const session = await fetch(`${b.url}/api/v1/auth/session`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'trace-22-b' },
    });
    expect(session.status).toBe(200);
    expect(session.headers.get('x-request-id')).toBe('trace-22-b');
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(DEMO.teacher);
    // LOG_FORMAT=json: every line of the log an object.
    const line = a
      .output()
      .split('\n')
      .find((l) => l.includes('listening on'));
    expect(JSON.parse(line ?? '')).toMatchObject({ level: 'log', context: 'Bootstrap' });
  });

  it('counts failed logins on A and B together', async () => {
    // Five failures are free (LOGIN_LIMITS), spread over both; the sixth closes the account.
    for (let i = 0; i < 6; i++) {
      const response = await login(i % 2 === 0 ? a : b, DEMO.learner, 'not the password, long');
      expect(response.status).toBe(401);
    }
    const refused = await login(b, DEMO.learner, DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('serves on B what A published, at once', async () => {
    const teacher = await apiToken(a.url, DEMO.partnerTeacher);
    const reviewer = await apiToken(b.url, DEMO.reviewer);
    const list = await apiCall<{ items: { id: string; code: string }[] }>(
      a.url,
      teacher,
      'GET',
      '/curricula?pageSize=100',
    );
    const id = list.items.find((c) => c.code === 'LT-IGO-2026')?.id ?? '';
    // B has the published version in its cache.
    const before = (await (await fetch(`${b.url}/api/v1/curricula/${id}`)).json()) as Curriculum;
    await apiCall(a.url, teacher, 'POST', `/curricula/${id}/reopen`, {});
    const draft = await apiCall<Curriculum>(a.url, teacher, 'GET', `/curricula/${id}`);
    const title = { ...draft.title, en: 'Industrial robot operator (second edition)' };
    await apiCall(a.url, teacher, 'PATCH', `/curricula/${id}`, { version: draft.version, title });
    await apiCall(a.url, teacher, 'POST', `/curricula/${id}/submit`, {});
    await apiCall(b.url, reviewer, 'POST', `/curricula/${id}/approve`);
    await apiCall(a.url, teacher, 'POST', `/curricula/${id}/publish`);
    const after = (await (await fetch(`${b.url}/api/v1/curricula/${id}`)).json()) as Curriculum;
    expect(after.publishedVersion).toBe((before.publishedVersion ?? 0) + 1);
    expect(after.title['en']).toBe('Industrial robot operator (second edition)');
  });

  it('tells an editor listening on B of a change saved on A', async () => {
    const teacher = await apiToken(a.url, DEMO.teacher);
    const list = await apiCall<{ items: { id: string; code: string; status: string }[] }>(
      a.url,
      teacher,
      'GET',
      '/curricula?pageSize=100',
    );
    const draft = list.items.find((c) => c.status === 'draft')?.id ?? '';
    const stream = new AbortController();
    const events = await fetch(`${b.url}/api/v1/curricula/${draft}/events`, {
      headers: { authorization: `Bearer ${teacher}`, accept: 'text/event-stream' },
      signal: stream.signal,
    });
    expect(events.status).toBe(200);
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const heard = (async () => {
      while (!received.includes('event: changed')) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
    })();
    // The first event (presence) has arrived: the stream is open before the change.
    while (!received.includes('event: presence')) await new Promise((r) => setTimeout(r, 50));
    const tree = await apiCall<Curriculum>(a.url, teacher, 'GET', `/curricula/${draft}`);
    await apiCall(a.url, teacher, 'PATCH', `/curricula/${draft}`, {
      version: tree.version,
      description: { ...tree.description, en: 'Changed on instance A.' },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([heard, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    // Closed on this side, and the read under way ended with it.
    stream.abort();
    await heard.catch(() => undefined);
    expect(received).toContain('event: changed');
  });

  it('shows on B who has a curriculum open on A, and forgets them on B when they leave on A', async () => {
    const teacher = await apiToken(a.url, DEMO.teacher);
    const list = await apiCall<{ items: { id: string; status: string }[] }>(
      a.url,
      teacher,
      'GET',
      '/curricula?pageSize=100',
    );
    const draft = list.items.find((c) => c.status === 'draft')?.id ?? '';
    const tabA = '6f1c1f6e-2222-4a22-8222-000000000a0a';
    const tabB = '6f1c1f6e-2222-4a22-8222-000000000b0b';
    const presence = (server: RunningServer, body: object) =>
      apiCall<{ tabId: string; part: string | null }[]>(
        server.url,
        teacher,
        'POST',
        `/curricula/${draft}/presence`,
        body,
      );
    await presence(a, { tabId: tabA, part: 'units[1]' });
    const onB = await presence(b, { tabId: tabB });
    expect(onB.map((e) => [e.tabId, e.part])).toEqual(
      expect.arrayContaining([
        [tabA, 'units[1]'],
        [tabB, null],
      ]),
    );
    await presence(a, { tabId: tabA, leaving: true });
    expect((await presence(b, { tabId: tabB })).map((e) => e.tabId)).toEqual([tabB]);
  });

  it('renders an export queued on A in a worker, again in a second when the first is killed, and B sends the one file', async () => {
    const token = await apiToken(a.url, DEMO.teacher);
    const auth = { authorization: `Bearer ${token}` };
    // A large working copy (600 units), so that the render lasts long enough to be interrupted.
    const content = generateCurriculum({
      seed: 22,
      units: 600,
      outcomesPerUnit: 4,
      workBasedLearningPeriods: 4,
      languages: ['de', 'en'],
    });
    const imported = await fetch(`${a.url}/api/v1/curricula/import/csv`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: writeCsv(contentToRows({ ...content, code: 'MULTI-22' })),
    });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };

    const posted = await fetch(`${a.url}/api/v1/curricula/${id}/export/pdf?lang=en`, {
      method: 'POST',
      headers: { ...auth, 'x-request-id': 'trace-22-export' },
    });
    expect(posted.status).toBe(202);
    const queued = (await posted.json()) as Job;
    expect(posted.headers.get('location')).toBe(`/api/v1/jobs/${queued.id}`);
    const job = async (server: RunningServer) =>
      (await (
        await fetch(`${server.url}/api/v1/jobs/${queued.id}`, { headers: auth })
      ).json()) as Job;

    // B sees the worker's progress while it renders; the worker is killed in the middle.
    const deadline = Date.now() + 30_000;
    let seen = await job(b);
    while (!(seen.state === 'running' && seen.progress > 10 && seen.progress < 90)) {
      expect(seen.state).not.toMatch(/done|failed/);
      if (Date.now() > deadline) throw new Error(`never seen rendering: ${JSON.stringify(seen)}`);
      await new Promise((done) => setTimeout(done, 10));
      seen = await job(b);
    }
    expect(await worker.stop('SIGKILL')).toBeNull();
    const interrupted = await job(b);
    expect(interrupted.state).toBe('running');

    // A second worker takes it once the lock has run out, and renders it from the start.
    worker = await startWorker(env);
    let done = await job(b);
    while (done.state !== 'done' && done.state !== 'failed') {
      if (Date.now() > deadline + 30_000) throw new Error(`not done: ${JSON.stringify(done)}`);
      await new Promise((wait) => setTimeout(wait, 100));
      done = await job(b);
    }
    expect(done).toMatchObject({
      state: 'done',
      progress: 100,
      result: { fileName: 'MULTI-22-en.pdf', contentType: 'application/pdf' },
    });
    expect(done.attempts).toBeGreaterThanOrEqual(2);

    const file = await fetch(`${b.url}${done.result?.href}`, { headers: auth });
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    expect(bytes.length).toBe(done.result?.bytes);
    // One file for the job, whole: the re-run replaced, never added.
    expect(readdirSync(join(store, 'jobs')).filter((name) => name.startsWith(queued.id))).toEqual([
      queued.id,
      `${queued.id}.json`,
    ]);
    // The worker's log names the job and the request that asked for it.
    expect(worker.output()).toMatch(
      new RegExp(`job ${queued.id} \\(curriculum-export, request trace-22-export\\) done`),
    );
    // Only the account that asked sees the job.
    const other = await apiToken(b.url, DEMO.partnerTeacher);
    const foreign = await fetch(`${b.url}/api/v1/jobs/${queued.id}`, {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(foreign.status).toBe(404);
  }, 120_000);
});
