import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { Mobility, Role, Transcript } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { EXPORT_JOB_POLL_MS } from '../../core/export-job/export-job';
import {
  accepted,
  doneJob,
  recordDownloads,
  stopRecordingDownloads,
} from '../../core/export-job/testing/job-fixtures';
import { I18n } from '../../core/i18n/i18n';
import { RESULTS_MESSAGES } from '../../results/results.messages';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME, HOST, line, mobility, transcript } from '../testing/mobility-fixtures';
import { AgreementPage } from './agreement-page';

describe('AgreementPage', () => {
  let fixture: ComponentFixture<AgreementPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** The page's own buttons (not the PDFs' export buttons). */
  const own = (scope: ParentNode = page) =>
    Array.from(scope.querySelectorAll('button')).filter((b) => b.closest('cb-export-job') === null);
  const buttons = () => own().map(text);
  const button = (name: string, scope: ParentNode = page) => {
    const found = own(scope).find((b) => text(b) === name);
    if (found === undefined) throw new Error(`no button "${name}" in ${buttons().join(', ')}`);
    return found;
  };
  const field = <T extends HTMLElement>(label: string): T => {
    const element = Array.from(page.querySelectorAll('label')).find((l) => text(l) === label);
    const id = element?.getAttribute('for');
    const control = id ? page.querySelector<T>(`[id="${id}"]`) : null;
    if (control === null) throw new Error(`no field "${label}"`);
    return control;
  };

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function open(
    role: Role,
    institutionId: string | null,
    agreement: Mobility,
    sheet?: Transcript,
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AgreementPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: EXPORT_JOB_POLL_MS, useValue: 0 },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    void i18n.register(RESULTS_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(Auth).login(`${role}@example.org`, 'a long passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: `u-${role}`,
        email: `${role}@example.org`,
        role,
        institutionId,
        displayName: role,
      },
      csrfToken: 'csrf',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
    fixture = TestBed.createComponent(AgreementPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', agreement.id);
    await settle();
    http.expectOne('/api/v1/mobilities/m1').flush(agreement);
    await settle();
    if (sheet !== undefined) {
      http.expectOne('/api/v1/mobilities/m1/transcript').flush(sheet);
      await settle();
    }
  }

  afterEach(() => {
    stopRecordingDownloads();
    http.verify();
  });

  describe('signing', () => {
    const awaitingLearner = mobility({ callerParty: 'learner', awaitingCaller: true });

    it('shows the facts, the three signatures and PDF buttons in five languages', async () => {
      await open('learner', null, awaitingLearner);
      expect(text(page.querySelector('h1'))).toBe('Learning Agreement: Lea Lernend');
      expect(text(page.querySelector('[data-testid="agreement-status"]'))).toBe(
        'Status: Being signed',
      );
      const signatures = Array.from(page.querySelectorAll('tr[data-party]')).map((row) =>
        Array.from(row.querySelectorAll('th, td')).map(text),
      );
      expect(signatures).toEqual([
        ['Home school: Berufsschule Nord', 'Signed on Mar 10, 2026, 10:00 AM by Hanna Home'],
        ['Host institution: Vilnius VET Centre', 'Not signed yet'],
        ['Learner: Lea Lernend (you)', 'Not signed yet'],
      ]);
      const pdf = Array.from(page.querySelectorAll<HTMLButtonElement>('cb-pdf-links button'));
      expect(pdf.map((b) => [text(b), b.getAttribute('lang')])).toEqual([
        ['English', 'en'],
        ['Deutsch', 'de'],
        ['Lietuvių', 'lt'],
        ['Latviešu', 'lv'],
        ['Eesti', 'et'],
      ]);
      expect(page.querySelector('cb-pdf-links a')).toBeNull();
      // No transcript before the agreement is signed by all.
      expect(page.querySelector('cb-transcript-panel')).toBeNull();
      // A learner goes back to the own record.
      expect(page.querySelector('.back a')?.getAttribute('href')).toBe('/my-record');
    });

    it('prepares the agreement as PDF as a job and downloads it', async () => {
      await open('learner', null, awaitingLearner);
      const saved = recordDownloads();
      page
        .querySelector<HTMLButtonElement>(
          'section.downloads cb-export-job[data-language="lt"] button',
        )
        ?.click();
      await settle();
      const done = doneJob('learning-agreement-lt.pdf');
      http
        .expectOne({ method: 'POST', url: '/api/v1/mobilities/m1/export/pdf?lang=lt' })
        .flush(done, accepted(done));
      await settle();
      expect(saved).toEqual([
        { href: '/api/v1/jobs/j1/result', download: 'learning-agreement-lt.pdf' },
      ]);
      expect(
        text(
          page.querySelector(
            'section.downloads cb-export-job[data-language="lt"] [aria-live="polite"]',
          ),
        ),
      ).toBe('The Learning Agreement as PDF (Lietuvių) is ready — download started.');
    });

    it('offers Sign only while the agreement awaits the caller', async () => {
      await open('learner', null, mobility({ callerParty: 'learner', awaitingCaller: false }));
      expect(buttons()).not.toContain('Sign');
      expect(buttons()).not.toContain('Reject');
    });

    it('signs for the caller with the version shown and says so', async () => {
      await open('learner', null, awaitingLearner);
      expect(buttons()).toEqual(['Sign', 'Reject']);
      button('Sign').click();
      await settle();
      const sign = http.expectOne('/api/v1/mobilities/m1/accept');
      expect(sign.request.method).toBe('POST');
      expect(sign.request.body).toEqual({ version: 4 });
      sign.flush(
        mobility({
          version: 5,
          callerParty: 'learner',
          awaitingCaller: false,
          signatures: [
            { party: 'home', at: '2026-03-10T10:00:00.000Z', by: 'Hanna Home' },
            { party: 'host', at: null, by: null },
            { party: 'learner', at: '2026-03-11T08:00:00.000Z', by: 'Lea Lernend' },
          ],
        }),
      );
      await settle();
      expect(text(page.querySelector('[role="status"]'))).toBe('Signed.');
      // The buttons are gone: the focus is on the status they changed.
      expect(document.activeElement).toBe(page.querySelector('[data-testid="agreement-status"]'));
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Learning Agreement: Lea Lernend · Curriculum builder',
      );
      expect(buttons()).not.toContain('Sign');
      expect(text(page.querySelector('tr[data-party="learner"] td'))).toContain('Signed on');
    });

    it('asks for the reason before rejecting', async () => {
      await open('learner', null, awaitingLearner);
      button('Reject').click();
      await settle();
      const reason = field<HTMLTextAreaElement>('Reason for the rejection');
      expect(document.activeElement).toBe(reason);
      expect(buttons()).toEqual(['Reject', 'Cancel']);
      button('Reject').click();
      await settle();
      expect(reason.getAttribute('aria-invalid')).toBe('true');
      expect(text(page.querySelector('.field-problem'))).toBe('Give the reason.');
      http.expectNone('/api/v1/mobilities/m1/reject');

      reason.value = 'The dates clash with my exams.';
      reason.dispatchEvent(new Event('input'));
      button('Reject').click();
      await settle();
      const reject = http.expectOne('/api/v1/mobilities/m1/reject');
      expect(reject.request.body).toEqual({
        version: 4,
        reason: 'The dates clash with my exams.',
      });
      reject.flush(mobility({ status: 'draft', callerParty: 'learner', awaitingCaller: false }));
      await settle();
      expect(text(page.querySelector('[role="status"]'))).toBe(
        'Rejected; the agreement is back with the home school.',
      );
    });

    it('reloads the agreement when it changed meanwhile (409) and says so', async () => {
      await open('learner', null, awaitingLearner);
      button('Sign').click();
      await settle();
      http
        .expectOne('/api/v1/mobilities/m1/accept')
        .flush(
          { statusCode: 409, message: 'version 4 is stale', current: { version: 5 } },
          { status: 409, statusText: 'Conflict' },
        );
      await settle();
      http.expectOne('/api/v1/mobilities/m1').flush(mobility({ version: 5, status: 'draft' }));
      await settle();
      expect(text(page.querySelector('[role="alert"]'))).toContain(
        'This was changed by someone else meanwhile.',
      );
      expect(text(page.querySelector('[data-testid="agreement-status"]'))).toBe('Status: Draft');
      expect(buttons()).not.toContain('Sign');
    });
  });

  describe('the Personal Transcript', () => {
    const signed = mobility({
      status: 'signed',
      signatures: [
        { party: 'home', at: '2026-03-10T10:00:00.000Z', by: 'Hanna Home' },
        { party: 'host', at: '2026-03-11T10:00:00.000Z', by: 'Lina Host' },
        { party: 'learner', at: '2026-03-12T10:00:00.000Z', by: 'Lea Lernend' },
      ],
    });
    const withLine = transcript({ lines: [line()], points: { passed: 15, recognised: 0 } });
    const issued = transcript({
      version: 2,
      issuedAt: '2026-07-01T09:00:00.000Z',
      issuedBy: 'Lina Host',
      lines: [line({ version: 2 })],
      points: { passed: 15, recognised: 0 },
    });
    const lineRow = () => page.querySelector('tr[data-line="line1"]');

    it('prepares the transcript as PDF as a job and downloads it', async () => {
      await open('learner', null, signed, withLine);
      const saved = recordDownloads();
      page
        .querySelector<HTMLButtonElement>(
          'cb-transcript-panel cb-export-job[data-language="et"] button',
        )
        ?.click();
      await settle();
      const done = doneJob('transcript-et.pdf', 'j7');
      http
        .expectOne({ method: 'POST', url: '/api/v1/mobilities/m1/transcript/export/pdf?lang=et' })
        .flush(done, accepted(done));
      await settle();
      expect(saved).toEqual([{ href: '/api/v1/jobs/j7/result', download: 'transcript-et.pdf' }]);
    });

    it('lists the lines with unit, result, points and decision', async () => {
      await open('learner', null, signed, withLine);
      expect(Array.from(lineRow()?.querySelectorAll('th, td') ?? []).map(text)).toEqual([
        'ZM-02 Unit ZM-02',
        'Jun 20, 2026',
        'Practical task',
        'Passed Grade: A',
        'Rasa Assessor',
        'Company: Baltic Parts UAB',
        '15',
        'Pending',
      ]);
      // A learner reads: no form, no buttons.
      expect(page.querySelector('cb-result-form')).toBeNull();
      expect(buttons()).toEqual([]);
    });

    it('lets host staff record and remove results, but only coordinators issue', async () => {
      await open('author', HOST.id, signed, withLine);
      expect(text(page.querySelector('#transcript-record-heading'))).toBe('Record a result');
      expect(buttons()).toContain('Record result');
      expect(text(lineRow()?.querySelector('button'))).toBe('Remove result');
      expect(buttons()).not.toContain('Issue transcript');
    });

    it('records a result of an agreed unit on the transcript', async () => {
      await open('author', HOST.id, signed, transcript());
      expect(text(page.querySelector('cb-transcript-panel tbody'))).toBe(
        'No results recorded yet.',
      );
      const unit = field<HTMLSelectElement>('Unit');
      expect(Array.from(unit.options).map((o) => o.text.trim())).toEqual([
        'Choose a unit',
        'ZM-02 — Unit ZM-02 (15 ECVET)',
      ]);
      unit.value = 'u2';
      unit.dispatchEvent(new Event('change'));
      await settle();
      const date = field<HTMLInputElement>('Assessed on');
      date.value = '2026-06-20';
      date.dispatchEvent(new Event('input'));
      const method = field<HTMLSelectElement>('Assessment method');
      method.value = 'practical-task';
      method.dispatchEvent(new Event('change'));
      field<HTMLInputElement>('Passed').click();
      const assessor = field<HTMLInputElement>('Assessor');
      assessor.value = 'Rasa Assessor';
      assessor.dispatchEvent(new Event('input'));
      expect(field<HTMLInputElement>('Host institution').checked).toBe(true);
      expect(field<HTMLInputElement>('Name of the host institution').value).toBe(HOST.name);
      button('Record result').click();
      await settle();
      const add = http.expectOne('/api/v1/mobilities/m1/transcript/lines');
      expect(add.request.body).toEqual({
        unitId: 'u2',
        assessedOn: '2026-06-20',
        method: 'practical-task',
        result: 'passed',
        assessor: 'Rasa Assessor',
        place: 'host',
        placeName: HOST.name,
      });
      add.flush(withLine);
      await settle();
      expect(lineRow()).not.toBeNull();
      expect(text(page.querySelector('[data-testid="transcript-announce"]'))).toBe(
        'Result recorded on the transcript.',
      );
      expect(field<HTMLSelectElement>('Unit').value).toBe('');
    });

    it('says what is missing instead of sending an incomplete result', async () => {
      await open('author', HOST.id, signed, transcript());
      button('Record result').click();
      await settle();
      const unit = field<HTMLSelectElement>('Unit');
      expect(unit.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(unit);
      const problem = page.querySelector(`[id="${unit.getAttribute('aria-describedby')}"]`);
      expect(text(problem)).toBe('Choose the unit.');
      http.expectNone('/api/v1/mobilities/m1/transcript/lines');
    });

    it("lets the host's coordinator issue the transcript, then reloads the agreement", async () => {
      await open('mobility-coordinator', HOST.id, signed, withLine);
      button('Issue transcript').click();
      await settle();
      const issue = http.expectOne('/api/v1/mobilities/m1/transcript/issue');
      expect(issue.request.body).toEqual({ version: 4 });
      issue.flush(issued);
      await settle();
      http.expectOne('/api/v1/mobilities/m1').flush({ ...signed, status: 'transcript-issued' });
      await settle();
      http.expectOne('/api/v1/mobilities/m1/transcript').flush(issued);
      await settle();
      expect(text(page.querySelector('[data-testid="transcript-state"]'))).toBe(
        'Issued on Jul 1, 2026, 9:00 AM by Lina Host.',
      );
      expect(buttons()).not.toContain('Issue transcript');
      expect(page.querySelector('cb-result-form')).toBeNull();
    });

    it('gives the home school no recording and no decision before the transcript is issued', async () => {
      await open('mobility-coordinator', HOME.id, signed, withLine);
      expect(page.querySelector('cb-result-form')).toBeNull();
      expect(buttons()).toEqual([]);
    });

    it("lets the home school's coordinator recognise or refuse each issued line", async () => {
      await open(
        'mobility-coordinator',
        HOME.id,
        { ...signed, status: 'transcript-issued' },
        issued,
      );
      expect(Array.from(lineRow()?.querySelectorAll('button') ?? []).map(text)).toEqual([
        'Recognise',
        'Refuse',
      ]);
      button('Refuse', lineRow() ?? page).click();
      await settle();
      const reason = field<HTMLTextAreaElement>('Reason for refusing');
      reason.value = 'Not the agreed outcome.';
      reason.dispatchEvent(new Event('input'));
      button('Refuse', lineRow() ?? page).click();
      await settle();
      const refuse = http.expectOne('/api/v1/mobilities/m1/transcript/lines/line1/reject');
      expect(refuse.request.body).toEqual({ version: 2, reason: 'Not the agreed outcome.' });
      refuse.flush({
        ...issued,
        lines: [line({ version: 3, decision: 'refused', reason: 'Not the agreed outcome.' })],
      });
      await settle();
      // Every line decided: the agreement is completed, and reloaded.
      http.expectOne('/api/v1/mobilities/m1').flush({ ...signed, status: 'completed' });
      await settle();
      http.expectOne('/api/v1/mobilities/m1/transcript').flush({
        ...issued,
        lines: [line({ version: 3, decision: 'refused', reason: 'Not the agreed outcome.' })],
      });
      await settle();
      expect(text(lineRow()?.querySelector('td:nth-of-type(7)'))).toBe(
        'Refused Not the agreed outcome.',
      );
      expect(lineRow()?.querySelector('button')).toBeNull();
      expect(document.activeElement).toBe(lineRow()?.querySelector('th'));
    });

    it('recognises a line with its version', async () => {
      await open(
        'mobility-coordinator',
        HOME.id,
        { ...signed, status: 'transcript-issued' },
        issued,
      );
      button('Recognise', lineRow() ?? page).click();
      await settle();
      const accept = http.expectOne('/api/v1/mobilities/m1/transcript/lines/line1/accept');
      expect(accept.request.body).toEqual({ version: 2 });
      accept.flush({
        ...issued,
        lines: [line({ version: 3, decision: 'recognised' })],
        points: { passed: 15, recognised: 15 },
      });
      await settle();
      http.expectOne('/api/v1/mobilities/m1').flush({ ...signed, status: 'completed' });
      await settle();
      http.expectOne('/api/v1/mobilities/m1/transcript').flush({
        ...issued,
        lines: [line({ version: 3, decision: 'recognised' })],
        points: { passed: 15, recognised: 15 },
      });
      await settle();
      expect(text(page.querySelector('[data-testid="transcript-points"]'))).toBe(
        'Passed: 15 ECVET points · recognised by the home school: 15 ECVET points',
      );
    });
  });
});
