import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { markImmutable } from './compression';

/**
 * Angular's production build names hashed files like `main-AB12CD34.js`: those never change (nor
 * their brotli and gzip copies).
 */
const HASHED_FILE = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)(\.br|\.gz)?$/;

/** The API and the CASE provider API (`/ims/…`): a path there that matches no route is a 404. */
function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/ims' || path.startsWith('/ims/');
}

/** A learner's pathway: `/catalogue/<id>`. */
const PATHWAY = /^\/catalogue\/([A-Za-z0-9-]{1,100})\/?$/;

/**
 * What the page will ask the API for first, so that the browser fetches it while the app's code
 * still loads (one round trip less on a phone): the session always, a pathway's curriculum and
 * versions on its page. `crossorigin` (anonymous) is the credentials mode of the app's own
 * same-origin `fetch`, so the app's requests take the preloaded answers.
 */
export function preloadsFor(path: string): string {
  const urls = ['/api/v1/auth/session'];
  const pathway = PATHWAY.exec(path)?.[1];
  if (pathway !== undefined) {
    urls.push(`/api/v1/curricula/${pathway}`, `/api/v1/curricula/${pathway}/versions`);
  }
  return urls.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`).join(', ');
}

/**
 * Serves the built single-page app from `root` beside the API: static files, and `index.html` for
 * every other GET outside `/api` so that deep links work. Returns false when no build is there.
 */
export async function serveSpa(app: NestFastifyApplication, root: string): Promise<boolean> {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  // Compressed once, on its first request (see compression.ts).
  markImmutable(index);
  // One route per file of the build (no wildcard), so API routes never look at the disk. The
  // build's brotli and gzip copies (tools/scripts/precompress.mjs) go to clients that accept them.
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    preCompressed: true,
    setHeaders: (reply, path) => {
      void reply.header(
        'Cache-Control',
        HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      if (isApiPath(path) || basename(path).includes('.')) return reply.callNotFound();
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Link', preloadsFor(path))
        .type('text/html; charset=utf-8')
        .send(index);
    });
  return true;
}
