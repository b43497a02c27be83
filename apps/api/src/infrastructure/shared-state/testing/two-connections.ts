import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { closeRedis, connectRedis, whenReady } from '../redis';

/** The Redis of every machine and CI (ADR 0031). */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Two connections to the test Redis, as two instances have, with a key prefix of their own (other
 * suites and runs count apart); registers the connecting before and the cleaning up after the
 * tests of the `describe` it is called in.
 */
export function twoConnections(): { prefix: string; one: Redis; two: Redis } {
  const prefix = `test:${randomUUID()}:`;
  const one = connectRedis(TEST_REDIS_URL, 'test-one');
  const two = connectRedis(TEST_REDIS_URL, 'test-two');
  beforeAll(() => Promise.all([whenReady(one), whenReady(two)]));
  afterAll(async () => {
    const keys = await one.keys(`${prefix}*`);
    if (keys.length > 0) await one.del(...keys);
    await Promise.all([closeRedis(one), closeRedis(two)]);
  });
  return { prefix, one, two };
}
