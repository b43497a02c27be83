import { msg } from '@curriculum-builder/curriculum';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TooManyRequestsError } from '../../common/errors/domain.errors';
import { backoff, gaveUp, type JobHandlers, requestErrorOf } from './job-handlers';
import { finished, JobQueue, type JobRecord, type JobSubmission } from './jobs';

/** How long a refused job is told to wait before it asks again. */
export const RETRY_AFTER_SECONDS = 5;

export interface InProcessQueueOptions {
  /** Jobs run at once (`MAX_CONCURRENT_RENDERS`). */
  readonly concurrency: number;
  /** Jobs that may wait (`RENDER_QUEUE_LIMIT`); beyond, 429. */
  readonly queueLimit: number;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly retentionMs: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The queue of the single process (`npm start` on SQLite, no Redis): jobs wait in memory and run
 * here, at most `concurrency` at once, in order. They end with the process; a client asking for
 * one after a restart gets 404 and asks again.
 */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, Mutable<JobRecord> & { payload: unknown }>();
  private readonly waiting: string[] = [];
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private working = false;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: InProcessQueueOptions,
  ) {
    super();
  }

  async submit(submission: JobSubmission): Promise<JobRecord> {
    if (this.waiting.length >= this.options.queueLimit && this.running >= this.options.concurrency)
      throw new TooManyRequestsError(
        msg`The server is busy rendering other exports: try again in a moment.`,
        RETRY_AFTER_SECONDS,
      );
    const job = {
      id: randomUUID(),
      kind: submission.kind,
      owner: submission.owner,
      payload: submission.payload,
      state: 'queued' as const,
      progress: 0,
      attempts: 0,
      maxAttempts: this.options.attempts,
      createdAt: Date.now(),
    };
    this.jobs.set(job.id, job);
    this.waiting.push(job.id);
    this.pump();
    return this.view(job);
  }

  async get(id: string): Promise<JobRecord | null> {
    const job = this.jobs.get(id);
    return job === undefined ? null : this.view(job);
  }

  async waitFor(id: string, timeoutMs: number): Promise<JobRecord> {
    const job = this.jobs.get(id);
    if (job === undefined) throw new Error(`No job ${id}`);
    if (!finished(job)) {
      await new Promise<void>((done) => {
        const listeners = this.listeners.get(id) ?? new Set();
        this.listeners.set(id, listeners);
        const end = () => {
          clearTimeout(timer);
          listeners.delete(end);
          done();
        };
        const timer = setTimeout(end, timeoutMs);
        listeners.add(end);
      });
    }
    return this.view(job);
  }

  async failed(limit: number): Promise<JobRecord[]> {
    return [...this.jobs.values()]
      .filter((job) => job.state === 'failed')
      .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))
      .slice(0, limit)
      .map((job) => this.view(job));
  }

  async startWorking(): Promise<void> {
    this.working = true;
    this.pump();
  }

  async close(): Promise<void> {
    this.working = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private view(job: Mutable<JobRecord> & { payload: unknown }): JobRecord {
    const { payload: _payload, ...record } = job;
    return { ...record };
  }

  private pump(): void {
    while (this.working && this.running < this.options.concurrency && this.waiting.length > 0) {
      const job = this.jobs.get(this.waiting.shift() as string);
      if (job !== undefined) void this.execute(job);
    }
  }

  private async execute(job: Mutable<JobRecord> & { payload: unknown }): Promise<void> {
    this.running++;
    job.state = 'running';
    job.attempts++;
    job.startedAt ??= Date.now();
    try {
      job.result = await this.handlers.run(job.kind, job.payload, {
        id: job.id,
        attempt: job.attempts,
        progress: (percent) => (job.progress = Math.max(job.progress, Math.round(percent))),
      });
      job.state = 'done';
      job.progress = 100;
    } catch (error) {
      const requestError = requestErrorOf(error);
      if (requestError === null && job.attempts < job.maxAttempts) {
        this.logger.warn(
          `job ${job.id} (${job.kind}) try ${job.attempts} failed: ${describe(error)}`,
        );
        job.state = 'queued';
        job.reason = describe(error);
        this.later(backoff(this.options.backoffMs, job.attempts), () => {
          this.waiting.push(job.id);
          this.pump();
        });
        return;
      }
      if (requestError === null)
        this.logger.error(
          `job ${job.id} (${job.kind}) given up after ${job.attempts} tries: ${describe(error)}`,
        );
      job.state = 'failed';
      job.error = requestError ?? gaveUp(job.attempts);
      job.cause = error;
      job.reason = describe(error);
    } finally {
      this.running--;
      if (finished(job)) this.finish(job);
      this.pump();
    }
  }

  private finish(job: JobRecord): void {
    (job as Mutable<JobRecord>).finishedAt = Date.now();
    for (const listener of this.listeners.get(job.id) ?? []) listener();
    this.listeners.delete(job.id);
    this.later(this.options.retentionMs, () => this.jobs.delete(job.id));
  }

  /** A timer that does not keep the process alive and is cleared on close. */
  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
