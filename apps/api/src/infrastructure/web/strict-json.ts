import { msg } from '@curriculum-builder/curriculum';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where a body stops being UTF-8, for the message: the line of the first byte that is not. */
function firstInvalidLine(body: Buffer): number {
  const lossy = body.toString('utf8');
  const at = lossy.indexOf('\uFFFD');
  return lossy.slice(0, Math.max(0, at)).split('\n').length;
}

/** An error Fastify answers with its `statusCode` (the error filter keeps the shape). */
export class BodyEncodingError extends Error {
  readonly statusCode = 400;
  constructor(readonly line: number) {
    super(
      msg`The request body is not valid UTF-8 (line ${line}): save it as UTF-8, not Latin-1 or Windows-1252.`,
    );
    this.name = 'BodyEncodingError';
  }
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), but only when they are valid
 * UTF-8: a Latin-1 body would otherwise become U+FFFD characters and be stored as such. The error
 * filter turns `BodyEncodingError` into 400, and into 422 with `problems` on the import routes.
 */
export function useStrictJson(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request: FastifyRequest, body: Buffer, done) => {
      let text: string;
      try {
        text = utf8.decode(body);
      } catch {
        done(new BodyEncodingError(firstInvalidLine(body)), undefined);
        return;
      }
      // The default parser answers through `done` (it returns nothing).
      void parse(request, text, done);
    },
  );
}
