import { HttpErrorResponse } from '@angular/common/http';

/**
 * How many seconds a 429 asks the client to wait: the body's `retryAfterSeconds`, else the
 * `Retry-After` header (seconds or an HTTP date); null when the answer says neither.
 */
export function retryAfterSeconds(error: unknown, now = Date.now()): number | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 429) return null;
  const body = error.error as { retryAfterSeconds?: unknown } | null;
  const fromBody = body?.retryAfterSeconds;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody) && fromBody >= 0) {
    return Math.ceil(fromBody);
  }
  const header = error.headers.get('Retry-After')?.trim();
  if (!header) return null;
  if (/^\d+$/.test(header)) return Number(header);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The message key and parameters for "try again in N seconds" (core messages). */
export function retryAfterText(seconds: number): {
  key: string;
  params: Readonly<Record<string, number>>;
} {
  return { key: 'throttle.seconds', params: { seconds } };
}
