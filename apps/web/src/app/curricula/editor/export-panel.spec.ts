import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ExportFormatInfo } from '@curriculum-builder/curriculum';
import { EXPORT_JOB_POLL_MS } from '../../core/export-job/export-job';
import {
  accepted,
  doneJob,
  jobFixture,
  recordDownloads,
  stopRecordingDownloads,
} from '../../core/export-job/testing/job-fixtures';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { ExportPanel } from './export-panel';

const FORMATS: ExportFormatInfo[] = [
  {
    name: 'pdf',
    mediaType: 'application/pdf',
    summary: 'The document',
    languages: true,
    versions: [],
  },
  {
    name: 'elm',
    mediaType: 'application/ld+json',
    summary: 'Europass',
    languages: false,
    versions: [],
  },
  { name: 'csv', mediaType: 'text/csv', summary: 'Spreadsheet', languages: false, versions: [] },
  {
    name: 'odt',
    mediaType: 'application/vnd.oasis',
    summary: 'A new one',
    languages: true,
    versions: [],
  },
  {
    name: 'case',
    mediaType: 'application/json',
    summary: 'CASE',
    languages: false,
    versions: ['1.1', '1.0'],
  },
];

describe('ExportPanel', () => {
  let fixture: ComponentFixture<ExportPanel>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let downloads: ReturnType<typeof recordDownloads>;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const buttons = () =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('cb-export-job button.start'));
  /**
   * Each export's button and the route its job is posted to: every button is clicked in turn and
   * its job answered as done at once.
   */
  async function exports(): Promise<(string | undefined)[][]> {
    const found: (string | undefined)[][] = [];
    for (const [index, button] of buttons().entries()) {
      button.click();
      await settle();
      const post = http.expectOne((request) => request.method === 'POST');
      const done = doneJob(`file-${index}`, `j${index}`);
      post.flush(done, accepted(done));
      found.push([button.textContent?.trim(), post.request.urlWithParams]);
    }
    await settle();
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ExportPanel],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: EXPORT_JOB_POLL_MS, useValue: 0 },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExportPanel);
    fixture.componentRef.setInput('curriculumId', 'c 1');
    fixture.componentRef.setInput('languages', ['de', 'lt']);
    fixture.componentRef.setInput('primaryLanguage', 'de');
    page = fixture.nativeElement as HTMLElement;
    downloads = recordDownloads();
    fixture.detectChanges();
    http.expectOne('/api/v1/export-formats').flush(FORMATS);
    await settle();
  });

  afterEach(() => {
    stopRecordingDownloads();
    http.verify();
  });

  it('offers every format of the registry, the PDFs in the primary language first', async () => {
    expect(await exports()).toEqual([
      ['Curriculum document (PDF)', '/api/v1/curricula/c%201/export/pdf?lang=de'],
      ['Europass ELM (JSON-LD)', '/api/v1/curricula/c%201/export/elm'],
      ['Spreadsheet (CSV)', '/api/v1/curricula/c%201/export/csv'],
      // A format the web app has no label for yet still appears (by its key), with its language.
      ['export.format.odt', '/api/v1/curricula/c%201/export/odt?lang=de'],
      // A standard in two versions: the default, and the older one for older tools.
      ['1EdTech CASE package (JSON)', '/api/v1/curricula/c%201/export/case'],
      [
        '1EdTech CASE package (JSON) — version 1.0, for older tools',
        '/api/v1/curricula/c%201/export/case?version=1.0',
      ],
    ]);
    // Each button started its own job and downloaded its own file.
    expect(downloads.map((d) => d.download)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `file-${i}`));
    for (const button of buttons()) expect(button.getAttribute('type')).toBe('button');
    expect(
      Array.from(page.querySelectorAll('cb-export-job')).map((job) => [
        job.getAttribute('data-format'),
        job.getAttribute('data-version'),
      ]),
    ).toEqual([
      ['pdf', null],
      ['elm', null],
      ['csv', null],
      ['odt', null],
      ['case', null],
      ['case', '1.0'],
    ]);
    expect(buttons()[0].getAttribute('title')).toBe('The document');
  });

  it('switches the language of the language formats with the labelled select', async () => {
    const select = page.querySelector<HTMLSelectElement>('#export-language');
    expect(page.querySelector('label[for="export-language"]')?.textContent).toContain(
      'Language of the PDFs',
    );
    if (select === null) throw new Error('no language select');
    select.value = 'lt';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect((await exports()).map(([, url]) => url)).toEqual([
      '/api/v1/curricula/c%201/export/pdf?lang=lt',
      '/api/v1/curricula/c%201/export/elm',
      '/api/v1/curricula/c%201/export/csv',
      '/api/v1/curricula/c%201/export/odt?lang=lt',
      '/api/v1/curricula/c%201/export/case',
      '/api/v1/curricula/c%201/export/case?version=1.0',
    ]);
  });

  it('shows the progress of an export in the panel, then downloads the file', async () => {
    const pdf = buttons()[0];
    pdf.click();
    await settle();
    const queued = jobFixture();
    http
      .expectOne({ method: 'POST', url: '/api/v1/curricula/c%201/export/pdf?lang=de' })
      .flush(queued, accepted(queued));
    await settle();
    http
      .expectOne('/api/v1/jobs/j1')
      .flush(jobFixture({ state: 'running', progress: 40, attempts: 1 }));
    await settle();
    const item = page.querySelector('cb-export-job[data-format="pdf"]');
    expect(item?.querySelector('progress')?.getAttribute('aria-label')).toBe(
      'Preparing Curriculum document (PDF)',
    );
    expect(item?.querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe(
      'Preparing Curriculum document (PDF)… 40%',
    );
    // The other exports stay as they were.
    expect(page.querySelectorAll('progress')).toHaveLength(1);

    http.expectOne('/api/v1/jobs/j1').flush(doneJob('ZM-CNC-2018-de.pdf'));
    await settle();
    expect(downloads).toEqual([{ href: '/api/v1/jobs/j1/result', download: 'ZM-CNC-2018-de.pdf' }]);
    expect(item?.querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe(
      'Curriculum document (PDF) is ready — download started.',
    );
  });
});
