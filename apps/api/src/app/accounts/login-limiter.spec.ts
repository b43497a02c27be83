import { LOGIN_LIMITS, LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('never counts successes: a class of 40 behind one address all sign in', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    for (let i = 0; i < 40; i++) {
      expect(limiter.check(`learner${i}@school.test`, '203.0.113.7')).toBeNull();
      limiter.succeed(`learner${i}@school.test`);
    }
    // …with typos on the way: two wrong passwords each still leave the address under its budget.
    for (let i = 0; i < 40; i++) {
      limiter.fail(`learner${i}@school.test`, '203.0.113.7');
      expect(limiter.check(`learner${i}@school.test`, '203.0.113.7')).toBeNull();
    }
  });

  it('lets the first failures of an account pass, then backs off exponentially up to the ceiling', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    const delays: number[] = [];
    for (let i = 0; i < 14; i++) {
      const refusal = limiter.check('jana@school.test', '198.51.100.1');
      if (refusal !== null) now += refusal.retryAfterMs;
      delays.push(limiter.fail('jana@school.test', '198.51.100.1'));
    }
    expect(delays).toEqual([
      0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('slows a guessing loop against one account to one guess per ceiling', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    const start = now;
    let guesses = 0;
    let refused = 0;
    let lastHour = 0;
    // The attacker tries every 100 ms for two hours, from ever new addresses.
    for (let t = 0; t < 2 * 3600 * 10; t++, now += 100) {
      const address = `192.0.2.${t % 250}`;
      if (limiter.check('admin@school.test', address) !== null) {
        refused++;
        continue;
      }
      guesses++;
      if (now - start >= 3600_000) lastHour++;
      limiter.fail('admin@school.test', address);
    }
    expect(refused).toBeGreaterThan(70_000);
    // In the second hour: one guess per minute (the ceiling), whatever the attacker does.
    expect(lastHour).toBeLessThanOrEqual(61);
    expect(guesses).toBeLessThan(140);
  });

  it('lets the right person in after waiting, and forgets failures after success', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    for (let i = 0; i < 6; i++) limiter.fail('jana@school.test', '198.51.100.1');
    const refusal = limiter.check('jana@school.test', '198.51.100.1');
    expect(refusal).toMatchObject({ scope: 'account', retryAfterMs: 1000, first: true });
    expect(limiter.check('jana@school.test', '198.51.100.1')).toMatchObject({ first: false });
    now += 1000;
    expect(limiter.check('jana@school.test', '198.51.100.1')).toBeNull();
    limiter.succeed('jana@school.test');
    expect(limiter.fail('jana@school.test', '198.51.100.1')).toBe(0);
  });

  it('starts over after a quiet quarter of an hour', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    for (let i = 0; i < 8; i++) limiter.fail('jana@school.test', '198.51.100.1');
    now += LOGIN_LIMITS.forgetAfterMs;
    expect(limiter.fail('jana@school.test', '198.51.100.1')).toBe(0);
  });

  it('closes an address that sprays many accounts, and only that address', () => {
    const limiter = new LoginLimiter(LOGIN_LIMITS, clock);
    for (let i = 0; i < LOGIN_LIMITS.addressFailures; i++)
      limiter.fail(`user${i}@school.test`, '203.0.113.9');
    expect(limiter.check('someone@school.test', '203.0.113.9')).toMatchObject({
      scope: 'address',
    });
    expect(limiter.check('someone@school.test', '203.0.113.10')).toBeNull();
    now += LOGIN_LIMITS.addressWindowMs;
    expect(limiter.check('someone@school.test', '203.0.113.9')).toBeNull();
  });

  it('remembers a bounded number of accounts, so made-up e-mails cannot fill the memory', () => {
    const limiter = new LoginLimiter({ ...LOGIN_LIMITS, maxEntries: 100 }, clock);
    for (let i = 0; i < 1000; i++) {
      for (let k = 0; k < 6; k++) limiter.fail(`made-up-${i}@x.test`, `10.0.${i % 250}.${k}`);
    }
    expect(limiter.check('made-up-999@x.test', '10.9.9.9')).not.toBeNull();
    expect(limiter.check('made-up-0@x.test', '10.9.9.9')).toBeNull();
  });
});
