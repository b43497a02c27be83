import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { curriculum } from '../../review/testing/review-fixtures';
import { HOME, learnerRecord } from '../../mobility/testing/mobility-fixtures';
import { signIn } from '../../mobility/testing/sign-in';
import { RESULTS_MESSAGES } from '../../results/results.messages';
import { LEARNERS_MESSAGES } from '../learners.messages';
import { LearnerPage } from './learner-page';

describe('LearnerPage', () => {
  let fixture: ComponentFixture<LearnerPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) => {
    const found = Array.from(page.querySelectorAll('button')).find((b) => text(b) === name);
    if (found === undefined) throw new Error(`no button "${name}"`);
    return found;
  };
  const field = <T extends HTMLElement>(label: string): T => {
    const element = Array.from(page.querySelectorAll('label')).find((l) => text(l) === label);
    const control = page.querySelector<T>(`[id="${element?.getAttribute('for')}"]`);
    if (control === null) throw new Error(`no field "${label}"`);
    return control;
  };
  const set = (
    control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
    value: string,
  ) => {
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LearnerPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(LEARNERS_MESSAGES);
    void i18n.register(RESULTS_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, 'author', HOME.id);
    fixture = TestBed.createComponent(LearnerPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'l1');
    await settle();
    http.expectOne('/api/v1/learners/l1/record').flush(learnerRecord());
    await settle();
    // The outcomes of the enrolment's units, for the outcome picker.
    http.expectOne('/api/v1/curricula/c1').flush(
      curriculum({
        units: [
          {
            ...curriculum().units[0],
            outcomes: [
              { ...curriculum().units[0].outcomes[0], id: 'u1-o1', text: { en: 'Sets up' } },
            ],
          },
        ],
      }),
    );
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the learner, the record and the ELM download', () => {
    expect(text(page.querySelector('h1'))).toBe('Lea Lernend');
    expect(text(page.querySelector('[data-testid="learner-facts"]'))).toBe(
      'Learner number N-17 · Berufsschule Nord',
    );
    const elm = Array.from(page.querySelectorAll('a')).find((a) => a.hasAttribute('download'));
    expect(elm?.getAttribute('href')).toBe('/api/v1/learners/l1/record/elm');
    expect(page.querySelector('cb-learner-record')).not.toBeNull();
  });

  it('records a result of one outcome for the enrolment', async () => {
    set(field('Unit'), 'u1');
    await settle();
    set(field('Learning outcome (optional)'), 'u1-o1');
    set(field('Assessed on'), '2026-02-01');
    set(field('Assessment method'), 'practical-task');
    field<HTMLInputElement>('Failed').click();
    set(field('Assessor'), 'Frau Prüferin');
    field<HTMLInputElement>('Company').click();
    await settle();
    set(field('Name of the company'), 'Fräswerk GmbH');
    button('Record result').click();
    await settle();
    const post = http.expectOne('/api/v1/learners/l1/achievements');
    expect(post.request.body).toEqual({
      enrolmentId: 'e1',
      unitId: 'u1',
      outcomeId: 'u1-o1',
      assessedOn: '2026-02-01',
      method: 'practical-task',
      result: 'failed',
      assessor: 'Frau Prüferin',
      place: 'company',
      placeName: 'Fräswerk GmbH',
    });
    post.flush(learnerRecord(), { status: 201, statusText: 'Created' });
    await settle();
    expect(text(page.querySelector('[data-testid="learner-status"]'))).toBe('Result recorded.');
  });

  it('recognises prior learning on evidence, as passed', async () => {
    field<HTMLInputElement>('Recognition of prior learning').click();
    await settle();
    expect(page.querySelector('input[type="radio"][id^="achievement-result"]')).toBeNull();
    set(field('Unit'), 'u3');
    set(field('Assessed on'), '2026-02-01');
    set(field('Assessment method'), 'portfolio');
    set(field('Assessor'), 'Frau Prüferin');
    set(field('Evidence'), 'Journeyman certificate of 2024');
    button('Recognise prior learning').click();
    await settle();
    const post = http.expectOne('/api/v1/learners/l1/achievements');
    expect(post.request.body).toEqual({
      enrolmentId: 'e1',
      unitId: 'u3',
      assessedOn: '2026-02-01',
      method: 'portfolio',
      result: 'passed',
      assessor: 'Frau Prüferin',
      place: 'home',
      evidence: 'Journeyman certificate of 2024',
    });
    post.flush(learnerRecord(), { status: 201, statusText: 'Created' });
    await settle();
    expect(text(page.querySelector('[data-testid="learner-status"]'))).toBe(
      'Prior learning recognised.',
    );
  });

  it('deletes a result and shows the record the API answers', async () => {
    button('Delete').click();
    await settle();
    const remove = http.expectOne('/api/v1/learners/l1/achievements/a1');
    expect(remove.request.method).toBe('DELETE');
    const record = learnerRecord();
    remove.flush({
      ...record,
      enrolments: [{ ...record.enrolments[0], achievements: [] }],
    });
    await settle();
    expect(text(page.querySelector('[data-testid="learner-status"]'))).toBe('Result deleted.');
    expect(page.querySelector('tr[data-achievement]')).toBeNull();
  });

  it('shows why the server refused a result', async () => {
    set(field('Unit'), 'u1');
    set(field('Assessed on'), '2026-02-01');
    set(field('Assessment method'), 'practical-task');
    field<HTMLInputElement>('Passed').click();
    set(field('Assessor'), 'Frau Prüferin');
    button('Record result').click();
    await settle();
    http.expectOne('/api/v1/learners/l1/achievements').flush(
      {
        statusCode: 400,
        message: 'Invalid',
        errors: [{ path: 'assessedOn', message: 'is in the future' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const date = field<HTMLInputElement>('Assessed on');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector('#achievement-assessedOn-problem'))).toBe('is in the future');
    expect(text(page.querySelector('cb-result-form [role="alert"]'))).toBe(
      'This was not accepted: Invalid',
    );
  });
});
