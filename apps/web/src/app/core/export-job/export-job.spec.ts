import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Job } from '@curriculum-builder/curriculum';
import { Auth } from '../auth/auth';
import { authInterceptor } from '../auth/auth.interceptor';
import { ExportJob } from './export-job';
import {
  ClickedDownload,
  accepted,
  doneJob,
  failedJob,
  jobFixture,
  recordDownloads,
  stopRecordingDownloads,
} from './testing/job-fixtures';

const URL = '/api/v1/curricula/c1/export/pdf?lang=de';

const DONE = doneJob('ZM-CNC-2018-de.pdf');

describe('ExportJob', () => {
  let http: HttpTestingController;
  let injector: EnvironmentInjector;
  let job: ExportJob;
  let clicked: ClickedDownload[];

  /** Answers the export's POST with 202, the job and its Location. */
  function accept(answer: Job = jobFixture()): void {
    const post = http.expectOne({ method: 'POST', url: URL });
    expect(post.request.headers.get('X-CSRF-Token')).toBe('csrf-1');
    post.flush(answer, accepted(answer));
  }

  /** Lets the poll interval pass and answers the one look at the job. */
  function poll(answer: Job): void {
    jest.advanceTimersByTime(500);
    http.expectOne({ method: 'GET', url: `/api/v1/jobs/${answer.id}` }).flush(answer);
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    // Signed in: the POST carries the session's CSRF token like every other write.
    const login = TestBed.inject(Auth).login('ana@school.example', 'passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: 'u-ana',
        email: 'ana@school.example',
        role: 'author',
        institutionId: 'school-1',
        displayName: 'Ana Author',
      },
      csrfToken: 'csrf-1',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
    // Provided by a component in the app: an injector of its own that is destroyed with it.
    injector = createEnvironmentInjector([ExportJob], TestBed.inject(EnvironmentInjector));
    job = injector.get(ExportJob);
    clicked = recordDownloads();
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
    stopRecordingDownloads();
    http.verify();
  });

  it('posts the export, polls the job until done and downloads result.href', () => {
    expect(job.state()).toBe('idle');
    job.start(URL);
    expect(job.state()).toBe('starting');
    expect(job.busy()).toBe(true);
    accept();
    expect(job.state()).toBe('queued');
    // Nothing more before the interval has passed.
    jest.advanceTimersByTime(499);
    http.expectNone('/api/v1/jobs/j1');

    poll(jobFixture({ state: 'running', progress: 40, attempts: 1 }));
    expect(job.state()).toBe('running');
    expect(job.progress()).toBe(40);
    expect(clicked).toEqual([]);

    poll(DONE);
    expect(job.state()).toBe('done');
    expect(job.busy()).toBe(false);
    expect(job.result()?.href).toBe('/api/v1/jobs/j1/result');
    expect(clicked).toEqual([{ href: '/api/v1/jobs/j1/result', download: 'ZM-CNC-2018-de.pdf' }]);
    // Done: no more looks at the job, and the link was only clicked, not left in the page.
    jest.advanceTimersByTime(5_000);
    http.expectNone('/api/v1/jobs/j1');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('downloads at once when the POST answers a job that is already done', () => {
    job.start(URL);
    accept(DONE);
    expect(job.state()).toBe('done');
    expect(clicked).toEqual([{ href: '/api/v1/jobs/j1/result', download: 'ZM-CNC-2018-de.pdf' }]);
  });

  it("exposes a failed job's error message and downloads nothing", () => {
    job.start(URL);
    accept();
    poll(failedJob('Unit ZM-03 has no learning outcomes.'));
    expect(job.state()).toBe('failed');
    expect(job.busy()).toBe(false);
    expect(job.failure()).toEqual({
      status: 422,
      message: 'Unit ZM-03 has no learning outcomes.',
    });
    expect(job.result()).toBeNull();
    expect(clicked).toEqual([]);
    jest.advanceTimersByTime(5_000);
    http.expectNone('/api/v1/jobs/j1');
  });

  it('fails with the answer of a refused POST, and starts afresh when tried again', () => {
    job.start(URL);
    http
      .expectOne({ method: 'POST', url: URL })
      .flush(
        { statusCode: 429, message: 'Too many exports; try again in a minute.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    expect(job.state()).toBe('failed');
    expect(job.failure()).toEqual({
      status: 429,
      message: 'Too many exports; try again in a minute.',
    });

    job.start(URL);
    expect(job.state()).toBe('starting');
    expect(job.failure()).toBeNull();
    accept(DONE);
    expect(job.state()).toBe('done');
    expect(clicked).toHaveLength(1);
  });

  it('stops polling when its component is destroyed, cancelling the look under way', () => {
    job.start(URL);
    accept();
    jest.advanceTimersByTime(500);
    const pending = http.expectOne('/api/v1/jobs/j1');
    injector.destroy();
    expect(pending.cancelled).toBe(true);
    jest.advanceTimersByTime(5_000);
    http.expectNone('/api/v1/jobs/j1');
    expect(clicked).toEqual([]);
  });

  it('stops polling when destroyed between two looks', () => {
    job.start(URL);
    accept();
    poll(jobFixture({ state: 'running', progress: 10 }));
    injector.destroy();
    jest.advanceTimersByTime(5_000);
    http.expectNone('/api/v1/jobs/j1');
    expect(job.state()).toBe('running');
  });

  it('stop() ends the polling and returns to idle', () => {
    job.start(URL);
    accept();
    job.stop();
    expect(job.state()).toBe('idle');
    jest.advanceTimersByTime(5_000);
    http.expectNone('/api/v1/jobs/j1');
  });

  it('reset() forgets a finished job and its file', () => {
    job.start(URL);
    accept(DONE);
    expect(job.result()).not.toBeNull();
    job.reset();
    expect(job.state()).toBe('idle');
    expect(job.job()).toBeNull();
    expect(job.result()).toBeNull();
    expect(job.failure()).toBeNull();
  });
});
