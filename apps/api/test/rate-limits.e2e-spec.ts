import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { client, createInstitution, createUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/** The Redis of every machine and CI (ADR 0031). */
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Limits on expensive work (issue #22, ADR 0031): per account, or per address without one, a
 * number of exports, imports, searches and checks a minute, then 429 with Retry-After; with Redis
 * the instances count together.
 */
describe(`rate limits of expensive routes (${testDatabase()})`, () => {
  const content = generateCurriculum({
    units: 2,
    outcomesPerUnit: 2,
    workBasedLearningPeriods: 1,
    languages: ['de'],
    seed: 22,
  });

  describe('in one process', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_EXPORTS: '3', RATE_LIMIT_SEARCHES: '2' });
    }, 60_000);

    afterAll(() => t.close());

    it('refuses an account’s fourth export in a minute with 429 and Retry-After, not another’s', async () => {
      const school = await createInstitution(t, 'school');
      const [one, other] = [
        await createUser(t, 'author', school),
        await createUser(t, 'author', school),
      ];
      const draft = await storeContent(t, content, school);
      const exportAs = (token: string) =>
        client(t.server, token).get(`${api}/curricula/${draft}/export/csv`);
      for (let i = 0; i < 3; i++) await exportAs(one.token).expect(200);
      const refused = await exportAs(one.token).expect(429);
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.body).toMatchObject({
        statusCode: 429,
        message: 'Too many exports in a minute: wait a moment before the next one.',
        retryAfterSeconds: wait,
      });
      // In the caller's language, as every message.
      const german = await exportAs(one.token).set('Accept-Language', 'de').expect(429);
      expect(german.body.message).not.toBe(refused.body.message);
      await exportAs(other.token).expect(200);
    });

    it('counts anonymous searches per address', async () => {
      await request(t.server).get(`${api}/library`).expect(200);
      await request(t.server).get(`${api}/library?q=cnc`).expect(200);
      const refused = await request(t.server).get(`${api}/library`).expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      // Imports have their own limit (none here: 0 is off).
      expect(t.config.rateLimits.imports).toBe(0);
    });
  });

  describe('two instances on one Redis', () => {
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      // A prefix of their own: other suites and runs on this Redis count apart.
      const env = {
        REDIS_URL,
        REDIS_KEY_PREFIX: `test-${randomUUID()}:`,
        RATE_LIMIT_VALIDATIONS: '3',
      };
      [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
    }, 60_000);

    afterAll(() => Promise.all([a.close(), b.close()]));

    it('counts an address’s checks on both together', async () => {
      const none = '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f';
      // 404 (no such curriculum) still counts: the limit is on the work asked for.
      await request(a.server).get(`${api}/curricula/${none}/validation`).expect(404);
      await request(b.server).get(`${api}/curricula/${none}/validation`).expect(404);
      await request(a.server).get(`${api}/curricula/${none}/validation`).expect(404);
      await request(b.server).get(`${api}/curricula/${none}/validation`).expect(429);
      await request(a.server).get(`${api}/curricula/${none}/validation`).expect(429);
    });
  });
});
