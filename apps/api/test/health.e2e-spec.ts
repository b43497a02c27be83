import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, createInstitution, createUser } from './support/accounts';
import { storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`health and database set-up (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('GET /api/v1/health answers ok with the database in use', async () => {
    const response = await request(t.server).get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: testDatabase(), apiDocs: true });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('runs the migrations at start-up', async () => {
    const applied: { name: string }[] = await t.dataSource.query('SELECT name FROM migrations');
    expect(applied.map((m) => m.name)).toContain('CreateInstitutions1763683200000');
    expect(await t.dataSource.createQueryRunner().hasTable('institution')).toBe(true);
  });

  it('configures the database as documented', async () => {
    if (t.config.database.kind === 'sqlite') {
      expect(await t.dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await t.dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      expect(await t.dataSource.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    } else {
      const [{ schema }] = await t.dataSource.query('SELECT current_schema() AS schema');
      expect(schema).toBe(t.config.database.schema);
      expect(schema).toMatch(/^e2e_/);
    }
  });

  it('answers an unknown API path with a JSON 404 in the contract shape', async () => {
    const response = await request(t.server).get('/api/v1/no-such-thing').expect(404);
    expect(response.body).toEqual({ statusCode: 404, message: 'Cannot GET /api/v1/no-such-thing' });
  });

  it('answers malformed JSON with 400, never 500', async () => {
    const response = await request(t.server)
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send('{"title": ');
    expect(response.status).toBe(400);
    expect(response.body.statusCode).toBe(400);
    expect(response.body.message).toMatch(/JSON/);
  });

  it('answers a body over the size limit with 413 when logged in; anonymous, 401 before reading it', async () => {
    const body = JSON.stringify({ text: 'ä'.repeat(3 * 1024 * 1024) });
    const learner = await createUser(t, 'learner');
    const loggedIn = await request(t.server)
      .post('/api/v1/health')
      .set('Authorization', `Bearer ${learner.token}`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(loggedIn.status).toBe(413);
    expect(loggedIn.body.message).toBe('Request body is too large');
    const anonymous = await request(t.server)
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'ä'.repeat(20 * 1024) }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toMatch(
      /Log in first: without a session a request body may have at most 16384 bytes/,
    );
  });

  it('reads an anonymous body sent without a length only up to 16 KiB (413)', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          port,
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Chunked: no Content-Length tells the server the size in advance.
      req.write(`{"email":"a@b.c","password":"${'x'.repeat(32 * 1024)}`);
      req.end('"}');
    });
    expect(status).toBe(413);
  });

  it('publishes an OpenAPI document that lists the health endpoint', async () => {
    const response = await request(t.server).get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/v1/health');
    await request(t.server).get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('sends security headers with a content security policy', async () => {
    const response = await request(t.server).get('/api/v1/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers liveness and readiness for a balancer (issue #22)', async () => {
    await request(t.server).get('/api/v1/health/live').expect(200, { status: 'ok' });
    const ready = await request(t.server).get('/api/v1/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ready',
      database: 'ok',
      migrations: 'ok',
      redis: 'not-configured',
      draining: false,
    });
  });
});

describe(`readiness with Redis out of reach (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: the instance starts (after waiting a little), not ready.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('starts and answers, but is not ready, naming Redis; logins still work', async () => {
    await request(t.server).get('/api/v1/health/live').expect(200);
    const ready = await request(t.server).get('/api/v1/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'not-ready', database: 'ok', redis: 'failing' });
    const learner = await createUser(t, 'learner');
    await request(t.server)
      .post('/api/v1/auth/login')
      .send({ email: learner.email, password: 'wrong password, long enough' })
      .expect(401);
  });

  it('answers an export 503 with Retry-After while the job queue cannot be reached', async () => {
    const school = await createInstitution(t, 'school');
    const author = client(t.server, (await createUser(t, 'author', school)).token);
    const id = await storeContent(
      t,
      generateCurriculum({
        units: 2,
        outcomesPerUnit: 1,
        workBasedLearningPeriods: 1,
        languages: ['de'],
      }),
      school,
    );
    for (const call of [
      author.post(`/api/v1/curricula/${id}/export/csv`),
      author.get(`/api/v1/curricula/${id}/export/csv`),
    ]) {
      const response = await call.set('accept-language', 'de').expect(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.message).toMatch(/Auftragswarteschlange/);
    }
  }, 30_000);
});
