import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Mou } from '@curriculum-builder/curriculum';
import { EXPORT_JOB_POLL_MS } from '../../core/export-job/export-job';
import {
  accepted,
  doneJob,
  jobFixture,
  recordDownloads,
  stopRecordingDownloads,
} from '../../core/export-job/testing/job-fixtures';
import { I18n } from '../../core/i18n/i18n';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME, HOST, mou } from '../testing/mobility-fixtures';
import { signIn } from '../testing/sign-in';
import { MouPage } from './mou-page';

describe('MouPage', () => {
  let fixture: ComponentFixture<MouPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** The page's own buttons (not the PDFs' export buttons). */
  const buttons = () =>
    Array.from(page.querySelectorAll('button'))
      .filter((b) => b.closest('cb-export-job') === null)
      .map(text);

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function open(institutionId: string, shown: Mou): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MouPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: EXPORT_JOB_POLL_MS, useValue: 0 },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, 'mobility-coordinator', institutionId);
    fixture = TestBed.createComponent(MouPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', shown.id);
    await settle();
    http.expectOne(`/api/v1/mous/${shown.id}`).flush(shown);
    await settle();
  }

  afterEach(() => {
    stopRecordingDownloads();
    http.verify();
  });

  it('shows the partners with their units and acceptance, the PDFs and the history', async () => {
    await open(HOST.id, mou());
    expect(text(page.querySelector('h1'))).toBe('Machining exchange North–Vilnius');
    const partners = Array.from(page.querySelectorAll('li[data-partner]')).map((li) => ({
      name: text(li.querySelector('h3')),
      acceptance: text(li.querySelector('[data-testid="partner-acceptance"]')),
      units: Array.from(li.querySelectorAll('ul li')).map(text),
    }));
    expect(partners).toEqual([
      {
        name: 'Berufsschule Nord (DE)',
        acceptance: 'Accepted on Mar 1, 2026, 9:00 AM by Hanna Home',
        units: [
          'ZM-01 — Unit ZM-01 (10 ECVET)',
          'ZM-02 — Unit ZM-02 (15 ECVET)',
          'ZM-03 — Unit ZM-03 (10 ECVET)',
        ],
      },
      {
        name: 'Vilnius VET Centre (LT)',
        acceptance: 'Not accepted yet',
        units: ['ZM-02 — Unit ZM-02 (15 ECVET)', 'ZM-03 — Unit ZM-03 (10 ECVET)'],
      },
    ]);
    expect(Array.from(page.querySelectorAll('cb-pdf-links button')).map(text)).toEqual([
      'English',
      'Deutsch',
      'Lietuvių',
      'Latviešu',
      'Eesti',
    ]);
    expect(text(page.querySelector('cb-history-list li'))).toContain('Drafted');
    // Not awaiting the caller: nothing to decide.
    expect(buttons()).toEqual([]);
  });

  it('prepares the MoU as PDF in a language as a job, showing its progress, then downloads it', async () => {
    await open(HOST.id, mou());
    const saved = recordDownloads();
    const german = page.querySelector<HTMLButtonElement>(
      'cb-export-job[data-language="de"] button',
    );
    german?.click();
    await settle();
    const queued = jobFixture({ kind: 'mobility-document' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/mous/mou1/export/pdf?lang=de' })
      .flush(queued, accepted(queued));
    await settle();
    http
      .expectOne('/api/v1/jobs/j1')
      .flush(jobFixture({ kind: 'mobility-document', state: 'running', progress: 25 }));
    await settle();
    const item = page.querySelector('cb-export-job[data-language="de"]');
    expect(item?.querySelector('progress')?.getAttribute('aria-label')).toBe(
      'Preparing The MoU as PDF (Deutsch)',
    );
    expect(text(item?.querySelector('[aria-live="polite"]'))).toBe(
      'Preparing The MoU as PDF (Deutsch)… 25%',
    );
    http.expectOne('/api/v1/jobs/j1').flush(doneJob('mou-de.pdf'));
    await settle();
    expect(saved).toEqual([{ href: '/api/v1/jobs/j1/result', download: 'mou-de.pdf' }]);
    expect(text(item?.querySelector('[aria-live="polite"]'))).toBe(
      'The MoU as PDF (Deutsch) is ready — download started.',
    );
  });

  it('lets a partner accept, with the version shown', async () => {
    await open(HOST.id, mou({ awaitingCaller: true }));
    expect(buttons()).toEqual(['Accept', 'Reject']);
    page.querySelector<HTMLButtonElement>('[data-decision="accept"]')?.click();
    await settle();
    const accept = http.expectOne('/api/v1/mous/mou1/accept');
    expect(accept.request.body).toEqual({ version: 3 });
    accept.flush(mou({ version: 4, status: 'accepted' }));
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Accepted.');
    expect(text(page.querySelector('[data-testid="mou-status"]'))).toBe(
      'Status: Accepted by all partners',
    );
    expect(text(page.querySelector('a.button'))).toBe('New Learning Agreement');
  });

  it('lets the initiator accept a draft to send it, without rejecting it', async () => {
    await open(HOME.id, mou({ status: 'draft', awaitingCaller: true }));
    expect(buttons()).toEqual(['Accept and send to partners']);
  });
});
