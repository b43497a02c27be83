import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Representation } from './cached-representations';

/**
 * Whether an `If-None-Match` header names this entity tag (weak comparison, RFC 9110 §13.1.2):
 * then the client's copy is current and it gets 304 without a body.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === wanted);
}

/**
 * Sends cached bytes with their `ETag` and the given `Cache-Control`, or `304 Not Modified` when the
 * client already holds them. Responses differ by caller (a working copy for authors, the published
 * version for others), so shared caches must key on the credentials too.
 */
export function sendRepresentation(
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation,
  cacheControl: string,
): FastifyReply {
  void reply.headers({
    etag: representation.etag,
    'cache-control': cacheControl,
    vary: 'Authorization, Cookie',
  });
  if (matchesIfNoneMatch(request.headers['if-none-match'], representation.etag)) {
    return reply.status(304).send();
  }
  return reply.status(200).type(representation.contentType).send(representation.body);
}
