import type { ErrorResponse } from '@curriculum-builder/curriculum';
import type { StoredFile } from './export-store';

/** Where a job is: waiting (also between tries), being run, finished with a file, or given up. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** Why a job failed, as the API would have answered the request (`{ statusCode, message, … }`). */
export type JobError = ErrorResponse & Record<string, unknown>;

/** A job as the queue knows it. */
export interface JobRecord {
  readonly id: string;
  /** What it does (`curriculum-export`, `mobility-document`). */
  readonly kind: string;
  /** The account that asked for it (only it sees the job), or null: anyone holding the id. */
  readonly owner: string | null;
  readonly state: JobState;
  /** 0 to 100. */
  readonly progress: number;
  /** Tries begun so far, and at most. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly createdAt: number;
  readonly startedAt?: number;
  readonly finishedAt?: number;
  readonly result?: StoredFile;
  readonly error?: JobError;
  /** The error itself when it happened in this process (kept for the answer's language). */
  readonly cause?: unknown;
  /** The last unexpected failure's message, for administrators (never shown to the owner). */
  readonly reason?: string;
}

/** What to run: a handler's kind and its input (JSON), who asked, and the request that asked. */
export interface JobSubmission {
  readonly kind: string;
  readonly payload: unknown;
  readonly owner: string | null;
  readonly requestId?: string;
}

/** What a handler is told while it runs. */
export interface JobContext {
  readonly id: string;
  /** 1 for the first try. */
  readonly attempt: number;
  /** Reports how far it is (0 to 100); never waits. */
  progress(percent: number): void;
}

/** Runs one kind of job: renders and stores a file, and names it. */
export type JobHandler = (payload: never, context: JobContext) => Promise<StoredFile>;

/**
 * The queue jobs wait in (ADR 0032): BullMQ on Redis when `REDIS_URL` is set (any API instance
 * submits, any worker runs), else this process's own. Both try a job `JOB_ATTEMPTS` times with
 * doubling back-off when it fails unexpectedly, and give up at once when the failure is the
 * request's (a 4xx: a malformed curriculum, an incomplete ELM), keeping the error.
 */
export abstract class JobQueue {
  /** Queues the job; 429 when `RENDER_QUEUE_LIMIT` jobs are waiting already. */
  abstract submit(submission: JobSubmission): Promise<JobRecord>;
  abstract get(id: string): Promise<JobRecord | null>;
  /** The job once finished, or as it is when `timeoutMs` has passed. */
  abstract waitFor(id: string, timeoutMs: number): Promise<JobRecord>;
  /** Jobs given up (the dead letters), the latest first. */
  abstract failed(limit: number): Promise<JobRecord[]>;
  /** Starts running jobs in this process (API with `JOBS_IN_PROCESS`, or the worker). */
  abstract startWorking(): Promise<void>;
  abstract close(): Promise<void>;
}

export function finished(job: JobRecord): boolean {
  return job.state === 'done' || job.state === 'failed';
}
