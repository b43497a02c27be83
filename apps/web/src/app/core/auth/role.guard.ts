import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@curriculum-builder/curriculum';
import { Auth } from './auth';

/** Only these roles enter the area; others go to the login page (with a return address). */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    // Everything injected before the first await: inject() only works in the injection context.
    const auth = inject(Auth);
    const router = inject(Router);
    await auth.restore();
    if (auth.hasRole(...roles)) return true;
    return router.createUrlTree(['/login'], { queryParams: { returnTo: state.url } });
  };
}
