import { msg } from '@curriculum-builder/curriculum';
import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Refuses a request that a browser made for another site (login CSRF: a cross-site form or script
 * signing the victim into the attacker's account). Browsers say where a request comes from in
 * `Sec-Fetch-Site` and `Origin`; a request with neither is not from a browser page and passes.
 * Same origin: the host the request was sent to, or the configured public URL.
 */
export function requireSameOrigin(request: FastifyRequest, publicUrl: string | undefined): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new ForbiddenException(msg`Refused: a ${String(site)} request (Sec-Fetch-Site).`);
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // `null` and other opaque origins: never the same origin.
  }
  const allowed = [request.host, publicUrl === undefined ? null : new URL(publicUrl).host];
  if (host === null || !allowed.includes(host)) {
    throw new ForbiddenException(msg`Refused: the request comes from another origin (${origin}).`);
  }
}

/** Whether the request comes from a browser page (which holds its session in the HttpOnly cookie). */
export function fromBrowser(request: FastifyRequest): boolean {
  return request.headers['sec-fetch-site'] !== undefined;
}
