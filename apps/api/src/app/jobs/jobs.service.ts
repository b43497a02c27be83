import type { FailedJob, Job } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import {
  InvalidStateError,
  JobFailedError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import type { Download } from '../../infrastructure/web/cached-representations';
import { EXPORT_STORE, type ExportStore, type StoredFile } from './export-store';
import { JobQueue, type JobRecord } from './jobs';

/** The request waited `EXPORT_WAIT_MS` and the job is still going: answered 202 with it. */
export class JobPendingError extends Error {
  constructor(readonly job: JobRecord) {
    super(`Job ${job.id} is still ${job.state}`);
    this.name = 'JobPendingError';
  }
}

/**
 * Background jobs as the API offers them (ADR 0032): submitted for a caller (who alone sees them;
 * anonymous callers' jobs are seen by whoever holds the id), followed, and their files downloaded.
 */
@Injectable()
export class JobsService {
  constructor(
    private readonly queue: JobQueue,
    @Inject(EXPORT_STORE) private readonly store: ExportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(
    caller: Caller | null,
    kind: string,
    payload: unknown,
    requestId?: string,
  ): Promise<Job> {
    return view(await this.enqueue(caller, kind, payload, requestId));
  }

  /**
   * Submits the job and waits for its file (the synchronous `GET` routes); a failure is thrown as
   * the request's answer, and a job still going after `EXPORT_WAIT_MS` as `JobPendingError`.
   */
  async run(
    caller: Caller | null,
    kind: string,
    payload: unknown,
    requestId?: string,
  ): Promise<Download> {
    const submitted = await this.enqueue(caller, kind, payload, requestId);
    const job = await this.queue.waitFor(submitted.id, this.config.jobs.exportWaitMs);
    if (job.state === 'failed') throw failure(job);
    if (job.state !== 'done' || job.result === undefined) throw new JobPendingError(job);
    return this.file(job.result);
  }

  /** A stored file (a published export rendered before), or null. */
  async stored(key: string): Promise<Download | null> {
    const hit = await this.store.get(key);
    return hit === null ? null : downloadOf(hit.file, hit.body);
  }

  async get(caller: Caller | null, id: string): Promise<Job> {
    return view(await this.owned(caller, id));
  }

  async download(caller: Caller | null, id: string): Promise<Download> {
    const job = await this.owned(caller, id);
    if (job.state === 'failed') throw failure(job);
    if (job.state !== 'done' || job.result === undefined)
      throw new InvalidStateError(msg`The job is not done yet (${job.state}, ${job.progress}%).`);
    return this.file(job.result);
  }

  async failed(limit: number): Promise<FailedJob[]> {
    return (await this.queue.failed(limit)).map((job) => ({
      ...view(job),
      owner: job.owner,
      ...(job.reason === undefined ? {} : { reason: job.reason }),
    }));
  }

  private enqueue(
    caller: Caller | null,
    kind: string,
    payload: unknown,
    requestId: string | undefined,
  ): Promise<JobRecord> {
    return this.queue.submit({ kind, payload, owner: caller?.userId ?? null, requestId });
  }

  private async owned(caller: Caller | null, id: string): Promise<JobRecord> {
    const job = await this.queue.get(id);
    if (job === null || (job.owner !== null && job.owner !== caller?.userId))
      throw new NotFoundError(msg`Job`, id);
    return job;
  }

  private async file(result: StoredFile): Promise<Download> {
    const hit = await this.store.get(result.key);
    // Kept for JOB_RETENTION_S, like the job: gone only with it (or with the store's files).
    if (hit === null) throw new NotFoundError(msg`Job result`, result.key);
    return downloadOf(hit.file, hit.body);
  }
}

function downloadOf(file: StoredFile, body: Buffer): Download {
  return { body, etag: file.etag, contentType: file.contentType, filename: file.fileName };
}

/**
 * The error the job ended with, as the request's answer: the request's own error itself when it
 * happened in this process (its messages then follow the caller's language), else the stored one.
 */
function failure(job: JobRecord): unknown {
  const error = job.error ?? { statusCode: 500, message: 'Job failed' };
  return job.cause !== undefined && error.statusCode < 500 ? job.cause : new JobFailedError(error);
}

function iso(time: number | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** The job resource (`GET /api/v1/jobs/:id`). */
export function view(job: JobRecord): Job {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    progress: job.progress,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    createdAt: iso(job.createdAt) as string,
    ...(job.startedAt === undefined ? {} : { startedAt: iso(job.startedAt) }),
    ...(job.finishedAt === undefined ? {} : { finishedAt: iso(job.finishedAt) }),
    ...(job.result === undefined
      ? {}
      : {
          result: {
            fileName: job.result.fileName,
            contentType: job.result.contentType,
            bytes: job.result.bytes,
            href: `/api/v1/jobs/${job.id}/result`,
          },
        }),
    ...(job.error === undefined ? {} : { error: job.error }),
  };
}
