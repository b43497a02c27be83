import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import type { Job, JobState } from '@curriculum-builder/curriculum';
import { EMPTY, Subscription, expand, map, switchMap, timer } from 'rxjs';
import { apiError } from '../api/api-error';

/** How long to wait between two looks at a job that is not finished (milliseconds). */
export const EXPORT_JOB_POLL_MS = new InjectionToken<number>('EXPORT_JOB_POLL_MS', {
  factory: () => 500,
});

/** Where an export is: not started, its `POST` on the way, then the job's own state. */
export type ExportJobState = 'idle' | 'starting' | JobState;

/** Why an export failed: the status of the answer (0: no connection) and the server's message. */
export interface ExportJobFailure {
  readonly status: number;
  readonly message: string;
}

/** The file of a finished job: where it is and the name it is saved as. */
export type ExportJobResult = NonNullable<Job['result']>;

const finished = (job: Job): boolean => job.state === 'done' || job.state === 'failed';

/**
 * One export rendered as a background job (ADR 0032): `start(url)` POSTs the export route (the
 * CSRF token goes along through the interceptor), follows `Location` (`GET /api/v1/jobs/:id`)
 * until the job is done or failed, and once done lets the browser download `result.href`.
 * Provided by the component that shows it: polling stops when that component is destroyed.
 */
@Injectable()
export class ExportJob {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly interval = inject(EXPORT_JOB_POLL_MS);
  private subscription: Subscription | undefined;

  private readonly current = signal<Job | null>(null);
  private readonly phase = signal<ExportJobState>('idle');
  private readonly problem = signal<ExportJobFailure | null>(null);

  /** The job as last seen (null before the `POST` answered). */
  readonly job = this.current.asReadonly();
  readonly state = this.phase.asReadonly();
  /** 0 to 100. */
  readonly progress = computed(() => Math.min(100, Math.max(0, this.current()?.progress ?? 0)));
  /** Once failed: why. */
  readonly failure = this.problem.asReadonly();
  /** Once done: the file. */
  readonly result = computed(() =>
    this.phase() === 'done' ? (this.current()?.result ?? null) : null,
  );
  /** Whether an export is under way (started, queued or running). */
  readonly busy = computed(() => {
    const state = this.phase();
    return state === 'starting' || state === 'queued' || state === 'running';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
  }

  /** Starts the export at `url` (the route `GET` downloads synchronously), forgetting any earlier one. */
  start(url: string): void {
    this.cancel();
    this.current.set(null);
    this.problem.set(null);
    this.phase.set('starting');
    this.subscription = this.http
      .post<Job>(url, {}, { observe: 'response' })
      .pipe(
        map((response) => {
          const job = response.body;
          if (job === null) throw new Error('The export was accepted without a job.');
          const at =
            response.headers.get('Location') ?? `/api/v1/jobs/${encodeURIComponent(job.id)}`;
          return { job, at };
        }),
        expand(({ job, at }) =>
          finished(job)
            ? EMPTY
            : timer(this.interval).pipe(
                switchMap(() => this.http.get<Job>(at)),
                map((next) => ({ job: next, at })),
              ),
        ),
      )
      .subscribe({
        next: ({ job }) => this.show(job),
        error: (error: unknown) => {
          const { status, message } = apiError(error);
          this.fail({ status, message });
        },
      });
  }

  /** Stops following the job (the server still finishes it); the state goes back to idle if busy. */
  stop(): void {
    this.cancel();
    if (this.busy()) this.phase.set('idle');
  }

  /** Forgets the job, finished or not (a different export is offered now): back to idle. */
  reset(): void {
    this.cancel();
    this.current.set(null);
    this.problem.set(null);
    this.phase.set('idle');
  }

  private cancel(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private show(job: Job): void {
    this.current.set(job);
    if (job.state === 'failed') {
      this.fail({ status: job.error?.statusCode ?? 500, message: job.error?.message ?? '' });
      return;
    }
    if (job.state === 'done') {
      if (job.result === undefined) {
        this.fail({ status: 500, message: '' });
        return;
      }
      this.phase.set('done');
      this.save(job.result);
      return;
    }
    this.phase.set(job.state);
  }

  private fail(failure: ExportJobFailure): void {
    this.problem.set(failure);
    this.phase.set('failed');
  }

  /** The browser downloads the file: a link to it with `download`, clicked once. */
  private save(result: ExportJobResult): void {
    const link = this.document.createElement('a');
    link.href = result.href;
    link.download = result.fileName;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
  }
}
