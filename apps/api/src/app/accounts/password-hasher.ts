import { msg } from '@curriculum-builder/curriculum';
import { availableParallelism } from 'node:os';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { TooManyRequestsError } from '../../common/errors/domain.errors';

/**
 * scrypt with N = 2^15, r = 8, p = 3: one of OWASP's equivalent recommendations (Password Storage
 * Cheat Sheet: 2^17/8/1 ≈ 2^16/8/2 ≈ 2^15/8/3 …), chosen for its memory: 32 MiB per hash instead of
 * 128 MiB, for about the same work. Older hashes keep their parameters in the stored string, are
 * still verified, and are rehashed with these at the next login.
 */
const LOG2_N = 15;
const R = 8;
const P = 3;
const KEY_LENGTH = 32;
/** Enough for the largest parameters ever stored (2^17/8: 128 MiB) and no more. */
const MAX_MEMORY = 132 * 1024 * 1024;

/**
 * At most this many key derivations run at once (each holds 32 MiB, an old hash 128 MiB): login
 * memory stays bounded however many attempts arrive; the others wait in line.
 */
export const KDF_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));
/** More waiting than this and a login is answered 429 at once rather than queued without end. */
export const KDF_QUEUE_LIMIT = 256;

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `task` when a KDF slot is free; refuses when the line is already full. */
async function inLine<T>(task: () => Promise<T>): Promise<T> {
  if (running >= KDF_CONCURRENCY) {
    if (waiting.length >= KDF_QUEUE_LIMIT) {
      throw new TooManyRequestsError(msg`The server is busy checking passwords; try again.`, 5);
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await task();
  } finally {
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  }
}

function derive(
  password: string,
  salt: Buffer,
  log2n: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return inLine(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(
          password.normalize('NFC'),
          salt,
          KEY_LENGTH,
          { N: 2 ** log2n, r, p, maxmem: MAX_MEMORY },
          (error, key) => (error ? reject(error) : resolve(key)),
        ),
      ),
  );
}

/** `scrypt$15$8$3$<salt>$<hash>` with a fresh 16-byte salt per password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, LOG2_N, R, P);
  return ['scrypt', LOG2_N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether a stored hash was made with other parameters than today's (rehash it at login). */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`scrypt$${LOG2_N}$${R}$${P}$`);
}

/** Constant-time comparison with a stored hash; false for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(log2n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password with today's parameters, verified against when the e-mail is
 * unknown: the attempt costs the same time and memory as a real one, and waits in the same line.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
