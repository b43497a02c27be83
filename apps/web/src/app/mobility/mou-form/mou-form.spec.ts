import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Institution } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { curriculum } from '../../review/testing/review-fixtures';
import { MOBILITY_MESSAGES } from '../mobility.messages';
import { HOME, HOST, mou } from '../testing/mobility-fixtures';
import { type MouDraft, emptyMou, mouBody, mouProblems } from './mou-draft';
import { MouForm } from './mou-form';

const INSTITUTIONS: Institution[] = [
  { ...HOME, kind: 'school' },
  { ...HOST, kind: 'school' },
  { id: 'assoc', name: 'Metal Association', kind: 'association', country: 'DE' },
  { id: 'company', name: 'Baltic Parts UAB', kind: 'company', country: 'LT' },
];

describe('the MoU draft', () => {
  const complete: MouDraft = {
    title: '  Machining exchange ',
    curriculumId: 'c1',
    validFrom: '2026-03-01',
    validUntil: '2028-02-28',
    assessmentArrangements: ' Assessed by the host. ',
    partners: [
      {
        institutionId: HOME.id,
        contactName: ' Hanna ',
        contactEmail: 'hanna@nord.example',
        unitIds: ['u2', 'u1'],
      },
      {
        institutionId: HOST.id,
        contactName: 'Lina',
        contactEmail: ' lina@vilnius.example ',
        unitIds: [],
      },
    ],
  };

  it('starts with the own school as the first partner', () => {
    expect(emptyMou(HOME.id).partners).toEqual([
      { institutionId: HOME.id, contactName: '', contactEmail: '', unitIds: [] },
    ]);
    expect(emptyMou(null).partners).toEqual([]);
  });

  it('builds the request body: texts trimmed, units in the curriculum order', () => {
    expect(mouBody(complete, ['u1', 'u2'])).toEqual({
      title: 'Machining exchange',
      curriculumId: 'c1',
      partners: [
        {
          institutionId: HOME.id,
          contactName: 'Hanna',
          contactEmail: 'hanna@nord.example',
          unitIds: ['u1', 'u2'],
        },
        {
          institutionId: HOST.id,
          contactName: 'Lina',
          contactEmail: 'lina@vilnius.example',
          unitIds: [],
        },
      ],
      assessmentArrangements: 'Assessed by the host.',
      validFrom: '2026-03-01',
      validUntil: '2028-02-28',
    });
  });

  it('names what is missing, per field and per partner', () => {
    expect(mouProblems(complete)).toEqual({});
    expect(mouProblems(emptyMou(HOME.id))).toEqual({
      title: 'mobility.problem.title',
      curriculumId: 'mobility.problem.curriculum',
      validFrom: 'mobility.problem.date',
      validUntil: 'mobility.problem.date',
      assessmentArrangements: 'mobility.problem.arrangements',
      partners: 'mobility.problem.partners',
      'partners.0.contactName': 'mobility.problem.contactName',
      'partners.0.contactEmail': 'mobility.problem.email',
    });
    expect(mouProblems({ ...complete, validUntil: '2026-01-01' })).toEqual({
      validUntil: 'mobility.problem.untilBeforeFrom',
    });
  });
});

describe('MouForm', () => {
  let fixture: ComponentFixture<MouForm>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) => {
    const found = Array.from(page.querySelectorAll('button')).find((b) => text(b) === name);
    if (found === undefined) throw new Error(`no button "${name}"`);
    return found;
  };
  /** The control labelled `label`, within `scope` (a partner's fieldset) if given. */
  const field = <T extends HTMLElement>(label: string, scope: ParentNode = page): T => {
    const element = Array.from(scope.querySelectorAll('label')).find((l) => text(l) === label);
    const control = page.querySelector<T>(`[id="${element?.getAttribute('for')}"]`);
    if (control === null) throw new Error(`no field "${label}"`);
    return control;
  };
  const type = (control: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  };
  const choose = (control: HTMLSelectElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };
  const partner = (n: number) => page.querySelectorAll('fieldset[data-partner]')[n];

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MouForm],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(MOBILITY_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(Auth).login('coord@nord.example', 'a long passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: 'u-coord',
        email: 'coord@nord.example',
        role: 'mobility-coordinator',
        institutionId: HOME.id,
        displayName: 'Coordinator',
      },
      csrfToken: 'csrf',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
    fixture = TestBed.createComponent(MouForm);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/institutions').flush(INSTITUTIONS);
    http
      .expectOne((r) => r.url === '/api/v1/curricula' && r.params.get('status') === 'published')
      .flush({
        items: [
          {
            id: 'c1',
            code: 'ZM-TEST',
            title: { de: 'Zerspanung', en: 'Machining' },
            primaryLanguage: 'de',
          },
        ],
        total: 1,
      });
    await settle();
  });

  afterEach(() => http.verify());

  it('prefills the own school as partner 1 and offers only other schools to add', () => {
    expect(text(partner(0).querySelector('legend'))).toBe(
      'Partner 1: Berufsschule Nord (DE) (your school)',
    );
    expect(partner(0).querySelector('button')).toBeNull();
    const add = field<HTMLSelectElement>('Partner school');
    expect(Array.from(add.options).map((o) => text(o))).toEqual([
      'Choose a school',
      'Vilnius VET Centre (LT)',
    ]);
    expect(button('Add partner').disabled).toBe(true);
  });

  it('builds the request from the form and goes to the new MoU', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type(field('Title'), 'Machining exchange');
    choose(field('Curriculum'), 'c1');
    await settle();
    http.expectOne('/api/v1/curricula/c1').flush(curriculum({ status: 'published' }));
    await settle();
    type(field('Valid from'), '2026-03-01');
    type(field('Valid until'), '2028-02-28');
    type(field('Assessment arrangements'), 'Assessed by the host on the agreed outcomes.');
    type(field('Contact name', partner(0)), 'Hanna Home');
    type(field('Contact e-mail', partner(0)), 'hanna@nord.example');
    field<HTMLInputElement>('ZM-02 — Unit ZM-02 (10 ECVET)', partner(0)).click();
    field<HTMLInputElement>('ZM-01 — Unit ZM-01 (10 ECVET)', partner(0)).click();

    choose(field('Partner school'), HOST.id);
    await settle();
    button('Add partner').click();
    await settle();
    expect(text(partner(1).querySelector('legend'))).toBe('Partner 2: Vilnius VET Centre (LT)');
    const contact = field<HTMLInputElement>('Contact name', partner(1));
    expect(document.activeElement).toBe(contact);
    type(contact, 'Lina Host');
    type(field('Contact e-mail', partner(1)), 'lina@vilnius.example');
    expect(text(partner(1).querySelector(':scope fieldset legend'))).toBe(
      'Units Vilnius VET Centre (LT) can deliver and assess',
    );
    field<HTMLInputElement>('ZM-02 — Unit ZM-02 (10 ECVET)', partner(1)).click();
    await settle();

    button('Create MoU').click();
    await settle();
    const create = http.expectOne('/api/v1/mous');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      title: 'Machining exchange',
      curriculumId: 'c1',
      partners: [
        {
          institutionId: HOME.id,
          contactName: 'Hanna Home',
          contactEmail: 'hanna@nord.example',
          unitIds: ['u1', 'u2'],
        },
        {
          institutionId: HOST.id,
          contactName: 'Lina Host',
          contactEmail: 'lina@vilnius.example',
          unitIds: ['u2'],
        },
      ],
      assessmentArrangements: 'Assessed by the host on the agreed outcomes.',
      validFrom: '2026-03-01',
      validUntil: '2028-02-28',
    });
    create.flush(mou({ id: 'mou-new', status: 'draft' }), { status: 201, statusText: 'Created' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/mobility/mous', 'mou-new']);
  });

  it('marks the missing fields and sends nothing', async () => {
    button('Create MoU').click();
    await settle();
    const title = field<HTMLInputElement>('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(text(page.querySelector(`[id="${title.getAttribute('aria-describedby')}"]`))).toBe(
      'Give the title.',
    );
    const email = field<HTMLInputElement>('Contact e-mail', partner(0));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector('[id="mou-partners-problem"]'))).toBe(
      'Add at least one partner school.',
    );
    http.expectNone('/api/v1/mous');
  });

  it("shows the server's field errors at their fields", async () => {
    type(field('Title'), 'Machining exchange');
    choose(field('Curriculum'), 'c1');
    await settle();
    http.expectOne('/api/v1/curricula/c1').flush(curriculum({ status: 'published' }));
    await settle();
    type(field('Valid from'), '2026-03-01');
    type(field('Valid until'), '2028-02-28');
    type(field('Assessment arrangements'), 'Host assesses.');
    type(field('Contact name', partner(0)), 'Hanna');
    type(field('Contact e-mail', partner(0)), 'hanna@nord.example');
    choose(field('Partner school'), HOST.id);
    await settle();
    button('Add partner').click();
    await settle();
    type(field('Contact name', partner(1)), 'Lina');
    type(field('Contact e-mail', partner(1)), 'lina@vilnius.example');
    button('Create MoU').click();
    await settle();
    http.expectOne('/api/v1/mous').flush(
      {
        statusCode: 400,
        message: 'Invalid body',
        errors: [{ path: 'partners[1].contactEmail', message: 'is not reachable' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const email = field<HTMLInputElement>('Contact e-mail', partner(1));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector(`[id="${email.getAttribute('aria-describedby')}"]`))).toBe(
      'is not reachable',
    );
    expect(document.activeElement).toBe(email);
  });
});
