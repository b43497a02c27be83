import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Representation } from './cached-representations';
import {
  encodedEtag,
  isCompressible,
  markImmutable,
  negotiateEncoding,
  varyOnEncoding,
} from './compression';

/**
 * Whether an `If-None-Match` header names this entity tag (weak comparison, RFC 9110 §13.1.2):
 * then the client's copy is current and it gets 304 without a body.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  // A compressed answer carried the tag with its encoding (`"…-br"`): the same bytes when decoded.
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-(br|gzip)"$/, '"');
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
  // A body the compression hook will encode is a representation of its own per encoding: its
  // tag says which (also on a 304, so that the client's copy stays named as it was sent).
  const compressible = isCompressible(representation.contentType, representation.body.length);
  const encoding = compressible ? negotiateEncoding(request.headers['accept-encoding']) : null;
  const etag = encoding === null ? representation.etag : encodedEtag(representation.etag, encoding);
  void reply.headers({ etag, 'cache-control': cacheControl, vary: 'Authorization, Cookie' });
  if (compressible) varyOnEncoding(reply);
  if (matchesIfNoneMatch(request.headers['if-none-match'], representation.etag)) {
    return reply.status(304).send();
  }
  // The bytes never change: the compression hook compresses them once per encoding.
  markImmutable(representation.body);
  return reply.status(200).type(representation.contentType).send(representation.body);
}
