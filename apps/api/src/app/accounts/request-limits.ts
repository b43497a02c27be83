import { msg } from '@curriculum-builder/curriculum';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Transform } from 'node:stream';
import type { CallerRequest } from '../../common/caller';
import { resolveCaller } from './auth.guard';
import { SessionsService } from './sessions.service';

/** The largest body an anonymous request may send (a login, a password reset): read before auth. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 16 * 1024;
const WINDOW_MS = 60_000;
/** Addresses remembered at most (the oldest are forgotten first): memory stays bounded. */
const MAX_ADDRESSES = 50_000;

/**
 * Requests per minute and client address for anonymous callers of the API (published reads,
 * exports, validation, diffs, login): a fixed window per address, in memory, bounded. Logged-in
 * callers are not counted here (they are known, and audited).
 */
export class AnonymousRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when the request may go on, else the milliseconds until the address's window ends. */
  hit(address: string): number | null {
    if (this.perMinute === 0) return null;
    const now = this.now();
    let window = this.windows.get(address);
    if (window === undefined || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.delete(address);
      this.windows.set(address, window);
      while (this.windows.size > MAX_ADDRESSES) {
        const oldest = this.windows.keys().next().value;
        if (oldest === undefined) break;
        this.windows.delete(oldest);
      }
    }
    window.count++;
    return window.count > this.perMinute ? window.start + WINDOW_MS - now : null;
  }
}

function refuse(reply: FastifyReply, statusCode: number, message: string, retryAfterMs?: number) {
  if (retryAfterMs !== undefined) {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return reply
      .header('retry-after', String(retryAfterSeconds))
      .status(statusCode)
      .send({ statusCode, message, retryAfterSeconds });
  }
  return reply.status(statusCode).send({ statusCode, message });
}

/** A body stream that fails with 413 once more than `limit` bytes have come. */
function capped(limit: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > limit) {
        done(Object.assign(new Error(TOO_LARGE), { statusCode: 413 }));
      } else done(null, chunk);
    },
  });
}

/** The message of every 413, as Fastify's own body limit says it. */
const TOO_LARGE = msg`Request body is too large`;

/** How many bytes of body each kind of request may send. */
export interface BodyLimits {
  /** Imports (`/api/v1/curricula/import/…`: CASE packages, spreadsheets, documents; XLIFF files). */
  readonly importBytes: number;
  /** Every other request of a logged-in caller. */
  readonly otherBytes: number;
}

const IMPORT_PATH = /^\/api\/v\d+\/curricula\/(import\/|[^/?]+\/translations\/xliff)/;

/**
 * Who calls is settled before anything else is done with an API request: the session is resolved
 * in `onRequest` (the guard reuses it). An anonymous caller is then held to the per-address rate
 * limit (429 with Retry-After), and its body is read only up to ANONYMOUS_BODY_LIMIT_BYTES: a larger
 * announced one is answered 401 at once, a longer stream without a length stops with 413. A
 * stranger cannot make the server parse megabytes. A logged-in caller may send `importBytes` to
 * the import routes and `otherBytes` elsewhere (413 beyond, before or while the body is read).
 */
export function registerRequestLimits(
  fastify: FastifyInstance,
  sessions: SessionsService,
  anonymousPerMinute: number,
  bodyLimits: BodyLimits,
): void {
  const limiter = new AnonymousRateLimiter(anonymousPerMinute);
  const limitOf = (request: FastifyRequest & CallerRequest): number =>
    request.caller === undefined
      ? ANONYMOUS_BODY_LIMIT_BYTES
      : IMPORT_PATH.test(request.url)
        ? bodyLimits.importBytes
        : bodyLimits.otherBytes;
  fastify.addHook('onRequest', async (request: FastifyRequest & CallerRequest, reply) => {
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/ims/')) return;
    const length = Number(request.headers['content-length'] ?? 0);
    if ((await resolveCaller(request, sessions)) !== undefined) {
      if (length > limitOf(request)) return refuse(reply, 413, TOO_LARGE);
      return;
    }
    const wait = limiter.hit(request.ip);
    if (wait !== null) {
      return refuse(reply, 429, msg`Too many requests from your address: wait a moment.`, wait);
    }
    // No public endpoint takes a larger body (login and password reset are small): a larger one
    // is somebody who should log in first, answered before a byte of the body is read.
    if (length > ANONYMOUS_BODY_LIMIT_BYTES) {
      return refuse(
        reply,
        401,
        msg`Log in first: without a session a request body may have at most ${ANONYMOUS_BODY_LIMIT_BYTES} bytes.`,
      );
    }
  });
  // A body with a Content-Length was measured above (Node's parser keeps it to that length); one
  // without is counted while it streams.
  fastify.addHook('preParsing', async (request: FastifyRequest & CallerRequest, _reply, payload) =>
    request.callerResolved && request.headers['content-length'] === undefined
      ? payload.pipe(capped(limitOf(request)))
      : payload,
  );
}
