/**
 * How password guessing is slowed without letting a stranger lock people out (issue #15):
 * - only failures count, successes never;
 * - per account, the first `freeFailures` failures cost nothing; each further one closes the
 *   account to password attempts for an exponentially growing delay (1 s, 2 s, 4 s …) up to
 *   `ceilingMs`: a guessing loop slows to one guess per ceiling, while the real person waits at
 *   most that long, never for an administrator. A quiet `forgetAfterMs` or a success starts over;
 * - per client address a generous budget of failures per window (a whole class behind one school
 *   NAT address signs in; a script spraying many accounts from one address stops).
 *
 * This class keeps the state in memory, per process, and bounded: at most `maxEntries` accounts
 * and addresses are remembered (the oldest are forgotten first), so a flood of made-up e-mails
 * cannot fill the memory. Several instances apply the same rules in Redis instead
 * (`RedisLoginThrottle`, issue #22, ADR 0031).
 */
export interface LoginLimits {
  readonly freeFailures: number;
  readonly baseDelayMs: number;
  readonly ceilingMs: number;
  readonly forgetAfterMs: number;
  readonly addressFailures: number;
  readonly addressWindowMs: number;
  readonly maxEntries: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  freeFailures: 5,
  baseDelayMs: 1_000,
  ceilingMs: 60_000,
  forgetAfterMs: 15 * 60_000,
  addressFailures: 100,
  addressWindowMs: 15 * 60_000,
  maxEntries: 50_000,
};

interface AccountState {
  failures: number;
  lastFailureAt: number;
  closedUntil: number;
  /** Whether the current closing was already recorded (one `login.throttled` per closing). */
  reported: boolean;
}

interface AddressState {
  failures: number;
  windowStart: number;
  reported: boolean;
}

/** Why an attempt is refused before the password is even checked. */
export interface Refusal {
  readonly scope: 'account' | 'address';
  readonly retryAfterMs: number;
  /** True for the first refusal of a closing: the one the security log records. */
  readonly first: boolean;
}

export class LoginLimiter {
  private readonly accounts = new Map<string, AccountState>();
  private readonly addresses = new Map<string, AddressState>();

  constructor(
    private readonly limits: LoginLimits = LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when the attempt may check its password; otherwise how long to wait. */
  check(account: string, address: string): Refusal | null {
    const now = this.now();
    const byAddress = this.addresses.get(address);
    if (
      byAddress !== undefined &&
      now - byAddress.windowStart < this.limits.addressWindowMs &&
      byAddress.failures >= this.limits.addressFailures
    ) {
      const first = !byAddress.reported;
      byAddress.reported = true;
      return {
        scope: 'address',
        retryAfterMs: byAddress.windowStart + this.limits.addressWindowMs - now,
        first,
      };
    }
    const byAccount = this.accounts.get(account);
    if (byAccount !== undefined && now < byAccount.closedUntil) {
      const first = !byAccount.reported;
      byAccount.reported = true;
      return { scope: 'account', retryAfterMs: byAccount.closedUntil - now, first };
    }
    return null;
  }

  /** Records a failed attempt; returns the delay it closes the account for (0 while free). */
  fail(account: string, address: string): number {
    const now = this.now();
    let byAddress = this.addresses.get(address);
    if (byAddress === undefined || now - byAddress.windowStart >= this.limits.addressWindowMs) {
      byAddress = { failures: 0, windowStart: now, reported: false };
    }
    byAddress.failures++;
    this.remember(this.addresses, address, byAddress);

    let byAccount = this.accounts.get(account);
    if (byAccount === undefined || now - byAccount.lastFailureAt >= this.limits.forgetAfterMs) {
      byAccount = { failures: 0, lastFailureAt: now, closedUntil: 0, reported: false };
    }
    byAccount.failures++;
    byAccount.lastFailureAt = now;
    const over = byAccount.failures - this.limits.freeFailures;
    const delay =
      over <= 0
        ? 0
        : Math.min(this.limits.baseDelayMs * 2 ** Math.min(over - 1, 30), this.limits.ceilingMs);
    byAccount.closedUntil = now + delay;
    byAccount.reported = false;
    this.remember(this.accounts, account, byAccount);
    return delay;
  }

  /** A correct password: the account's failures are forgotten (the address's budget is not). */
  succeed(account: string): void {
    this.accounts.delete(account);
  }

  /** Re-inserts an entry as the newest, forgetting the oldest beyond the bound. */
  private remember<T>(map: Map<string, T>, key: string, state: T): void {
    map.delete(key);
    map.set(key, state);
    while (map.size > this.limits.maxEntries) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
  }
}
