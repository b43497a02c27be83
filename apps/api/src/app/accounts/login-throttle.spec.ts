import { randomUUID } from 'node:crypto';
import { connectRedis } from '../../infrastructure/shared-state/redis';
import { twoConnections } from '../../infrastructure/shared-state/testing/two-connections';
import { LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './login-limiter';
import { InProcessLoginThrottle, RedisLoginThrottle } from './login-throttle';

const LIMITS: LoginLimits = {
  ...LOGIN_LIMITS,
  freeFailures: 2,
  baseDelayMs: 400,
  ceilingMs: 2_000,
  addressFailures: 5,
};

describe('RedisLoginThrottle', () => {
  const { prefix, one, two } = twoConnections();

  it('backs off an account by the failures every instance counted, as LoginLimiter does', async () => {
    // Two instances: each with its own connection, counting the same attempts.
    const a = new RedisLoginThrottle(one, prefix, LIMITS);
    const b = new RedisLoginThrottle(two, prefix, LIMITS);
    const account = `${randomUUID()}@school.example`;
    expect(await a.check(account, '10.0.0.1')).toBeNull();
    expect(await a.fail(account, '10.0.0.1')).toBe(0);
    expect(await b.fail(account, '10.0.0.2')).toBe(0);
    // The third failure (on either instance) closes the account for the base delay.
    expect(await a.fail(account, '10.0.0.1')).toBe(400);
    const refused = await b.check(account, '10.0.0.3');
    expect(refused).toMatchObject({ scope: 'account', first: true });
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
    expect(refused?.retryAfterMs).toBeLessThanOrEqual(400);
    // Reported once per closing.
    expect(await a.check(account, '10.0.0.1')).toMatchObject({ scope: 'account', first: false });
    // Doubling, up to the ceiling.
    expect(await b.fail(account, '10.0.0.2')).toBe(800);
    // A correct password forgets the account's failures.
    await a.succeed(account);
    expect(await b.check(account, '10.0.0.2')).toBeNull();
  });

  it('refuses an address that failed too often, whatever the account', async () => {
    const throttle = new RedisLoginThrottle(one, prefix, LIMITS);
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) await throttle.fail(`${randomUUID()}@school.example`, address);
    const refused = await throttle.check(`${randomUUID()}@school.example`, address);
    expect(refused).toMatchObject({ scope: 'address', first: true });
    expect(refused?.retryAfterMs).toBeGreaterThan(LIMITS.addressWindowMs - 5_000);
    expect(await throttle.check('someone@school.example', '198.51.100.1')).toBeNull();
  });

  it('lets attempts through while Redis cannot be reached', async () => {
    const gone = connectRedis('redis://127.0.0.1:1', 'test-gone');
    try {
      const throttle = new RedisLoginThrottle(gone, prefix, LIMITS);
      expect(await throttle.fail('a@school.example', '10.0.0.9')).toBe(0);
      expect(await throttle.check('a@school.example', '10.0.0.9')).toBeNull();
    } finally {
      gone.disconnect();
    }
  });
});

describe('InProcessLoginThrottle', () => {
  it('is LoginLimiter behind the same promises', async () => {
    let now = 0;
    const throttle = new InProcessLoginThrottle(new LoginLimiter(LIMITS, () => now));
    for (let i = 0; i < 2; i++) expect(await throttle.fail('a', 'x')).toBe(0);
    expect(await throttle.fail('a', 'x')).toBe(400);
    expect(await throttle.check('a', 'x')).toMatchObject({ scope: 'account', retryAfterMs: 400 });
    now += 400;
    expect(await throttle.check('a', 'x')).toBeNull();
    await throttle.succeed('a');
  });
});
