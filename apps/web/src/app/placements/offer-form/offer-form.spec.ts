import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { EscoPicker } from '../../esco/esco-picker';
import { ESCO_MESSAGES } from '../../esco/esco.messages';
import { PLACEMENTS_MESSAGES } from '../placements.messages';
import { offerFixture } from '../testing/placement-fixtures';
import { OfferForm } from './offer-form';

const SKILL = offerFixture().escoSkills[0];

describe('OfferForm', () => {
  let fixture: ComponentFixture<OfferForm>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = <T extends HTMLElement>(id: string) => page.querySelector(`#offer-${id}`) as T;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
  }

  function type(id: string, value: string): void {
    const element = field<HTMLInputElement | HTMLSelectElement>(id);
    element.value = value;
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  async function submit(): Promise<void> {
    (page.querySelector('[data-testid="offer-submit"]') as HTMLButtonElement).click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OfferForm],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(PLACEMENTS_MESSAGES, ESCO_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OfferForm);
    page = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('labels every field, and starts in the interface language', () => {
    for (const id of ['company', 'textLanguage', 'title', 'activities', 'city', 'country']) {
      expect(text(page.querySelector(`label[for="offer-${id}"]`))).not.toBe('');
    }
    for (const id of ['startsOn', 'endsOn', 'hoursPerWeek', 'capacity', 'escoSkills']) {
      expect(text(page.querySelector(`label[for="offer-${id}"]`))).not.toBe('');
    }
    expect(field<HTMLSelectElement>('textLanguage').value).toBe('en');
    expect(field('title').getAttribute('lang')).toBe('en');
    expect(field<HTMLInputElement>('language-en').checked).toBe(true);
  });

  it('names what is missing at its field and sends nothing', async () => {
    await submit();
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector('#offer-title-problem'))).toBe('Give the offer a title.');
    expect(text(page.querySelector('#offer-hoursPerWeek-problem'))).toBe(
      'Give a whole number of hours from 1 to 60.',
    );
    expect(text(page.querySelector('#offer-escoSkills-problem'))).toBe(
      'Choose at least one ESCO skill.',
    );
    expect(document.activeElement).toBe(field('title'));
  });

  it('publishes the offer and goes back to the offers', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('textLanguage', 'de');
    type('title', 'Praktikum CNC-Drehen');
    type('city', 'Kaunas');
    type('country', 'LT');
    type('startsOn', '2026-09-01');
    type('endsOn', '2026-11-30');
    type('hoursPerWeek', '35');
    type('capacity', '4');
    type('contactName', 'Rasa Petraitė');
    type('contactEmail', 'rasa@baltic-parts.example');
    const picker = fixture.debugElement.query(By.directive(EscoPicker))
      .componentInstance as EscoPicker;
    picker.picked.emit(SKILL);
    await settle();
    expect(text(page.querySelector('[data-testid="offer-skills"]'))).toContain('operate CNC lathe');
    expect(field('title').getAttribute('lang')).toBe('de');

    await submit();
    const create = http.expectOne({ method: 'POST', url: '/api/v1/placements' });
    expect(create.request.body).toEqual({
      title: { de: 'Praktikum CNC-Drehen' },
      city: 'Kaunas',
      country: 'LT',
      startsOn: '2026-09-01',
      endsOn: '2026-11-30',
      hoursPerWeek: 35,
      capacity: 4,
      escoSkills: [SKILL],
      languages: ['en'],
      contact: { name: 'Rasa Petraitė', email: 'rasa@baltic-parts.example' },
    });
    create.flush(offerFixture());
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/placements'], {
      state: { published: 'Praktikum CNC-Drehen' },
    });
  });

  it("shows the server's refusal at the field it names", async () => {
    type('title', 'CNC');
    type('city', 'Kaunas');
    type('country', 'LT');
    type('startsOn', '2026-09-01');
    type('endsOn', '2026-11-30');
    type('hoursPerWeek', '35');
    type('capacity', '4');
    type('contactName', 'Rasa');
    type('contactEmail', 'rasa@example.org');
    (
      fixture.debugElement.query(By.directive(EscoPicker)).componentInstance as EscoPicker
    ).picked.emit(SKILL);
    await submit();
    http.expectOne('/api/v1/placements').flush(
      {
        statusCode: 400,
        message: 'Validation failed',
        errors: [{ path: 'contact.email', message: 'email must be a work address' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(page.querySelector('#offer-contact\\.email-problem'))).toBe(
      'email must be a work address',
    );
    expect(field('contactEmail').getAttribute('aria-invalid')).toBe('true');
  });
});
