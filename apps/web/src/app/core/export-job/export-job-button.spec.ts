import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n';
import { EXPORT_JOB_POLL_MS } from './export-job';
import { ExportJobButton } from './export-job-button';
import {
  accepted,
  doneJob,
  failedJob,
  jobFixture,
  recordDownloads,
  stopRecordingDownloads,
} from './testing/job-fixtures';

const URL = '/api/v1/mous/mou1/export/pdf?lang=lt';

describe('ExportJobButton', () => {
  let fixture: ComponentFixture<ExportJobButton>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let clicked: ReturnType<typeof recordDownloads>;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const start = () => page.querySelector<HTMLButtonElement>('button.start');
  const status = () => page.querySelector('[aria-live="polite"]');
  const progress = () => page.querySelector('progress');
  const retry = () => page.querySelector<HTMLButtonElement>('button.retry');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ExportJobButton],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // The next look at the job in the next task.
        { provide: EXPORT_JOB_POLL_MS, useValue: 0 },
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
    clicked = recordDownloads();
    fixture = TestBed.createComponent(ExportJobButton);
    fixture.componentRef.setInput('url', URL);
    fixture.componentRef.setInput('label', 'Lietuvių');
    fixture.componentRef.setInput('labelLanguage', 'lt');
    fixture.componentRef.setInput('file', 'The MoU as PDF (Lietuvių)');
    page = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => {
    stopRecordingDownloads();
    http.verify();
  });

  it('is a button named by its label, with an empty polite status before it is used', () => {
    expect(text(start())).toBe('Lietuvių');
    expect(start()?.getAttribute('type')).toBe('button');
    expect(start()?.getAttribute('lang')).toBe('lt');
    expect(start()?.hasAttribute('aria-disabled')).toBe(false);
    expect(text(status())).toBe('');
    expect(progress()).toBeNull();
    expect(page.querySelector('a')).toBeNull();
  });

  it('shows the progress of the job in a labelled <progress> and in words, then downloads', async () => {
    start()?.click();
    await settle();
    http.expectOne({ method: 'POST', url: URL }).flush(jobFixture(), accepted(jobFixture()));
    await settle();
    // Queued: a progress without a value (indeterminate), and the status says so.
    expect(progress()?.hasAttribute('value')).toBe(false);
    expect(progress()?.getAttribute('aria-label')).toBe('Preparing The MoU as PDF (Lietuvių)');
    expect(text(status())).toBe('Waiting to prepare The MoU as PDF (Lietuvių)…');
    expect(start()?.getAttribute('aria-disabled')).toBe('true');

    // A click while it runs starts nothing more.
    start()?.click();
    await settle();
    http.expectNone({ method: 'POST', url: URL });

    http
      .expectOne({ method: 'GET', url: '/api/v1/jobs/j1' })
      .flush(jobFixture({ state: 'running', progress: 40, attempts: 1 }));
    await settle();
    expect(progress()?.getAttribute('value')).toBe('40');
    expect(progress()?.getAttribute('max')).toBe('100');
    expect(text(status())).toBe('Preparing The MoU as PDF (Lietuvių)… 40%');
    expect(clicked).toEqual([]);

    http.expectOne('/api/v1/jobs/j1').flush(doneJob('mou-lt.pdf'));
    await settle();
    expect(clicked).toEqual([{ href: '/api/v1/jobs/j1/result', download: 'mou-lt.pdf' }]);
    expect(progress()).toBeNull();
    expect(text(status())).toBe('The MoU as PDF (Lietuvių) is ready — download started.');
    expect(start()?.hasAttribute('aria-disabled')).toBe(false);
    // If the browser held the download back: the file as a plain link.
    const again = page.querySelector('a');
    expect(text(again)).toBe('Download mou-lt.pdf again');
    expect(again?.getAttribute('href')).toBe('/api/v1/jobs/j1/result');
    expect(again?.getAttribute('download')).toBe('mou-lt.pdf');
  });

  it("says why the export failed and tries again from the keyboard's place", async () => {
    start()?.click();
    await settle();
    const queued = jobFixture();
    http.expectOne({ method: 'POST', url: URL }).flush(queued, accepted(queued));
    await settle();
    http.expectOne('/api/v1/jobs/j1').flush(failedJob('The MoU has no partners yet.'));
    await settle();
    expect(text(status())).toBe('The export failed: The MoU has no partners yet.');
    expect(status()?.classList).toContain('failed');
    expect(progress()).toBeNull();
    expect(clicked).toEqual([]);
    // Try again is named after the file it prepares (several may be on one page).
    expect(text(retry())).toBe('Try again: The MoU as PDF (Lietuvių)');
    expect(retry()?.getAttribute('type')).toBe('button');

    retry()?.click();
    await settle();
    expect(document.activeElement === start()).toBe(true);
    expect(retry()).toBeNull();
    const done = doneJob('mou-lt.pdf', 'j2');
    http.expectOne({ method: 'POST', url: URL }).flush(done, accepted(done));
    await settle();
    expect(clicked).toEqual([{ href: '/api/v1/jobs/j2/result', download: 'mou-lt.pdf' }]);
  });

  it('says when the server cannot be reached, in the interface language', async () => {
    await TestBed.inject(I18n).use('de');
    start()?.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: URL })
      .error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(text(status())).toBe(
      'Der Export ist fehlgeschlagen: Keine Verbindung zum Server; nichts wurde geändert. Bitte erneut versuchen, sobald er erreichbar ist.',
    );
    expect(text(retry())).toBe('Erneut versuchen: The MoU as PDF (Lietuvių)');
  });

  it('forgets a finished export when another one is offered, but not one under way', async () => {
    start()?.click();
    await settle();
    const done = doneJob('mou-lt.pdf');
    http.expectOne({ method: 'POST', url: URL }).flush(done, accepted(done));
    await settle();
    expect(page.querySelector('a')).not.toBeNull();
    fixture.componentRef.setInput('url', '/api/v1/mous/mou1/export/pdf?lang=de');
    await settle();
    expect(text(status())).toBe('');
    expect(page.querySelector('a')).toBeNull();

    start()?.click();
    await settle();
    const queued = jobFixture({ id: 'j2' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/mous/mou1/export/pdf?lang=de' })
      .flush(queued, accepted(queued));
    await settle();
    fixture.componentRef.setInput('url', URL);
    await settle();
    http.expectOne('/api/v1/jobs/j2').flush(doneJob('mou-de.pdf', 'j2'));
    await settle();
    expect(clicked.map((c) => c.download)).toEqual(['mou-lt.pdf', 'mou-de.pdf']);
    expect(text(status())).toBe('The MoU as PDF (Lietuvių) is ready — download started.');
  });

  it('stops following the job when it leaves the page', async () => {
    start()?.click();
    await settle();
    const queued = jobFixture();
    http.expectOne({ method: 'POST', url: URL }).flush(queued, accepted(queued));
    await settle();
    const look = http.expectOne('/api/v1/jobs/j1');
    fixture.destroy();
    expect(look.cancelled).toBe(true);
    await new Promise((done) => setTimeout(done, 20));
    http.expectNone('/api/v1/jobs/j1');
    expect(clicked).toEqual([]);
  });
});
