import type { Curriculum } from '@curriculum-builder/curriculum';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import Redis from 'ioredis';
import { Client } from 'pg';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD } from './support/session';

/** The Redis of every machine and CI (ADR 0031). */
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Issue #22: two production servers side by side on one PostgreSQL schema and one Redis, as behind
 * a load balancer. They start together (one migrates, one seeds), a session made on A works on B,
 * failed logins on A and B count together, what A publishes B serves at once, and an editor
 * listening on B hears of a change saved on A.
 */
describe('two API instances on one PostgreSQL and Redis', () => {
  const base = process.env['TEST_DATABASE_URL'] ?? '';
  const schema = `multi_e2e_${process.pid}`;
  const prefix = `multi-e2e-${process.pid}-${Date.now()}:`;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    if (base === '') throw new Error('This suite needs TEST_DATABASE_URL.');
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    const env = {
      DATABASE_URL: url.toString(),
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      LOG_FORMAT: 'json',
    };
    // At the same moment: the migrations and the demo data must be done once.
    [a, b] = await Promise.all([startProductionServer(env), startProductionServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
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
});
