/**
 * Regressions found by the OpenAPI fuzz test (openapi-fuzz.e2e-spec.ts): requests that used to
 * answer 500. Each must get a 4xx in the contract's shape `{ statusCode, message, errors? }`.
 */
import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { api, createDraft } from './support/curricula';
import { type DemoApp, DEMO_PASSWORD, startDemoApp } from './support/demo';
import { testDatabase } from './support/test-app';

/** `{"a":{"a":…}}`, `depth` levels deep, as JSON text (JSON.stringify itself would overflow). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function expectContractError(response: request.Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.body).toMatchObject({ statusCode: status, message: expect.any(String) });
}

describe(`hostile input found by fuzzing (${testDatabase()})`, () => {
  let demo: DemoApp;
  let published: CurriculumSummary;
  let token: string;

  beforeAll(async () => {
    demo = await startDemoApp();
    const catalogue = await demo.anonymous.get(`${api}/curricula?status=published`).expect(200);
    published = catalogue.body.items[0];
    const login = await request(demo.t.server)
      .post(`${api}/auth/login`)
      .send({ email: 'teacher@demo.local', password: DEMO_PASSWORD })
      .expect(200);
    token = login.body.token;
  });

  afterAll(async () => {
    await demo.t.close();
  });

  describe('a JSON body nested 5,000 levels deep (stack overflow in the validation pipe)', () => {
    it.each([
      ['a login', `${api}/auth/login`, `{"email":${nested(5000)},"password":"x"}`],
      ['a new curriculum', `${api}/curricula`, `{"code":"A","title":${nested(5000)}}`],
      ['a CASE import', `${api}/curricula/import/case`, `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ])('is refused with 400 in %s', async (_name, path, body) => {
      const response = await request(demo.t.server)
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json')
        .send(body);
      expectContractError(response, 400);
      expect(response.body.message).toMatch(/nested more than 64 levels deep/);
    });

    it('still takes bodies as deep as the API needs', async () => {
      const response = await demo.teacher.post(`${api}/curricula`).send({
        code: 'DEEP-OK',
        title: { de: 'Tief genug' },
        eqfLevel: 4,
        durationMonths: 36,
        primaryLanguage: 'de',
        electiveGroups: [{ code: 'G1', title: { de: 'Gruppe' }, pointsRequired: 5 }],
      });
      expect(response.status).toBe(201);
    });
  });

  it('treats a session cookie that is not a plain token (JSON such as `j:[]`) as no session', async () => {
    for (const cookie of ['cb_session=j:[]', 'cb_session=j:{"a":1}', 'cb_session=j:null']) {
      const session = await request(demo.t.server).get(`${api}/auth/session`).set('Cookie', cookie);
      expect(session.status).toBe(200);
      expect(session.body.user).toBeNull();
      const write = await request(demo.t.server)
        .delete(`${api}/curricula/${published.id}?version=1`)
        .set('Cookie', cookie);
      expectContractError(write, 401);
    }
  });

  it('answers a body whose Content-Encoding does not decode with a 4xx in the contract shape', async () => {
    const response = await request(demo.t.server)
      .post(`${api}/curricula`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('this is not gzip');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expectContractError(response, response.status);
    expect(response.status).toBeLessThan(500);
  });

  it('answers header fields over 16 KB with 431 and Connection: close, so keep-alive clients go on', async () => {
    const server = await demo.t.app.listen(0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
        const call = httpRequest({ host: '127.0.0.1', port, path, agent }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              connection: response.headers.connection,
              body,
            }),
          );
        });
        call.on('error', reject);
        call.end();
      });
    try {
      const tooLarge = await get(`${api}/curricula?q=${'a'.repeat(20_000)}`);
      expect(tooLarge.status).toBe(431);
      expect(tooLarge.connection).toBe('close');
      expect(JSON.parse(tooLarge.body)).toEqual({ statusCode: 431, message: expect.any(String) });
      // The next request on the same agent gets its answer (it used to meet the closed socket).
      expect((await get(`${api}/health`)).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  describe('NUL characters (PostgreSQL cannot store them in text columns)', () => {
    it('refuses them in a JSON body with 400 naming the field', async () => {
      const admin = await request(demo.t.server)
        .post(`${api}/auth/login`)
        .send({ email: 'admin@demo.local', password: DEMO_PASSWORD })
        .expect(200);
      const response = await request(demo.t.server)
        .post(`${api}/users`)
        .set('Authorization', `Bearer ${admin.body.token}`)
        .send({
          email: 'nul@example.org',
          displayName: 'a\u0000b',
          role: 'learner',
          password: 'Fräsen-und-Drehen-2026',
        });
      expectContractError(response, 400);
      expect(response.body.errors).toEqual([
        { path: 'displayName', message: 'displayName must not contain NUL characters (U+0000)' },
      ]);
    });

    it('refuses them in a query string with 400', async () => {
      const search = await demo.anonymous.get(`${api}/curricula?q=a%00b`);
      expectContractError(search, 400);
      expect(search.body.errors).toEqual([
        { path: 'q', message: 'q must not contain NUL characters (U+0000)' },
      ]);
      const pdf = await demo.anonymous.get(`${api}/curricula/${published.id}/export/pdf?lang=%00`);
      expectContractError(pdf, 400);
    });

    it('refuses a CSV import with one as 422 naming the row', async () => {
      const csv = (await demo.anonymous.get(`${api}/curricula/${published.id}/export/csv`)).text;
      const rows = csv.split('\r\n');
      // In the code of the curriculum row and in a text cell of an outcome row.
      const withNul = [rows[0], rows[1].replace('ZM-CNC-2018', 'ZM\u0000CNC'), ...rows.slice(2)];
      for (const body of [withNul.join('\r\n'), csv.replace('Sicherheit', 'Sicher\u0000heit')]) {
        const response = await request(demo.t.server)
          .post(`${api}/curricula/import/csv`)
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'text/csv')
          .send(body);
        expect(response.status).toBe(422);
        expect(response.body.problems[0].message).toContain('U+0000');
      }
    });
  });

  describe('version numbers beyond 32 bits (PostgreSQL refused to compare them)', () => {
    let draft: Curriculum;

    beforeAll(async () => {
      draft = await createDraft(demo.teacher, { code: 'BIG-VERSION' });
    });

    it.each([2 ** 31, 2 ** 53, 1e20])('refuses an edit based on version %d with 400', async (v) => {
      const response = await demo.teacher
        .patch(`${api}/curricula/${draft.id}`)
        .send({ version: v, eqfLevel: 3 });
      expectContractError(response, 400);
      expect(response.body.errors).toEqual([
        { path: 'version', message: 'version must not be greater than 2147483647' },
      ]);
    });

    it('refuses them in a reorder and in the version of a delete', async () => {
      const reorder = await demo.teacher
        .post(`${api}/curricula/${draft.id}/units/reorder`)
        .send({ version: 2 ** 31, ids: [] });
      expectContractError(reorder, 400);
      const remove = await demo.teacher.delete(
        `${api}/curricula/${draft.id}?version=99999999999999999999`,
      );
      expectContractError(remove, 400);
      // The largest 32-bit version is fine: merely stale.
      const stale = await demo.teacher
        .patch(`${api}/curricula/${draft.id}`)
        .send({ version: 2 ** 31 - 1, eqfLevel: 3 });
      expectContractError(stale, 409);
    });

    it.each([
      ['a published version', 'versions/99999999999999999999'],
      ['a negative one', 'versions/-99999999999999999999'],
      ['a diff from one', 'diff?from=99999999999999999999&to=1'],
      ['a diff to one', 'diff?from=1&to=2147483648'],
    ])('answers %s with 404', async (_name, path) => {
      const response = await demo.anonymous.get(`${api}/curricula/${published.id}/${path}`);
      expectContractError(response, 404);
    });
  });

  describe('issue #15: keys named like Object.prototype members', () => {
    it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
      'refuses %s as an unknown field with 400 and its path',
      async (key) => {
        const response = await demo.teacher
          .post(`${api}/curricula`)
          .set('Content-Type', 'application/json')
          .send(
            `{"code":"PROTO","title":{"de":"T"},"eqfLevel":4,"durationMonths":12,"primaryLanguage":"de","${key}":{}}`,
          );
        expectContractError(response, 400);
        expect(response.body.errors[0].path).toBe(key);
      },
    );
  });
});
