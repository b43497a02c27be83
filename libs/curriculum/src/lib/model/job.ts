import type { ErrorResponse } from './error-response';

/** Where a background job is (ADR 0032). */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/**
 * `GET /api/v1/jobs/:id`: an export or document rendered in the background. `POST …/export/<format>`
 * answers 202 with it and `Location: /api/v1/jobs/:id`; the file is at `result.href` once `done`.
 */
export interface Job {
  readonly id: string;
  /** `curriculum-export` or `mobility-document`. */
  readonly kind: string;
  readonly state: JobState;
  /** 0 to 100. */
  readonly progress: number;
  /** Tries begun so far, and at most (unexpected failures are tried again after a pause). */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  /** Once `done`: the file. */
  readonly result?: {
    readonly fileName: string;
    readonly contentType: string;
    readonly bytes: number;
    readonly href: string;
  };
  /** Once `failed`: the answer the request would have had (`{ statusCode, message, … }`). */
  readonly error?: ErrorResponse & Record<string, unknown>;
}

/** A job given up, as administrators see it (`GET /api/v1/jobs?state=failed`): with its cause. */
export interface FailedJob extends Job {
  /** The account that asked for it, if any. */
  readonly owner: string | null;
  /** The last unexpected failure's message. */
  readonly reason?: string;
}
