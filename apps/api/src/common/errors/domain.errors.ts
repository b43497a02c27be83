import type { FieldError } from '@curriculum-builder/curriculum';

/** The resource does not exist, or the caller may not see it (answered 404 either way). */
export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** A write was based on a version that is no longer current (409 with the current state). */
export class VersionConflictError extends Error {
  constructor(
    readonly resource: string,
    readonly current: unknown,
  ) {
    super(`The ${resource} was changed by someone else; reload it and apply your change again.`);
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

/** Input that is well-formed but refers to things that do not exist or do not fit (400). */
export class InvalidInputError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}

/** An import that cannot be taken (422), with every problem found; nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly problems: FieldError[]) {
    super(`The import cannot be taken: ${problems.length} problem(s).`);
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
    const shown = problems.slice(0, 3).map((p) => `${p.path || resource} ${p.message}`);
    const more =
      problems.length > shown.length ? ` and ${problems.length - shown.length} more` : '';
    super(`The stored ${resource} is malformed: ${shown.join('; ')}${more}.`);
    this.name = 'MalformedContentError';
  }
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
