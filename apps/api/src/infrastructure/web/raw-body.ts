import type { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Lets the API take a file (.xlsx, .docx, XLIFF) as the raw request body: a Fastify content-type
 * parser that hands the route the bytes as a Buffer, with the import body limit (413 beyond it,
 * request-limits.ts holds anonymous callers to far less). Registered by the importing modules when
 * they start, before the server listens, so that create-app.ts needs no line per format; nothing
 * is registered in a command-line context, which has no HTTP server.
 */
export function acceptRawBody(
  host: HttpAdapterHost,
  mediaType: string,
  bodyLimitBytes: number,
): void {
  const fastify = host.httpAdapter?.getInstance<FastifyInstance>();
  if (typeof fastify?.addContentTypeParser !== 'function') return;
  if (fastify.hasContentTypeParser(mediaType)) return;
  fastify.addContentTypeParser(
    mediaType,
    { parseAs: 'buffer', bodyLimit: bodyLimitBytes },
    (_request, body, done) => done(null, body),
  );
}
