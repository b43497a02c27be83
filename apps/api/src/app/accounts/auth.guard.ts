import { may, rolesWith, type Permission, msg } from '@curriculum-builder/curriculum';
import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { SessionsService } from './sessions.service';
import type { Caller, CallerRequest } from '../../common/caller';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../common/decorators/auth.decorators';

export const SESSION_COOKIE = 'cb_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller of a request from `Authorization: Bearer …` or the session cookie, once: the
 * `onRequest` hook (create-app) does it before the body is read, the guard only when no hook ran.
 */
export async function resolveCaller(
  request: FastifyRequest & CallerRequest,
  sessions: SessionsService,
): Promise<Caller | undefined> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  // Only a string can be a token (cookie parsers may hand over JSON values, e.g. `j:[]`).
  const cookie = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  const token = bearer ?? (typeof cookie === 'string' ? cookie : undefined);
  if (token !== undefined) {
    request.caller = (await sessions.resolve(token, bearer ? 'bearer' : 'cookie')) ?? undefined;
  }
  request.callerResolved = true;
  return request.caller;
}

/** Compares a secret sent by a client with the stored one in constant time. */
function sameSecret(sent: string | string[] | undefined, stored: string): boolean {
  if (typeof sent !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(stored));
}

/**
 * Runs before every endpoint: resolves the caller from `Authorization: Bearer …` or the session
 * cookie, requires a login unless the endpoint is @Public(), checks the CSRF token of
 * cookie-authenticated writes, and the permission of @Requires() (by the role table).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & CallerRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );

    if (!request.callerResolved) await resolveCaller(request, this.sessions);
    const caller = request.caller;
    if (caller === undefined) {
      if (isPublic) return true;
      throw new UnauthorizedException(
        msg`Log in first (session cookie or Authorization: Bearer <token>).`,
      );
    }
    // Login is the only public write; everything else that writes with a cookie needs the token.
    if (caller.via === 'cookie' && !isPublic && !SAFE_METHODS.has(request.method)) {
      if (!sameSecret(request.headers[CSRF_HEADER], caller.csrfToken)) {
        throw new ForbiddenException(
          msg`Missing or wrong ${CSRF_HEADER} header for a cookie-authenticated write.`,
        );
      }
    }
    if (permission !== undefined && !may(caller.role, permission)) {
      throw new ForbiddenException(
        msg`This needs the role ${rolesWith(permission).join(' or ')}; you are ${caller.role}.`,
      );
    }
    return true;
  }
}
