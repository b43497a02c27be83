import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { LOGIN_LIMITS, LoginLimiter, type LoginLimits, type Refusal } from './login-limiter';

/**
 * The login back-off of `LoginLimiter` (issue #15) where the attempts are counted: in this
 * process, or in Redis so that every instance counts the same attempts (issue #22, ADR 0031).
 */
export abstract class LoginThrottle {
  /** Null when the attempt may check its password; otherwise how long to wait. */
  abstract check(account: string, address: string): Promise<Refusal | null>;
  /** Records a failed attempt; the delay it closes the account for (0 while free). */
  abstract fail(account: string, address: string): Promise<number>;
  /** A correct password: the account's failures are forgotten (the address's budget is not). */
  abstract succeed(account: string): Promise<void>;
}

/** One process: the bounded maps of `LoginLimiter`. */
export class InProcessLoginThrottle extends LoginThrottle {
  constructor(private readonly limiter = new LoginLimiter()) {
    super();
  }

  async check(account: string, address: string): Promise<Refusal | null> {
    return this.limiter.check(account, address);
  }

  async fail(account: string, address: string): Promise<number> {
    return this.limiter.fail(account, address);
  }

  async succeed(account: string): Promise<void> {
    this.limiter.succeed(account);
  }
}

// The same rules as LoginLimiter, as Redis scripts: each runs at once for all instances, on
// Redis's clock. Keys expire on their own (that bounds the memory).
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: account, address. ARGV: addressWindowMs, addressFailures. → {scope, wait, first}. */
const CHECK = `${NOW}
local a = redis.call('HMGET', KEYS[2], 'failures', 'start', 'reported')
if a[1] and now - tonumber(a[2]) < tonumber(ARGV[1]) and tonumber(a[1]) >= tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[2], 'reported', '1')
  return {1, tonumber(a[2]) + tonumber(ARGV[1]) - now, a[3] == '1' and 0 or 1}
end
local c = redis.call('HMGET', KEYS[1], 'closedUntil', 'reported')
if c[1] and now < tonumber(c[1]) then
  redis.call('HSET', KEYS[1], 'reported', '1')
  return {2, tonumber(c[1]) - now, c[2] == '1' and 0 or 1}
end
return {0, 0, 0}`;

/**
 * KEYS: account, address. ARGV: addressWindowMs, forgetAfterMs, freeFailures, baseDelayMs,
 * ceilingMs. → the delay.
 */
const FAIL = `${NOW}
local window = tonumber(ARGV[1])
local a = redis.call('HMGET', KEYS[2], 'failures', 'start')
local failures, start = 0, now
if a[1] and now - tonumber(a[2]) < window then
  failures, start = tonumber(a[1]), tonumber(a[2])
else
  redis.call('DEL', KEYS[2])
end
redis.call('HSET', KEYS[2], 'failures', failures + 1, 'start', start)
redis.call('PEXPIRE', KEYS[2], start + window - now)
local c = redis.call('HMGET', KEYS[1], 'failures', 'last')
local count = 1
if c[1] and now - tonumber(c[2]) < tonumber(ARGV[2]) then count = tonumber(c[1]) + 1 end
local over = count - tonumber(ARGV[3])
local delay = 0
if over > 0 then delay = math.min(tonumber(ARGV[4]) * 2 ^ math.min(over - 1, 30), tonumber(ARGV[5])) end
redis.call('HSET', KEYS[1], 'failures', count, 'last', now, 'closedUntil', now + delay, 'reported', '0')
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[5]))
return delay`;

type Scripted = Redis & {
  cbLoginCheck(account: string, address: string, ...limits: number[]): Promise<number[]>;
  cbLoginFail(account: string, address: string, ...limits: number[]): Promise<number>;
};

const SCOPES = [null, 'address', 'account'] as const;

/**
 * Every instance counts the same attempts. While Redis cannot be reached an attempt is let
 * through (logged): refusing every login would lock everybody out, and readiness reports it.
 */
export class RedisLoginThrottle extends LoginThrottle {
  private readonly redis: Scripted;
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {
    super();
    if (!('cbLoginCheck' in redis)) {
      redis.defineCommand('cbLoginCheck', { numberOfKeys: 2, lua: CHECK });
      redis.defineCommand('cbLoginFail', { numberOfKeys: 2, lua: FAIL });
    }
    this.redis = redis as Scripted;
  }

  async check(account: string, address: string): Promise<Refusal | null> {
    const { addressWindowMs, addressFailures } = this.limits;
    try {
      const [scope, wait, first] = await this.redis.cbLoginCheck(
        ...this.keys(account, address),
        addressWindowMs,
        addressFailures,
      );
      const named = SCOPES[scope];
      return named === null || named === undefined
        ? null
        : { scope: named, retryAfterMs: wait, first: first === 1 };
    } catch (error) {
      this.unreachable(error);
      return null;
    }
  }

  async fail(account: string, address: string): Promise<number> {
    const { addressWindowMs, forgetAfterMs, freeFailures, baseDelayMs, ceilingMs } = this.limits;
    try {
      return await this.redis.cbLoginFail(
        ...this.keys(account, address),
        addressWindowMs,
        forgetAfterMs,
        freeFailures,
        baseDelayMs,
        ceilingMs,
      );
    } catch (error) {
      this.unreachable(error);
      return 0;
    }
  }

  async succeed(account: string): Promise<void> {
    try {
      await this.redis.del(this.keys(account, '')[0]);
    } catch (error) {
      this.unreachable(error);
    }
  }

  private keys(account: string, address: string): [string, string] {
    return [`${this.prefix}account:${account}`, `${this.prefix}address:${address}`];
  }

  private unreachable(error: unknown): void {
    this.logger.warn(
      `Redis unreachable, login attempt not counted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
