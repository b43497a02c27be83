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
const CATALOGUE = /^\/catalogue\/?$/;

/**
 * What the page will ask the API for first, so that the browser fetches it while the app's code
 * still loads (one round trip less on a phone): the session always, the catalogue's list on the
 * catalogue without a search, a pathway's curriculum and versions on its page. `crossorigin`
 * (anonymous) is the credentials mode of the app's own same-origin `fetch`, so the app's requests
 * take the preloaded answers.
 */
export function preloadsFor(path: string, search = ''): string {
  const urls = ['/api/v1/auth/session'];
  const pathway = PATHWAY.exec(path)?.[1];
  if (pathway !== undefined) {
    urls.push(`/api/v1/curricula/${pathway}`, `/api/v1/curricula/${pathway}/versions`);
  } else if (CATALOGUE.test(path) && search === '') {
    // The catalogue's first request (PathwaysApi.list without a search or a level).
    urls.push('/api/v1/curricula?pageSize=100');
  }
  return urls.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`).join(', ');
}

/** The page of `route-preloads.json` a path is: the home page, the catalogue or a pathway. */
function pageOf(path: string): string | null {
  if (path === '/') return '/';
  if (CATALOGUE.test(path)) return '/catalogue';
  if (PATHWAY.test(path)) return '/catalogue/:id';
  return null;
}

/**
 * `index.html` for each public page with the lazy chunks its route loads named as module preloads
 * (`route-preloads.json`, made at build time by tools/scripts/route-preloads.mjs), so that a phone
 * fetches them beside the first code instead of one after another; the plain page for the rest.
 */
function pagesWithPreloads(index: Buffer, manifest: string): ReadonlyMap<string | null, Buffer> {
  const pages = new Map<string | null, Buffer>([[null, index]]);
  if (!existsSync(manifest)) return pages;
  const chunks = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>;
  const html = index.toString('utf8');
  for (const [page, files] of Object.entries(chunks)) {
    const links = files
      .filter((file) => /^[\w.-]+\.js$/.test(file))
      .map((file) => `<link rel="modulepreload" href="${file}">`)
      .join('');
    const variant = Buffer.from(html.replace('</head>', `${links}</head>`));
    // Compressed once, on its first request (see compression.ts).
    markImmutable(variant);
    pages.set(page, variant);
  }
  return pages;
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
  const pages = pagesWithPreloads(index, join(root, '..', 'route-preloads.json'));
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
      const [path, search = ''] = request.url.split('?');
      if (isApiPath(path) || basename(path).includes('.')) return reply.callNotFound();
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Link', preloadsFor(path, search))
        .type('text/html; charset=utf-8')
        .send(pages.get(pageOf(path)) ?? index);
    });
  return true;
}
