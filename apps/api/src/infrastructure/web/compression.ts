import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The encodings the API sends, in the order it prefers them. */
export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this go as they are (compression would gain less than its headers). */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE =
  /^(application\/(json|ld\+json|problem\+json|xml|javascript)|text\/|image\/svg\+xml)/;

/**
 * The encoding to answer `Accept-Encoding` with: brotli, else gzip; none when the client names
 * neither or refuses it (`;q=0`). `*` stands for either.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | null {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * `body` compressed with `encoding`: per request at brotli quality 5 (most of brotli's gain at a
 * few milliseconds per 100 KiB of JSON) and gzip level 6; `thorough` at brotli 11 and gzip 9.
 */
export function compress(body: Buffer, encoding: Encoding, thorough = false): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: thorough ? 11 : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: thorough ? 9 : 6 });
}

/**
 * Up to this size a body compressed once is compressed thoroughly (about 100 ms per 100 KiB, once
 * per published version: the published CNC curriculum 28.7 → 25.6 KiB); a larger one at the
 * per-request settings, so that no request waits seconds for it.
 */
const THOROUGH_MAX_BYTES = 256 * 1024;

/** Compressed bodies of immutable buffers (cached representations): each made once. */
const made = new WeakMap<Buffer, Partial<Record<Encoding, Buffer>>>();

/** `body` compressed with `encoding`, remembered for as long as `body` lives. */
export function compressedOnce(body: Buffer, encoding: Encoding): Buffer {
  const variants = made.get(body) ?? {};
  const found = variants[encoding];
  if (found !== undefined) return found;
  const compressed = compress(body, encoding, body.length <= THOROUGH_MAX_BYTES);
  made.set(body, { ...variants, [encoding]: compressed });
  return compressed;
}

export function isCompressible(contentType: unknown, length: number): boolean {
  return (
    length >= MIN_COMPRESSED_BYTES &&
    typeof contentType === 'string' &&
    COMPRESSIBLE.test(contentType)
  );
}

/** Adds `Accept-Encoding` to the reply's `Vary` (keeping what it names already). */
export function varyOnEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const names = typeof vary === 'string' ? vary.split(',').map((v) => v.trim()) : [];
  if (!names.some((name) => name.toLowerCase() === 'accept-encoding'))
    void reply.header('vary', [...names.filter(Boolean), 'Accept-Encoding'].join(', '));
}

/**
 * Compresses the API's text answers (JSON, CSV, XML …) of at least 1 KiB with brotli or gzip as
 * the client accepts. Bodies marked immutable by `sendRepresentation` (published versions and
 * exports from the cache) are compressed once and kept; the others per answer. Streams (files,
 * server-sent events) and answers that carry an encoding already pass untouched.
 */
export function registerCompression(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (reply.getHeader('content-encoding') !== undefined || request.method === 'HEAD')
      return payload;
    const body =
      typeof payload === 'string'
        ? Buffer.from(payload)
        : Buffer.isBuffer(payload)
          ? payload
          : null;
    if (body === null || !isCompressible(reply.getHeader('content-type'), body.length))
      return payload;
    varyOnEncoding(reply);
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (encoding === null) return payload;
    const compressed = IMMUTABLE.has(body)
      ? compressedOnce(body, encoding)
      : compress(body, encoding);
    void reply.header('content-encoding', encoding);
    void reply.removeHeader('content-length');
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') void reply.header('etag', encodedEtag(etag, encoding));
    return compressed;
  });
}

/** Buffers that never change (cached representations): their compressed forms are kept. */
const IMMUTABLE = new WeakSet<Buffer>();

export function markImmutable(body: Buffer): void {
  IMMUTABLE.add(body);
}

/** The entity tag of the encoded representation: each encoding is a representation of its own. */
export function encodedEtag(etag: string, encoding: Encoding): string {
  if (!etag.endsWith('"') || etag.endsWith(`-${encoding}"`)) return etag;
  return `${etag.slice(0, -1)}-${encoding}"`;
}
