import { msg } from '@curriculum-builder/curriculum';
import { Logger } from '@nestjs/common';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { QueueUnavailableError, TooManyRequestsError } from '../../common/errors/domain.errors';
import { closeRedis } from '../../infrastructure/shared-state/redis';
import type { StoredFile } from './export-store';
import { RETRY_AFTER_SECONDS } from './in-process-job-queue';
import { gaveUp, type JobHandlers, requestErrorOf } from './job-handlers';
import {
  finished,
  JobQueue,
  type JobError,
  type JobRecord,
  type JobState,
  type JobSubmission,
} from './jobs';

/** How long a request waits for the queue's answer before it is told the queue is away. */
const QUEUE_TIMEOUT_MS = 2_000;
/** How long closing waits for running jobs to end (SIGTERM), then drops the connections. */
const CLOSE_TIMEOUT_MS = 120_000;

/**
 * Redis out of reach (BullMQ waits for a connection that does not come, or a command fails): 503
 * with Retry-After after at most `QUEUE_TIMEOUT_MS`, instead of a request held or a bare 500.
 */
async function reachable<T>(command: Promise<T>, ms = QUEUE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new QueueUnavailableError()), ms);
  });
  try {
    return await Promise.race([command, late]);
  } catch {
    throw new QueueUnavailableError();
  } finally {
    clearTimeout(timer);
  }
}

export interface BullQueueOptions {
  readonly url: string;
  /** `REDIS_KEY_PREFIX`: the queue's keys start with `<prefix>bull:`. */
  readonly keyPrefix: string;
  readonly concurrency: number;
  readonly queueLimit: number;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly lockMs: number;
  readonly retentionSeconds: number;
}

interface JobData {
  readonly payload: unknown;
  readonly owner: string | null;
  readonly requestId?: string;
}

/** A failure that was the request's own travels as this prefix and the answer's JSON. */
const REQUEST_ERROR = 'request-error:';
const QUEUE = 'jobs';

const STATES: Record<string, JobState> = {
  waiting: 'queued',
  prioritized: 'queued',
  delayed: 'queued',
  'waiting-children': 'queued',
  active: 'running',
  completed: 'done',
  failed: 'failed',
};

/**
 * Jobs in BullMQ on Redis (ADR 0032): every API instance submits, every worker (the API with
 * `JOBS_IN_PROCESS`, `node dist/apps/api/worker.js`) takes them. A worker holds a job under a lock
 * it renews; when it dies the lock runs out after `JOB_LOCK_MS` and another worker runs the job
 * again from the start (its file is written under the job's key, whole or not at all, so a re-run
 * replaces rather than adds). Unexpected failures are retried with doubling back-off; the last one
 * leaves the job failed (the dead letters, kept a week) with its reason.
 */
export class BullJobQueue extends JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly connections: Redis[] = [];
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly waiters = new Map<string, Set<() => void>>();
  private worker: Worker | undefined;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: BullQueueOptions,
  ) {
    super();
    const prefix = `${options.keyPrefix}bull`;
    // Submitting fails fast while Redis is away; the worker's and the events' connections wait.
    this.queue = new Queue(QUEUE, {
      connection: this.connect('jobs', { maxRetriesPerRequest: 1 }),
      prefix,
      defaultJobOptions: {
        attempts: options.attempts,
        backoff: { type: 'exponential', delay: options.backoffMs },
        removeOnComplete: { age: options.retentionSeconds },
        removeOnFail: { age: 7 * 86_400, count: 10_000 },
      },
    });
    this.events = new QueueEvents(QUEUE, {
      connection: this.connect('job-events', { maxRetriesPerRequest: null }),
      prefix,
    });
    const wake = ({ jobId }: { jobId: string }) => {
      for (const waiter of this.waiters.get(jobId) ?? []) waiter();
    };
    this.events.on('completed', wake);
    this.events.on('failed', wake);
    // Connection errors are logged once per outage by the connections themselves (`connect`).
    this.queue.on('error', () => undefined);
    this.events.on('error', () => undefined);
  }

  async submit(submission: JobSubmission): Promise<JobRecord> {
    if ((await reachable(this.queue.getWaitingCount())) >= this.options.queueLimit)
      throw new TooManyRequestsError(
        msg`The server is busy rendering other exports: try again in a moment.`,
        RETRY_AFTER_SECONDS,
      );
    const data: JobData = {
      payload: submission.payload,
      owner: submission.owner,
      requestId: submission.requestId,
    };
    const job = await reachable(this.queue.add(submission.kind, data, { jobId: randomUUID() }));
    return this.record(job, 'queued');
  }

  async get(id: string): Promise<JobRecord | null> {
    // The state first: a job read after it is never further than its state says.
    const state = STATES[await reachable(this.queue.getJobState(id))];
    const job =
      state === undefined
        ? undefined
        : await reachable(Job.fromId<JobData, StoredFile>(this.queue, id));
    return job === undefined || state === undefined ? null : this.record(job, state);
  }

  async waitFor(id: string, timeoutMs: number): Promise<JobRecord> {
    let current = await this.get(id);
    if (current === null) throw new Error(`No job ${id}`);
    const deadline = Date.now() + timeoutMs;
    while (!finished(current) && Date.now() < deadline) {
      // Woken by the job's end (or a failed try), else every second in case an event was missed.
      await new Promise<void>((done) => {
        const waiters = this.waiters.get(id) ?? new Set();
        this.waiters.set(id, waiters);
        const end = () => {
          clearTimeout(timer);
          waiters.delete(end);
          if (waiters.size === 0) this.waiters.delete(id);
          done();
        };
        const timer = setTimeout(end, Math.min(1000, Math.max(0, deadline - Date.now())));
        waiters.add(end);
      });
      current = (await this.get(id)) ?? current;
    }
    return current;
  }

  async failed(limit: number): Promise<JobRecord[]> {
    const jobs = (await this.queue.getFailed(0, limit - 1)) as Job<JobData, StoredFile>[];
    return jobs.map((job) => this.record(job, 'failed'));
  }

  async startWorking(): Promise<void> {
    this.worker = new Worker<JobData, StoredFile>(QUEUE, (job) => this.run(job), {
      connection: this.connect('job-worker', { maxRetriesPerRequest: null }),
      prefix: `${this.options.keyPrefix}bull`,
      concurrency: this.options.concurrency,
      lockDuration: this.options.lockMs,
      stalledInterval: this.options.lockMs,
      // A job whose worker died is run again as often as a failing one is tried.
      maxStalledCount: this.options.attempts,
    });
    this.worker.on('error', () => undefined);
    this.worker.on('failed', (job, error) => {
      if (job === undefined || error.message.startsWith(REQUEST_ERROR)) return;
      const last = job.attemptsMade >= this.options.attempts;
      const line = `job ${job.id} (${job.name}${job.data.requestId ? `, request ${job.data.requestId}` : ''}) try ${job.attemptsMade} failed${last ? ', given up' : ''}: ${error.message}`;
      if (last) this.logger.error(line);
      else this.logger.warn(line);
    });
    // Not awaited: without Redis the process starts all the same (not ready, ADR 0031), and the
    // worker takes jobs once Redis answers.
    this.worker.waitUntilReady().catch(() => undefined);
  }

  /**
   * Stops taking jobs and waits for the running ones to end (graceful shutdown); a job still
   * running when the process is killed is taken by another worker once its lock runs out.
   */
  async close(): Promise<void> {
    // Without Redis, BullMQ's own closing waits for a connection: the connections go regardless.
    const closing = [this.worker?.close(), this.events.close(), this.queue.close()];
    const up = this.connections.every((connection) => connection.status === 'ready');
    await reachable(Promise.all(closing), up ? CLOSE_TIMEOUT_MS : 1_000).catch(() => undefined);
    await Promise.all(this.connections.map((connection) => closeRedis(connection)));
  }

  private async run(job: Job<JobData, StoredFile>): Promise<StoredFile> {
    let reported = 0;
    const started = Date.now();
    try {
      const file = await this.handlers.run(job.name, job.data.payload, {
        id: job.id as string,
        attempt: job.attemptsStarted,
        progress: (percent) => {
          // Every 5 points at most: a Redis write each, never awaited.
          if (percent - reported < 5 && percent < 100) return;
          reported = Math.round(percent);
          job.updateProgress(reported).catch(() => undefined);
        },
      });
      this.logger.log(
        `job ${job.id} (${job.name}${job.data.requestId ? `, request ${job.data.requestId}` : ''}) done in ${Date.now() - started} ms`,
      );
      return file;
    } catch (error) {
      const requestError = requestErrorOf(error);
      if (requestError !== null)
        throw new UnrecoverableError(`${REQUEST_ERROR}${JSON.stringify(requestError)}`);
      throw error;
    }
  }

  private record(job: Job<JobData, StoredFile>, state: JobState): JobRecord {
    const reason = job.failedReason;
    let error: JobError | undefined;
    if (state === 'failed')
      error = reason?.startsWith(REQUEST_ERROR)
        ? (JSON.parse(reason.slice(REQUEST_ERROR.length)) as JobError)
        : gaveUp(job.attemptsMade);
    return {
      id: job.id as string,
      kind: job.name,
      owner: job.data.owner,
      state,
      progress: state === 'done' ? 100 : typeof job.progress === 'number' ? job.progress : 0,
      attempts: Math.max(job.attemptsStarted ?? 0, job.attemptsMade),
      maxAttempts: job.opts.attempts ?? this.options.attempts,
      createdAt: job.timestamp,
      ...(job.processedOn ? { startedAt: job.processedOn } : {}),
      ...(job.finishedOn && (state === 'done' || state === 'failed')
        ? { finishedAt: job.finishedOn }
        : {}),
      ...(state === 'done' && job.returnvalue ? { result: job.returnvalue } : {}),
      ...(error === undefined ? {} : { error }),
      ...(reason && !reason.startsWith(REQUEST_ERROR) ? { reason } : {}),
    };
  }

  private connect(name: string, options: { maxRetriesPerRequest: number | null }): Redis {
    const connection = new Redis(this.options.url, {
      connectionName: `curriculum-builder:${name}`,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 1_000),
      ...options,
    });
    // Once per outage, not once per reconnection attempt; readiness reports Redis itself.
    let reported = false;
    connection.on('error', (error: Error) => {
      if (!reported) this.logger.error(`${name}: ${error.message}`);
      reported = true;
    });
    connection.on('ready', () => {
      if (reported) this.logger.log(`${name}: connected again`);
      reported = false;
    });
    this.connections.push(connection);
    return connection;
  }
}
