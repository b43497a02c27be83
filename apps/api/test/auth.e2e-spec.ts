import request from 'supertest';
import { LOGIN_LIMITS } from '../src/app/accounts/login-limiter';
import { client, createInstitution, createUser, TEST_PASSWORD, TestUser } from './support/accounts';
import { api, draftBody } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`accounts and sessions (${testDatabase()})`, () => {
  let t: TestApp;
  let admin: TestUser;
  let school: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t, 'admin');
    school = await createInstitution(t, 'school');
  });

  afterAll(async () => {
    await t.close();
  });

  /** An author created through the admin API, with a password of its own. */
  async function newAuthor(password = 'Werkstück-Prüfung-42') {
    const email = `author-${Math.random().toString(36).slice(2, 8)}@schule.test`;
    await client(t.server, admin.token)
      .post(`${api}/users`)
      .send({ email, displayName: 'Jana Keller', role: 'author', institutionId: school, password })
      .expect(201);
    return { email, password };
  }

  const login = (email: string, password: string) =>
    request(t.server).post(`${api}/auth/login`).send({ email, password });

  it('logs in with e-mail and password: user, bearer token, CSRF token and an HttpOnly SameSite cookie', async () => {
    const { email, password } = await newAuthor();
    const response = await login(email.toUpperCase(), password).expect(200);
    expect(response.body.user).toMatchObject({ email, role: 'author', institutionId: school });
    expect(response.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(response.body.csrfToken).toBeTruthy();
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/cb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(response.body).not.toHaveProperty('user.passwordHash');
  });

  it('answers a wrong password and an unknown e-mail alike with 401', async () => {
    const { email } = await newAuthor();
    const wrong = await login(email, 'not-the-password').expect(401);
    const unknown = await login('nobody@schule.test', 'not-the-password').expect(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('refuses short, breached and guessable passwords when accounts are created', async () => {
    // The outside probe's finding, and the breached list's and the estimate's classics.
    for (const password of [
      'abcabcab',
      '12121213',
      'Password2026',
      'Summer2026!',
      'schule123',
      'kurz',
      'password123456',
      'qwertzuiop123',
      'Zerspanung2026',
    ]) {
      const response = await client(t.server, admin.token)
        .post(`${api}/users`)
        .send({
          email: `weak-${password}@schule.test`,
          displayName: 'X',
          role: 'learner',
          password,
        })
        .expect(400);
      expect(response.body.errors[0].path).toBe('password');
    }
  });

  it('uses the session as a bearer token and as a cookie', async () => {
    const { email, password } = await newAuthor();
    const { body, headers } = await login(email, password).expect(200);
    await request(t.server)
      .get(`${api}/auth/session`)
      .set('Authorization', `Bearer ${body.token}`)
      .expect(200);
    const cookie = String(headers['set-cookie']).split(';')[0];
    const session = await request(t.server)
      .get(`${api}/auth/session`)
      .set('Cookie', cookie)
      .expect(200);
    expect(session.body).toMatchObject({ user: { email }, csrfToken: body.csrfToken });
  });

  it('keeps the interface language with the account: every new session reads it', async () => {
    const { email, password } = await newAuthor();
    const first = await login(email, password).expect(200);
    expect(first.body.user.uiLanguage).toBeNull();
    const as = client(t.server, first.body.token);
    await as.put(`${api}/auth/preferences`).send({ uiLanguage: 'lv' }).expect(204);
    const refused = await as.put(`${api}/auth/preferences`).send({ uiLanguage: 'fr' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('uiLanguage');
    await as.put(`${api}/auth/preferences`).send({}).expect(400);
    await request(t.server).put(`${api}/auth/preferences`).send({ uiLanguage: 'et' }).expect(401);

    const second = await login(email, password).expect(200);
    expect(second.body.user.uiLanguage).toBe('lv');
    const session = await client(t.server, second.body.token)
      .get(`${api}/auth/session`)
      .expect(200);
    expect(session.body.user.uiLanguage).toBe('lv');
  });

  it('requires the CSRF token for cookie-authenticated writes, not for bearer tokens', async () => {
    const { email, password } = await newAuthor();
    const { body, headers } = await login(email, password).expect(200);
    const cookie = String(headers['set-cookie']).split(';')[0];
    const create = () =>
      request(t.server).post(`${api}/curricula`).set('Cookie', cookie).send(draftBody());
    await create().expect(403);
    await create().set('X-CSRF-Token', 'forged').expect(403);
    await create().set('X-CSRF-Token', body.csrfToken).expect(201);
    await request(t.server)
      .post(`${api}/curricula`)
      .set('Authorization', `Bearer ${body.token}`)
      .send(draftBody())
      .expect(201);
  });

  it('ends the session server-side on logout: neither the token nor the cookie works afterwards', async () => {
    const { email, password } = await newAuthor();
    const { body, headers } = await login(email, password).expect(200);
    const cookie = String(headers['set-cookie']).split(';')[0];
    await request(t.server)
      .post(`${api}/auth/logout`)
      .set('Authorization', `Bearer ${body.token}`)
      .expect(204);
    const afterwards = await request(t.server)
      .get(`${api}/auth/session`)
      .set('Cookie', cookie)
      .expect(200);
    expect(afterwards.body).toEqual({ user: null, csrfToken: null, expiresAt: null });
    await request(t.server)
      .post(`${api}/curricula`)
      .set('Authorization', `Bearer ${body.token}`)
      .send(draftBody())
      .expect(401);
  });

  it('ends every session of a deactivated account at once, and refuses its login', async () => {
    const { email, password } = await newAuthor();
    const first = (await login(email, password).expect(200)).body;
    const second = (await login(email, password).expect(200)).body;
    await client(t.server, admin.token)
      .patch(`${api}/users/${first.user.id}`)
      .send({ active: false })
      .expect(200);
    for (const token of [first.token, second.token]) {
      const session = await request(t.server)
        .get(`${api}/auth/session`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(session.body.user).toBeNull();
      await request(t.server)
        .post(`${api}/curricula`)
        .set('Authorization', `Bearer ${token}`)
        .send(draftBody())
        .expect(401);
    }
    await login(email, password).expect(401);
  });

  it('counts only failures: many correct logins in a row are never throttled', async () => {
    const { email, password } = await newAuthor();
    for (let i = 0; i < LOGIN_LIMITS.freeFailures * 3; i++)
      await login(email, password).expect(200);
  });

  it('backs an account off after repeated wrong passwords (Retry-After), then lets the right one in', async () => {
    const { email, password } = await newAuthor();
    for (let i = 0; i < LOGIN_LIMITS.freeFailures + 1; i++)
      await login(email, 'wrong-password-x').expect(401);
    // Closed for a second: not even the right password is checked meanwhile.
    const blocked = await login(email, password).expect(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.body).toMatchObject({ statusCode: 429, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await login(email, 'wrong-password-x').expect(401);
    // The next wrong password doubled the wait.
    expect((await login(email, password).expect(429)).headers['retry-after']).toBe('2');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await login(email, password).expect(200);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a rotating header escapes nothing', async () => {
    const { email } = await newAuthor();
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.freeFailures + 3; i++) {
      const response = await request(t.server)
        .post(`${api}/auth/login`)
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ email, password: `wrong-${i}-password` });
      statuses.push(response.status);
    }
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const events = await client(t.server, admin.token)
      .get(`${api}/security-events?action=login.failed&limit=1000`)
      .expect(200);
    const addresses = new Set((events.body.items as { address: string }[]).map((e) => e.address));
    expect([...addresses].some((a) => a.startsWith('198.51.100.'))).toBe(false);
  });

  it('lets only admins manage accounts', async () => {
    const learner = await createUser(t, 'learner');
    await client(t.server, learner.token).get(`${api}/users`).expect(403);
    await request(t.server).get(`${api}/users`).expect(401);
    const list = await client(t.server, admin.token).get(`${api}/users`).expect(200);
    expect(list.body.every((u: Record<string, unknown>) => !('passwordHash' in u))).toBe(true);
  });

  it('checks that an author belongs to a school and a reviewer to an association', async () => {
    const response = await client(t.server, admin.token)
      .post(`${api}/users`)
      .send({
        email: 'rev@verband.test',
        displayName: 'R',
        role: 'reviewer',
        institutionId: school,
        password: TEST_PASSWORD,
      })
      .expect(400);
    expect(response.body.errors[0].path).toBe('institutionId');
  });
});
