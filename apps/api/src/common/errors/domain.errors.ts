import {
  msg,
  type ErrorResponse,
  type FieldError,
  type Finding,
} from '@curriculum-builder/curriculum';

/** The resource does not exist, or the caller may not see it (answered 404 either way). */
export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(msg`${resource} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** A write was based on a version that is no longer current (409 with the current state). */
export class VersionConflictError extends Error {
  constructor(
    readonly resource: string,
    readonly current: unknown,
  ) {
    super(msg`The ${resource} was changed by someone else; reload it and apply your change again.`);
    this.name = 'VersionConflictError';
  }
}

/** The caller may see the resource but not do this to it (403), e.g. a reviewer editing a unit. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The request is well-formed but not allowed in the resource's current state (409). */
export class InvalidStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStateError';
  }
}

/** A curriculum the ECVET rules find errors in cannot go to review or be published (409). */
export class RuleErrorsError extends InvalidStateError {
  constructor(
    readonly action: 'submit' | 'publish',
    readonly findings: readonly Finding[],
  ) {
    super(ruleErrorsText(action, findings));
    this.name = 'RuleErrorsError';
  }
}

/**
 * How many rule errors stop `action`, the first five with their paths; the findings' messages in
 * `language` (the engine writes all five), the sentence through `translate` (English by default).
 */
export function ruleErrorsText(
  action: 'submit' | 'publish',
  findings: readonly Finding[],
  language = 'en',
  translate: (text: string) => string = (text) => text,
): string {
  const count = findings.length;
  const first = findings
    .slice(0, 5)
    .map((f) => `${f.path || 'curriculum'}: ${f.messages[language] ?? f.message}`)
    .join('; ');
  return translate(
    action === 'submit'
      ? msg`The curriculum has ${count} rule error(s) and cannot go to review yet: ${first}`
      : msg`The curriculum has ${count} rule error(s) and cannot be published yet: ${first}`,
  );
}

/** Input that is well-formed but refers to things that do not exist or do not fit (400). */
export class InvalidInputError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(fieldErrorsText(errors));
    this.name = 'InvalidInputError';
  }
}

/** Field errors as one sentence: `units[2].ecvetPoints: must be …; code: …`. */
export function fieldErrorsText(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}

/** An import that cannot be taken (422), with every problem found; nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly problems: FieldError[]) {
    super(msg`The import cannot be taken: ${problems.length} problem(s).`);
    this.name = 'ImportRejectedError';
  }
}

/**
 * Stored content that does not have the shape of the model (422 with every malformed field), e.g.
 * rows written around the API's validation: nothing is rendered from it. Correcting the fields
 * through the API makes it usable again.
 */
export class MalformedContentError extends Error {
  constructor(
    readonly resource: string,
    readonly problems: FieldError[],
  ) {
    super(malformedText(resource, problems));
    this.name = 'MalformedContentError';
  }
}

/**
 * What is malformed, the first three problems named; `translate` writes each message (and the
 * sentence) in the caller's language, English by default.
 */
export function malformedText(
  resource: string,
  problems: readonly FieldError[],
  translate: (text: string) => string = (text) => text,
): string {
  const shown = problems
    .slice(0, 3)
    .map((p) => `${p.path || translate(resource)} ${translate(p.message)}`)
    .join('; ');
  const more = problems.length - Math.min(problems.length, 3);
  return translate(
    more > 0
      ? msg`The stored ${resource} is malformed: ${shown} and ${more} more.`
      : msg`The stored ${resource} is malformed: ${shown}.`,
  );
}

/** Too many attempts: 429 with `Retry-After` (whole seconds) and `retryAfterSeconds` in the body. */
export class TooManyRequestsError extends Error {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = 'TooManyRequestsError';
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/**
 * A background job failed in another process (ADR 0032): its error as the API answers it
 * (`{ statusCode, message, errors?, problems? }`), answered as it is by the request that waited.
 */
export class JobFailedError extends Error {
  constructor(readonly body: ErrorResponse & Record<string, unknown>) {
    super(body.message);
    this.name = 'JobFailedError';
  }
}

/** The job queue (Redis) cannot be reached: 503 with Retry-After; nothing was queued. */
export class QueueUnavailableError extends Error {
  readonly retryAfterSeconds = 5;

  constructor() {
    super(
      msg`Exports cannot be prepared right now: the job queue cannot be reached. Try again in a moment.`,
    );
    this.name = 'QueueUnavailableError';
  }
}
