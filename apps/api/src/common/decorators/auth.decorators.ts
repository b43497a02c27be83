import type { Role } from '@curriculum-builder/curriculum';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Caller, CallerRequest } from '../caller';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** Anonymous callers may use this endpoint (a logged-in caller is still resolved). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may use this endpoint (403 for the others). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The logged-in caller; `null` on a public endpoint called anonymously. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | null =>
    context.switchToHttp().getRequest<CallerRequest>().caller ?? null,
);
