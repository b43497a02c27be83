import type { SecurityEvent } from '@curriculum-builder/curriculum';
import request from 'supertest';
import { PasswordResetEntity } from '../src/app/accounts/entities/password-reset.entity';
import { LOGIN_LIMITS } from '../src/app/accounts/login-limiter';
import { CurriculaRepository } from '../src/app/curricula';
import { WorkflowService } from '../src/app/workflow/workflow.service';
import { UnitOfWork } from '../src/infrastructure/database/unit-of-work';
import { CachedRepresentations } from '../src/infrastructure/web/cached-representations';
import { client, createInstitution, createUser, TEST_PASSWORD, TestUser } from './support/accounts';
import { api, draftBody } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #15, finding by finding: login limits that fit a school, login CSRF, account self-service,
 * the security log, limits for anonymous work. Each test failed before the change.
 */
describe(`account security (${testDatabase()})`, () => {
  let t: TestApp;
  let admin: TestUser;
  let school: string;

  beforeAll(async () => {
    // The app sits behind a proxy on this machine: X-Forwarded-For names the school's address.
    t = await startTestApp({ TRUST_PROXY: '127.0.0.1,::1,::ffff:127.0.0.1' });
    admin = await createUser(t, 'admin');
    school = await createInstitution(t, 'school');
  });

  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string, from = '198.51.100.20') =>
    request(t.server)
      .post(`${api}/auth/login`)
      .set('X-Forwarded-For', from)
      .send({ email, password });

  async function newAccount(
    role: 'author' | 'learner' = 'author',
    password = 'Werkstück-Prüfung-42',
    email = `${role}-${Math.random().toString(36).slice(2, 8)}@schule.test`,
  ) {
    const created = await client(t.server, admin.token)
      .post(`${api}/users`)
      .send({
        email,
        displayName: 'Jana Keller',
        role,
        institutionId: role === 'author' ? school : null,
        password,
      })
      .expect(201);
    return { id: created.body.id as string, email: created.body.email as string, password };
  }

  async function events(userId: string): Promise<SecurityEvent[]> {
    const response = await client(t.server, admin.token)
      .get(`${api}/security-events?userId=${userId}`)
      .expect(200);
    return response.body.items;
  }

  describe('login', () => {
    it('accepts JSON only: a cross-site HTML form (urlencoded) gets 415 and no cookie', async () => {
      const { email, password } = await newAccount();
      const response = await request(t.server)
        .post(`${api}/auth/login`)
        .type('form')
        .send({ email, password })
        .expect(415);
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a login from another origin or a cross-site fetch (login CSRF)', async () => {
      const { email, password } = await newAccount();
      for (const headers of [
        { Origin: 'https://attacker.example' },
        { Origin: 'null' },
        { 'Sec-Fetch-Site': 'cross-site' },
        { 'Sec-Fetch-Site': 'same-site' },
      ]) {
        const response = await login(email, password).set(headers).expect(403);
        expect(response.headers['set-cookie']).toBeUndefined();
      }
      await login(email, password)
        .set({
          Host: 'schule.example:8080',
          Origin: 'http://schule.example:8080',
          'Sec-Fetch-Site': 'same-origin',
        })
        .expect(200);
    });

    it('gives a browser the HttpOnly cookie only; the token is in the body for bearer clients', async () => {
      const { email, password } = await newAccount();
      const browser = await login(email, password).set('Sec-Fetch-Site', 'same-origin').expect(200);
      expect(browser.body.token).toBeUndefined();
      expect(browser.body.csrfToken).toBeTruthy();
      expect(String(browser.headers['set-cookie'])).toMatch(/cb_session=.+HttpOnly/i);
      const asked = await request(t.server)
        .post(`${api}/auth/login`)
        .set('Sec-Fetch-Site', 'same-origin')
        .send({ email, password, bearer: true })
        .expect(200);
      expect(asked.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      // A script (no browser metadata) gets the token, as the public contract says.
      expect((await login(email, password).expect(200)).body.token).toBeTruthy();
    });

    it('signs in a class of 40 behind one address while a guessing loop on one account backs off', async () => {
      const nat = '203.0.113.7';
      const learners = [];
      for (let i = 0; i < 40; i++) learners.push(await createUser(t, 'learner'));
      const teacher = await newAccount();
      const guesses = (async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 30; i++) {
          statuses.push((await login(teacher.email, `guess-${i}-Passwort`, nat)).status);
        }
        return statuses;
      })();
      // Every learner typos once, then signs in: successes never count, failures stay in budget.
      const signIns = learners.map(async (l) => {
        await login(l.email, 'falsches-Passwort-1', nat).expect(401);
        return (await login(l.email, TEST_PASSWORD, nat)).status;
      });
      expect(await Promise.all(signIns)).toEqual(Array(40).fill(200));
      const statuses = await guesses;
      // The free failures, and the one that starts the back-off; then nothing is checked.
      const free = LOGIN_LIMITS.freeFailures + 1;
      expect(statuses.slice(0, free)).toEqual(Array(free).fill(401));
      expect(statuses.slice(free).every((s) => s === 429)).toBe(true);
      // The teacher's account was backing off, not locked: after the wait the right password works.
      const wait = Number(
        (await login(teacher.email, teacher.password, nat)).headers['retry-after'],
      );
      expect(wait).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
      await login(teacher.email, teacher.password, '198.51.100.99').expect(200);
    }, 60_000);

    it('records logins, failures and the back-off with the client address; never unknown e-mails', async () => {
      const { id, email, password } = await newAccount();
      await login(email, 'wrong-password-1', '192.0.2.44').expect(401);
      await login(email, password, '192.0.2.44').expect(200);
      for (let i = 0; i < LOGIN_LIMITS.freeFailures + 2; i++)
        await login(email, `wrong-${i}`, '192.0.2.45');
      const log = await events(id);
      expect(log.map((e) => [e.action, e.address])).toEqual(
        expect.arrayContaining([
          ['login.failed', '192.0.2.44'],
          ['login.succeeded', '192.0.2.44'],
          ['login.throttled', '192.0.2.45'],
        ]),
      );
      expect(log.find((e) => e.action === 'login.failed')?.detail).toMatch(/wrong-password/);
      await login('nobody-here@schule.test', 'whatever-it-is', '192.0.2.46').expect(401);
      const anonymous = await client(t.server, admin.token)
        .get(`${api}/security-events?action=login.failed&limit=1000`)
        .expect(200);
      const unknown = (anonymous.body.items as SecurityEvent[]).find(
        (e) => e.address === '192.0.2.46',
      );
      expect(unknown).toMatchObject({ userId: null, userEmail: null, detail: 'unknown-account' });
      expect(JSON.stringify(anonymous.body)).not.toContain('nobody-here');
    });

    it('unifies e-mails by NFKC and case: josé typed two ways is one account', async () => {
      const composed = `jos\u00e9-${Math.random().toString(36).slice(2, 6)}@schule.test`;
      const decomposed = composed.normalize('NFD').toUpperCase();
      const { password } = await newAccount('learner', 'Werkstück-Prüfung-42', composed);
      await client(t.server, admin.token)
        .post(`${api}/users`)
        .send({ email: decomposed, displayName: 'J', role: 'learner', password })
        .expect(409);
      await login(decomposed, password).expect(200);
    });
  });

  describe('password self-service', () => {
    it('changes one’s own password with the current one; other sessions end, this one stays', async () => {
      const { id, email, password } = await newAccount();
      const here = (await login(email, password).expect(200)).body.token;
      const elsewhere = (await login(email, password).expect(200)).body.token;
      const change = (body: object) =>
        client(t.server, here).post(`${api}/auth/password`).send(body);
      const wrong = await change({
        currentPassword: 'not-it-at-all',
        newPassword: 'Neue-Spindel-Drehzahl-77',
      }).expect(400);
      expect(wrong.body.errors[0].path).toBe('currentPassword');
      const weak = await change({ currentPassword: password, newPassword: 'Password2026' }).expect(
        400,
      );
      expect(weak.body.errors[0]).toMatchObject({ path: 'newPassword' });
      await change({ currentPassword: password, newPassword: 'Neue-Spindel-Drehzahl-77' }).expect(
        204,
      );
      await client(t.server, here).get(`${api}/auth/session`).expect(200);
      const other = await client(t.server, elsewhere).get(`${api}/auth/session`).expect(200);
      expect(other.body.user).toBeNull();
      await login(email, password).expect(401);
      await login(email, 'Neue-Spindel-Drehzahl-77').expect(200);
      expect((await events(id)).map((e) => e.action)).toContain('password.changed');
    });

    it('lets an admin issue a one-time reset link that expires; using it ends every session', async () => {
      const { id, email, password } = await newAccount();
      const session = (await login(email, password).expect(200)).body.token;
      const issued = await client(t.server, admin.token)
        .post(`${api}/users/${id}/password-reset`)
        .expect(201);
      expect(issued.body.link).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{40,}$/);
      const token = issued.body.link.split('#token=')[1];
      const reset = (newPassword: string) =>
        request(t.server).post(`${api}/auth/password-reset`).send({ token, newPassword });
      expect((await reset('Summer2026!').expect(400)).body.errors[0].path).toBe('newPassword');
      await reset('Frischer-Morgen-am-Hafen-3').expect(204);
      const again = await reset('Noch-ein-Versuch-am-Hafen-4').expect(400);
      expect(again.body.errors[0].path).toBe('token');
      const ended = await client(t.server, session).get(`${api}/auth/session`).expect(200);
      expect(ended.body.user).toBeNull();
      await login(email, 'Frischer-Morgen-am-Hafen-3').expect(200);
      const log = await events(id);
      expect(log.map((e) => e.action)).toEqual(
        expect.arrayContaining(['password.reset-issued', 'password.reset-used']),
      );
      const issuedEntry = log.find((e) => e.action === 'password.reset-issued');
      expect(issuedEntry?.byUserId).toBe(admin.id);
      expect(JSON.stringify(log)).not.toContain(token);
    });

    it('refuses an expired link, and an earlier link once a newer one is issued', async () => {
      const { id } = await newAccount();
      const issue = async () =>
        (
          await client(t.server, admin.token).post(`${api}/users/${id}/password-reset`).expect(201)
        ).body.link.split('#token=')[1] as string;
      const first = await issue();
      const second = await issue();
      const reset = (token: string) =>
        request(t.server)
          .post(`${api}/auth/password-reset`)
          .send({ token, newPassword: 'Frischer-Morgen-am-Hafen-5' });
      await reset(first).expect(400);
      await t.dataSource
        .getRepository(PasswordResetEntity)
        .update({ userId: id }, { expiresAt: new Date(Date.now() - 1000).toISOString() });
      await reset(second).expect(400);
    });
  });

  describe('anonymous work', () => {
    it('answers an anonymous 10 MB POST with 401 before reading it, like a small one', async () => {
      const big = JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024) });
      const response = await request(t.server)
        .post(`${api}/curricula`)
        .set('content-type', 'application/json')
        .send(big)
        .expect(401);
      expect(response.body.message).toMatch(/^Log in first/);
      await request(t.server).post(`${api}/curricula`).send(draftBody()).expect(401);
    });

    it('serves validation and diffs of published versions from the cache', async () => {
      const author = await createUser(t, 'author', school);
      const draft = await client(t.server, author.token)
        .post(`${api}/curricula`)
        .send(draftBody())
        .expect(201);
      const id = draft.body.id as string;
      const cache = t.app.get(CachedRepresentations);
      await t.app.get(UnitOfWork).write(async (em) => {
        const curriculum = await t.app.get(CurriculaRepository).findCurriculum(em, id);
        if (curriculum !== null)
          await t.app.get(WorkflowService).freezeVersion(em, curriculum, null);
      });
      const first = await request(t.server).get(`${api}/curricula/${id}/validation`).expect(200);
      const held = cache.size().entries;
      const second = await request(t.server).get(`${api}/curricula/${id}/validation`).expect(200);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(cache.size().entries).toBe(held);
      expect(first.body.findings).toBeInstanceOf(Array);
      const diff = await request(t.server)
        .get(`${api}/curricula/${id}/diff?from=1&to=1`)
        .expect(200);
      await request(t.server)
        .get(`${api}/curricula/${id}/diff?from=1&to=1`)
        .set('If-None-Match', diff.headers.etag)
        .expect(304);
    });
  });
});

describe(`anonymous rate limit and API docs (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ANONYMOUS_RATE_LIMIT: '5', NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers anonymous callers beyond the limit with 429 and Retry-After, not logged-in ones', async () => {
    for (let i = 0; i < 5; i++) await request(t.server).get(`${api}/curricula`).expect(200);
    const refused = await request(t.server).get(`${api}/curricula`).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const learner = await createUser(t, 'learner');
    for (let i = 0; i < 10; i++)
      await client(t.server, learner.token).get(`${api}/curricula`).expect(200);
  });

  it('has no OpenAPI document in production unless API_DOCS=true', async () => {
    const learner = await createUser(t, 'learner');
    await client(t.server, learner.token).get('/api/docs-json').expect(404);
  });
});
