import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { Auth } from './auth';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sends the CSRF token with every write and forgets the user when the server ends the session. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(Auth);
  const token = auth.csrfToken;
  const withToken =
    token !== null && !SAFE.has(request.method)
      ? request.clone({ setHeaders: { 'X-CSRF-Token': token } })
      : request;
  return next(withToken).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !request.url.endsWith('/auth/session') &&
        !request.url.endsWith('/auth/login')
      ) {
        auth.clear();
      }
      return throwError(() => error);
    }),
  );
};
