import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { learnerRecord } from '../../mobility/testing/mobility-fixtures';
import { LEARNERS_MESSAGES } from '../learners.messages';
import { EnrolForm, enrolBody } from './enrol-form';

describe('EnrolForm', () => {
  let fixture: ComponentFixture<EnrolForm>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = <T extends HTMLInputElement | HTMLSelectElement>(label: string): T => {
    const element = Array.from(page.querySelectorAll('label')).find((l) => text(l) === label);
    const control = page.querySelector<T>(`[id="${element?.getAttribute('for')}"]`);
    if (control === null) throw new Error(`no field "${label}"`);
    return control;
  };
  const set = (control: HTMLInputElement | HTMLSelectElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EnrolForm],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(LEARNERS_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EnrolForm);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne((r) => r.url === '/api/v1/curricula')
      .flush({
        items: [{ id: 'c1', code: 'ZM-4', title: { en: 'Machining' }, primaryLanguage: 'en' }],
        total: 1,
      });
    await settle();
  });

  afterEach(() => http.verify());

  it('leaves out the optional fields left empty', () => {
    expect(
      enrolBody({
        givenName: ' Lea ',
        familyName: 'Lernend',
        dateOfBirth: '',
        learnerNumber: 'N-17',
        accountEmail: ' ',
        curriculumId: 'c1',
        startedOn: '2025-09-01',
      }),
    ).toEqual({
      givenName: 'Lea',
      familyName: 'Lernend',
      learnerNumber: 'N-17',
      curriculumId: 'c1',
      startedOn: '2025-09-01',
    });
  });

  it('enrols the learner and opens the record', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    set(field('Given name'), 'Lea');
    set(field('Family name'), 'Lernend');
    set(field('Date of birth (optional)'), '2008-05-04');
    set(field('Learner number'), 'N-17');
    set(field('Learner account e-mail (optional)'), 'lea@learner.example');
    set(field('Programme (published curriculum)'), 'c1');
    set(field('Start date'), '2025-09-01');
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    const post = http.expectOne('/api/v1/learners');
    expect(post.request.body).toEqual({
      givenName: 'Lea',
      familyName: 'Lernend',
      dateOfBirth: '2008-05-04',
      learnerNumber: 'N-17',
      accountEmail: 'lea@learner.example',
      curriculumId: 'c1',
      startedOn: '2025-09-01',
    });
    post.flush(learnerRecord().learner, { status: 201, statusText: 'Created' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/learners', 'l1']);
  });

  it('marks the required fields left empty', async () => {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    const invalid = Array.from(page.querySelectorAll('[aria-invalid="true"]')).map((c) => c.id);
    expect(invalid).toEqual([
      'enrol-givenName',
      'enrol-familyName',
      'enrol-learnerNumber',
      'enrol-curriculumId',
      'enrol-startedOn',
    ]);
    expect(document.activeElement?.id).toBe('enrol-givenName');
    http.expectNone('/api/v1/learners');
  });
});
