import type { Job } from '@curriculum-builder/curriculum';

/** A job as `POST …/export/…` and `GET /api/v1/jobs/:id` answer it (queued unless overridden). */
export function jobFixture(overrides: Partial<Job> = {}): Job {
  return {
    id: 'j1',
    kind: 'curriculum-export',
    state: 'queued',
    progress: 0,
    attempts: 0,
    maxAttempts: 3,
    createdAt: '2026-03-12T10:00:00.000Z',
    ...overrides,
  };
}

/** A finished job whose file is `fileName` at `/api/v1/jobs/<id>/result`. */
export function doneJob(fileName: string, id = 'j1'): Job {
  return jobFixture({
    id,
    state: 'done',
    progress: 100,
    attempts: 1,
    startedAt: '2026-03-12T10:00:01.000Z',
    finishedAt: '2026-03-12T10:00:03.000Z',
    result: {
      fileName,
      contentType: 'application/pdf',
      bytes: 120_000,
      href: `/api/v1/jobs/${id}/result`,
    },
  });
}

/** A job given up with the answer the request would have had. */
export function failedJob(message: string, statusCode = 422, id = 'j1'): Job {
  return jobFixture({
    id,
    state: 'failed',
    progress: 30,
    attempts: 3,
    finishedAt: '2026-03-12T10:00:09.000Z',
    error: { statusCode, message },
  });
}

/** The `202 Accepted` of an export's POST: the job and where to follow it. */
export function accepted(job: Job) {
  return {
    status: 202,
    statusText: 'Accepted',
    headers: { Location: `/api/v1/jobs/${job.id}` },
  };
}

/** A link the page clicked to download a file. */
export interface ClickedDownload {
  readonly href: string | null;
  readonly download: string;
}

const follow = HTMLAnchorElement.prototype.click;

/**
 * Stands in for the browser's download: each link clicked is recorded (`href` and `download`)
 * instead of followed, until `stopRecordingDownloads()` (in the spec's `afterEach`).
 */
export function recordDownloads(): ClickedDownload[] {
  const clicked: ClickedDownload[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href'), download: this.download });
  };
  return clicked;
}

/** Links are followed again when clicked. */
export function stopRecordingDownloads(): void {
  HTMLAnchorElement.prototype.click = follow;
}
