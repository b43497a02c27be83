import { PASSWORD_MIN_LENGTH, type FieldError } from '@curriculum-builder/curriculum';
import { apiError } from '../core/api/api-error';
import { sentErrorKey } from '../core/api/error-text';
import { retryAfterSeconds, retryAfterText } from '../core/api/retry-after';

/** A sentence to show: a message key and its parameters, translated when it is shown. */
export interface Problem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The fields of the password forms (`repeat` never leaves the browser; `token` is the link's). */
export type PasswordField = 'currentPassword' | 'newPassword' | 'repeat' | 'token';
export type PasswordProblems = Partial<Record<PasswordField, Problem>>;

const FIELDS: readonly string[] = ['currentPassword', 'newPassword', 'repeat', 'token'];

/** What a failed request means for the form: sentences at fields, and one for the whole form. */
export interface PasswordFailure {
  readonly fields: PasswordProblems;
  readonly form: Problem | null;
}

/** The checks the browser makes before sending: the contract's minimum length and the repetition. */
export function newPasswordProblems(newPassword: string, repeat: string): PasswordProblems {
  const problems: PasswordProblems = {};
  if (newPassword.length < PASSWORD_MIN_LENGTH) {
    problems.newPassword = { key: 'account.problem.short', params: { min: PASSWORD_MIN_LENGTH } };
  }
  if (repeat !== newPassword) problems.repeat = { key: 'account.problem.differ', params: {} };
  return problems;
}

/**
 * The server's reason at a field in the interface language: the policy's known reasons by their
 * words, anything else as the server wrote it.
 */
export function serverProblem(error: FieldError): Problem {
  if (error.path === 'currentPassword') return { key: 'account.problem.currentWrong', params: {} };
  if (error.path === 'token') return { key: 'account.reset.expired', params: {} };
  const message = error.message;
  if (/guess/i.test(message)) return { key: 'account.problem.guessable', params: {} };
  if (/breach|leak|pwned|compromised/i.test(message)) {
    return { key: 'account.problem.breached', params: {} };
  }
  if (/at least|too short|characters/i.test(message)) {
    return { key: 'account.problem.short', params: { min: PASSWORD_MIN_LENGTH } };
  }
  return { key: 'account.problem.other', params: { message } };
}

/** A failed password request: 400 at its fields, 429 with the time to wait, else one sentence. */
export function passwordFailure(error: unknown): PasswordFailure {
  const failure = apiError(error);
  if (failure.status === 429) {
    const seconds = retryAfterSeconds(error);
    return {
      fields: {},
      form: seconds === null ? { key: 'error.tooMany', params: {} } : retryAfterText(seconds),
    };
  }
  const fields: PasswordProblems = {};
  const others: string[] = [];
  if (failure.status === 400) {
    for (const fieldError of failure.errors) {
      const path = fieldError.path as PasswordField;
      if (!FIELDS.includes(path)) others.push(fieldError.message);
      else fields[path] ??= serverProblem(fieldError);
    }
  }
  if (Object.keys(fields).length > 0 && others.length === 0) return { fields, form: null };
  const message = others.length > 0 ? others.join('; ') : failure.message;
  return { fields, form: { key: sentErrorKey(failure.status), params: { message } } };
}
