import { apiError } from './api-error';

/**
 * The message key (in the core messages) that tells a person what a failed request means for them,
 * by its status; the server's own text goes into `{message}` where it adds something.
 */
export function errorKey(status: number): string {
  if (status === 0) return 'error.offline';
  if (status === 401) return 'error.session';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.gone';
  if (status === 409) return 'error.conflict';
  if (status === 413) return 'error.tooLarge';
  if (status === 429) return 'error.tooMany';
  if (status >= 500) return 'error.server';
  return 'error.refused';
}

/** A failed request as a sentence in the interface language (`t` is `I18n.t`). */
export function errorText(
  t: (key: string, params?: Readonly<Record<string, string | number>>) => string,
  error: unknown,
): string {
  const failure = apiError(error);
  return t(errorKey(failure.status), { message: failure.message });
}

/**
 * Like `errorKey`, for a form sent once and not kept in the browser (a password, an account's
 * state): offline or after the session ended, nothing was done and nothing waits to be saved.
 */
export function sentErrorKey(status: number): string {
  if (status === 0) return 'error.notSent';
  if (status === 401) return 'error.sessionNotSent';
  return errorKey(status);
}

/** A failed one-off request as a sentence in the interface language (`t` is `I18n.t`). */
export function sentErrorText(
  t: (key: string, params?: Readonly<Record<string, string | number>>) => string,
  error: unknown,
): string {
  const failure = apiError(error);
  return t(sentErrorKey(failure.status), { message: failure.message });
}
