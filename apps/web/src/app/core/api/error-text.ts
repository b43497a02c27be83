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
