import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME, HOST, mobility, mou } from '../testing/mobility-fixtures';
import { signIn } from '../testing/sign-in';
import { agreementBody, agreementProblems, emptyAgreement } from './agreement-draft';
import { AgreementForm } from './agreement-form';

describe('the Learning Agreement draft', () => {
  it('builds the body with the hours as a number and the units in the MoU order', () => {
    const draft = {
      ...emptyAgreement('mou1'),
      learnerId: 'l1',
      hostInstitutionId: HOST.id,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      unitIds: ['u3', 'u2'],
      placement: {
        company: ' Baltic Parts UAB ',
        address: '',
        mentor: 'Jonas',
        mentorEmail: '',
        hours: '320',
      },
      assessment: 'Practical task.',
      recording: 'Transcript.',
    };
    expect(agreementProblems(draft)).toEqual({});
    expect(agreementBody(draft, ['u1', 'u2', 'u3'])).toEqual({
      mouId: 'mou1',
      learnerId: 'l1',
      hostInstitutionId: HOST.id,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      unitIds: ['u2', 'u3'],
      placement: {
        company: 'Baltic Parts UAB',
        address: '',
        mentor: 'Jonas',
        mentorEmail: '',
        hours: 320,
      },
      assessment: 'Practical task.',
      recording: 'Transcript.',
    });
    expect(agreementProblems({ ...draft, endsOn: '2026-03-01' })).toEqual({
      endsOn: 'mobility.problem.endsBeforeStart',
    });
    expect(agreementProblems({ ...draft, placement: { ...draft.placement, hours: '0' } })).toEqual({
      'placement.hours': 'mobility.problem.hours',
    });
  });
});

describe('AgreementForm', () => {
  let fixture: ComponentFixture<AgreementForm>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = <T extends HTMLElement>(label: string): T => {
    const element = Array.from(page.querySelectorAll('label')).find((l) => text(l) === label);
    const control = page.querySelector<T>(`[id="${element?.getAttribute('for')}"]`);
    if (control === null) throw new Error(`no field "${label}"`);
    return control;
  };
  const type = (control: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  };

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AgreementForm],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, 'mobility-coordinator', HOME.id);
    fixture = TestBed.createComponent(AgreementForm);
    page = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('mou', 'mou1');
    await settle();
    http.expectOne('/api/v1/mous').flush([
      {
        id: 'mou1',
        status: 'accepted',
        title: 'North–Vilnius',
        partners: [],
        validUntil: '2028-02-28',
        awaitingCaller: false,
      },
      {
        id: 'mou2',
        status: 'draft',
        title: 'Draft',
        partners: [],
        validUntil: '2028-02-28',
        awaitingCaller: false,
      },
    ]);
    http
      .expectOne('/api/v1/learners')
      .flush([{ id: 'l1', name: 'Lea Lernend', learnerNumber: 'N-17', enrolments: [] }]);
    http.expectOne('/api/v1/mous/mou1').flush(mou({ status: 'accepted' }));
    await settle();
  });

  afterEach(() => http.verify());

  it('offers accepted MoUs, picks the only other partner as host and its units', () => {
    const mous = field<HTMLSelectElement>('Memorandum of Understanding');
    expect(Array.from(mous.options).map((o) => text(o))).toEqual([
      'Choose an accepted MoU',
      'North–Vilnius ()',
    ]);
    expect(mous.value).toBe('mou1');
    const host = field<HTMLSelectElement>('Host institution');
    expect(Array.from(host.options).map((o) => text(o))).toEqual([
      'Choose the host',
      'Vilnius VET Centre (LT)',
    ]);
    expect(host.value).toBe(HOST.id);
    const units = Array.from(page.querySelectorAll('input[type="checkbox"]')).map((box) =>
      text(page.querySelector(`label[for="${box.id}"]`)),
    );
    expect(units).toEqual(['ZM-02 — Unit ZM-02 (15 ECVET)', 'ZM-03 — Unit ZM-03 (10 ECVET)']);
  });

  it('creates the agreement from the form and opens it', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const learner = field<HTMLSelectElement>('Learner');
    learner.value = 'l1';
    learner.dispatchEvent(new Event('change'));
    type(field('Start date'), '2026-04-01');
    type(field('End date'), '2026-06-30');
    field<HTMLInputElement>('ZM-02 — Unit ZM-02 (15 ECVET)').click();
    type(field('Company'), 'Baltic Parts UAB');
    type(field('Address'), 'Gedimino pr. 1');
    type(field('Mentor'), 'Jonas Mentor');
    type(field("Mentor's e-mail"), 'jonas@baltic.example');
    type(field('Hours'), '320');
    type(field('Assessment'), 'Practical task at the company.');
    type(field('Recording'), 'On the Personal Transcript.');
    await settle();
    Array.from(page.querySelectorAll('button'))
      .find((b) => text(b) === 'Create Learning Agreement')
      ?.click();
    await settle();
    const create = http.expectOne('/api/v1/mobilities');
    expect(create.request.body).toEqual({
      mouId: 'mou1',
      learnerId: 'l1',
      hostInstitutionId: HOST.id,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      unitIds: ['u2'],
      placement: {
        company: 'Baltic Parts UAB',
        address: 'Gedimino pr. 1',
        mentor: 'Jonas Mentor',
        mentorEmail: 'jonas@baltic.example',
        hours: 320,
      },
      assessment: 'Practical task at the company.',
      recording: 'On the Personal Transcript.',
    });
    create.flush(mobility({ id: 'm9', status: 'draft' }), { status: 201, statusText: 'Created' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/mobility/agreements', 'm9']);
  });
});
