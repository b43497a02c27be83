import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@curriculum-builder/curriculum';
import { Auth } from './auth';

/** Only these roles enter the area; others go to the login page (with a return address). */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(Auth);
    await auth.restore();
    if (auth.hasRole(...roles)) return true;
    return inject(Router).createUrlTree(['/login'], { queryParams: { returnTo: state.url } });
  };
}
