import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@curriculum-builder/curriculum';
import { Auth } from './auth';

/**
 * Only roles with this permission (the role table of libs/curriculum) enter the area; others go to
 * the login page (with a return address).
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    // Everything injected before the first await: inject() only works in the injection context.
    const auth = inject(Auth);
    const router = inject(Router);
    await auth.restore();
    if (auth.may(permission)) return true;
    return router.createUrlTree(['/login'], { queryParams: { returnTo: state.url } });
  };
}
