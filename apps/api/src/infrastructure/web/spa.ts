import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Angular's production build names hashed files like `main-AB12CD34.js`: those never change. */
const HASHED_FILE = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)$/;

/**
 * Serves the built single-page app from `root` beside the API: static files, and `index.html` for
 * every other GET outside `/api` so that deep links work. Returns false when no build is there.
 */
export function serveSpa(app: NestExpressApplication, root: string): boolean {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' || req.method === 'HEAD';
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    const looksLikeFile = basename(req.path).includes('.');
    if (!isPage || isApi || looksLikeFile) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
