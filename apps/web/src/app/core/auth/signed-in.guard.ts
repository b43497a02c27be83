import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Auth } from './auth';

/** Any signed-in user enters (whatever the role); others go to the login page and come back. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  // Everything injected before the first await: inject() only works in the injection context.
  const auth = inject(Auth);
  const router = inject(Router);
  await auth.restore();
  if (auth.loggedIn()) return true;
  return router.createUrlTree(['/login'], { queryParams: { returnTo: state.url } });
};
