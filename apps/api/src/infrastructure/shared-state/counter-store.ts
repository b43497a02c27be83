import type Redis from 'ioredis';

/** The counters of the rate limits: in this process, or in Redis for every instance. */
export const COUNTER_STORE = Symbol('COUNTER_STORE');

/** A counter in a fixed window: how many hits so far, and when the window ends. */
export interface WindowCount {
  readonly count: number;
  readonly resetInMs: number;
}

/**
 * Counts hits per key in fixed windows: in this process, or in Redis for every instance at once
 * (ADR 0031). `hit` answers null when the count cannot be had (Redis unreachable): the caller
 * lets the request through rather than refusing everybody.
 */
export interface CounterStore {
  hit(key: string, windowMs: number): Promise<WindowCount | null>;
}

/** Keys remembered at most by the in-process store (the oldest go first): memory stays bounded. */
const MAX_KEYS = 100_000;

export class MemoryCounterStore implements CounterStore {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
      while (this.windows.size > MAX_KEYS) {
        const oldest = this.windows.keys().next().value;
        if (oldest === undefined) break;
        this.windows.delete(oldest);
      }
    }
    window.count++;
    return { count: window.count, resetInMs: window.start + windowMs - now };
  }
}

/** INCR and, on the first hit of a window, its expiry, in one step: the instances count together. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

type WithHit = Redis & { cbHit(key: string, windowMs: number): Promise<[number, number]> };

export class RedisCounterStore implements CounterStore {
  private readonly redis: WithHit;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('cbHit' in redis)) redis.defineCommand('cbHit', { numberOfKeys: 1, lua: HIT });
    this.redis = redis as WithHit;
  }

  async hit(key: string, windowMs: number): Promise<WindowCount | null> {
    try {
      const [count, ttl] = await this.redis.cbHit(this.prefix + key, windowMs);
      return { count, resetInMs: ttl };
    } catch {
      return null;
    }
  }
}
