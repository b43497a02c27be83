import type { Permission } from '@curriculum-builder/curriculum';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Caller, CallerRequest } from '../caller';

export const PUBLIC_KEY = 'auth:public';
export const PERMISSION_KEY = 'auth:permission';

/** Anonymous callers may use this endpoint (a logged-in caller is still resolved). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only roles with this permission (`ROLE_TABLE` of libs/curriculum) may use this endpoint (403 for the others). */
export const Requires = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** The logged-in caller; `null` on a public endpoint called anonymously. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | null =>
    context.switchToHttp().getRequest<CallerRequest>().caller ?? null,
);
