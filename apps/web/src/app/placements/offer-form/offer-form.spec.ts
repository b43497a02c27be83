import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18n } from '../../core/i18n/i18n';
import { EscoPicker } from '../../esco/esco-picker';
import { ESCO_MESSAGES } from '../../esco/esco.messages';
import { PLACEMENTS_MESSAGES } from '../placements.messages';
import { PLACEMENTS_ROUTES } from '../placements.routes';
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

describe('OfferForm, changing an offer', () => {
  let fixture: ComponentFixture<OfferForm>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

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
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(OfferForm);
    fixture.componentRef.setInput('id', 'offer-1');
    page = fixture.nativeElement as HTMLElement;
    await settle();
    expect(text(page.querySelector('[role="status"]:not([data-testid])'))).toBe('Loading…');
    http.expectOne({ method: 'GET', url: '/api/v1/placements/offer-1' }).flush(offerFixture());
    await settle();
  });

  afterEach(() => http.verify());

  it('fills the form with the offer and puts the focus on its heading', () => {
    const heading = page.querySelector('h1') as HTMLElement;
    expect(text(heading)).toBe('Edit offer CNC machining placement');
    expect(document.activeElement).toBe(heading);
    expect(field<HTMLSelectElement>('status').value).toBe('open');
    expect(text(page.querySelector('label[for="offer-status"]'))).toBe('Status');
    expect(field<HTMLSelectElement>('textLanguage').value).toBe('en');
    expect(field<HTMLInputElement>('title').value).toBe('CNC machining placement');
    expect(field<HTMLTextAreaElement>('activities').value).toBe(
      'Setting up and running CNC lathes.',
    );
    // The offerer's own company shows blank, as on a new offer.
    expect(field<HTMLInputElement>('company').value).toBe('');
    expect(field<HTMLInputElement>('city').value).toBe('Kaunas');
    expect(field<HTMLSelectElement>('country').value).toBe('LT');
    expect(field<HTMLInputElement>('startsOn').value).toBe('2026-09-01');
    expect(field<HTMLInputElement>('hoursPerWeek').value).toBe('35');
    expect(field<HTMLInputElement>('capacity').value).toBe('4');
    expect(field('capacity').getAttribute('aria-describedby')).toBe('offer-capacity-hint');
    expect(text(page.querySelector('#offer-capacity-hint'))).toBe(
      'Accepted requests hold 1 place: there cannot be fewer.',
    );
    expect(text(page.querySelector('[data-testid="offer-skills"]'))).toContain('operate CNC lathe');
    expect(field<HTMLInputElement>('language-lt').checked).toBe(true);
    expect(field<HTMLInputElement>('contactEmail').value).toBe('rasa@baltic-parts.example');
    expect(text(page.querySelector('[data-testid="offer-submit"]'))).toBe('Save changes');
  });

  it('sends only what changed, at the version shown, and goes back to the offers', async () => {
    type('capacity', '6');
    type('title', 'CNC turning placement');
    await submit();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' });
    expect(patch.request.body).toEqual({
      version: 2,
      title: { en: 'CNC turning placement', lt: 'CNC apdirbimo praktika' },
      capacity: 6,
    });
    patch.flush(
      offerFixture({
        version: 3,
        capacity: 6,
        title: { en: 'CNC turning placement', lt: 'CNC apdirbimo praktika' },
      }),
    );
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/placements'], {
      state: { saved: 'CNC turning placement' },
    });
  });

  it('shows and changes the texts of another language, keeping those of the first', async () => {
    type('textLanguage', 'lt');
    await settle();
    expect(field<HTMLInputElement>('title').value).toBe('CNC apdirbimo praktika');
    expect(field('title').getAttribute('lang')).toBe('lt');
    expect(field<HTMLTextAreaElement>('activities').value).toBe('');
    type('activities', 'Tekinimo staklių derinimas.');
    await submit();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' });
    expect(patch.request.body).toEqual({
      version: 2,
      activities: {
        en: 'Setting up and running CNC lathes.',
        lt: 'Tekinimo staklių derinimas.',
      },
    });
    patch.flush(offerFixture({ version: 3 }));
    await settle();
  });

  it('opens a closed offer again', async () => {
    fixture.componentRef.setInput('id', 'closed');
    await settle();
    http
      .expectOne('/api/v1/placements/closed')
      .flush(offerFixture({ id: 'closed', status: 'closed', version: 7 }));
    await settle();
    expect(field<HTMLSelectElement>('status').value).toBe('closed');
    type('status', 'open');
    await submit();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/placements/closed' });
    expect(patch.request.body).toEqual({ version: 7, status: 'open' });
    patch.flush(offerFixture({ id: 'closed', version: 8 }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/placements'], {
      state: { saved: 'CNC machining placement' },
    });
  });

  it('refuses fewer places than accepted requests hold, before sending', async () => {
    type('capacity', '0');
    await submit();
    expect(text(page.querySelector('#offer-capacity-problem'))).toBe(
      'Give a whole number of places from 1 to 1,000.',
    );
    fixture.componentRef.setInput('id', 'full');
    await settle();
    http.expectOne('/api/v1/placements/full').flush(offerFixture({ id: 'full', taken: 3 }));
    await settle();
    type('capacity', '2');
    await submit();
    expect(text(page.querySelector('#offer-capacity-problem'))).toBe(
      'Give at least 3 places: accepted requests hold them.',
    );
    expect(document.activeElement).toBe(field('capacity'));
  });

  it("shows the server's refusal of the places at the capacity field", async () => {
    type('capacity', '1');
    await submit();
    http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' }).flush(
      {
        statusCode: 400,
        message: 'Validation failed',
        errors: [
          {
            path: 'capacity',
            message: 'capacity must be at least the 2 place(s) accepted requests hold',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(page.querySelector('#offer-capacity-problem'))).toBe(
      'capacity must be at least the 2 place(s) accepted requests hold',
    );
    expect(field('capacity').getAttribute('aria-invalid')).toBe('true');
    expect(field('capacity').getAttribute('aria-describedby')).toBe(
      'offer-capacity-hint offer-capacity-problem',
    );
    expect(document.activeElement).toBe(field('capacity'));
    expect(page.querySelector('.error[role="alert"]')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('keeps what was typed when someone else saved meanwhile, on top of what they stored', async () => {
    type('capacity', '5');
    await submit();
    const theirs = offerFixture({ version: 3, city: 'Vilnius', hoursPerWeek: 30, capacity: 8 });
    http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' }).flush(
      {
        statusCode: 409,
        message: 'The placement offer was changed by someone else',
        current: theirs,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const alert = page.querySelector('#offer-conflict') as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('Someone else changed this offer meanwhile.');
    expect(document.activeElement).toBe(alert);
    expect(navigate).not.toHaveBeenCalled();
    // Theirs where nothing was typed, ours where something was.
    expect(field<HTMLInputElement>('city').value).toBe('Vilnius');
    expect(field<HTMLInputElement>('hoursPerWeek').value).toBe('30');
    expect(field<HTMLInputElement>('capacity').value).toBe('5');

    await submit();
    const again = http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' });
    expect(again.request.body).toEqual({ version: 3, capacity: 5 });
    again.flush(offerFixture({ version: 4, city: 'Vilnius', hoursPerWeek: 30, capacity: 5 }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/placements'], {
      state: { saved: 'CNC machining placement' },
    });
  });

  it('discards the changes typed after a conflict, on request', async () => {
    type('capacity', '5');
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' })
      .flush(
        { statusCode: 409, message: 'Changed', current: offerFixture({ version: 3, capacity: 8 }) },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    (page.querySelector('[data-action="discard"]') as HTMLButtonElement).click();
    await settle();
    expect(field<HTMLInputElement>('capacity').value).toBe('8');
    expect(page.querySelector('#offer-conflict')).toBeNull();
    expect(text(page.querySelector('[data-testid="offer-status"]'))).toBe(
      'The form now shows the stored offer.',
    );
    expect(document.activeElement).toBe(page.querySelector('h1'));
  });

  it('says when the offer cannot be loaded', async () => {
    fixture.componentRef.setInput('id', 'gone');
    await settle();
    http
      .expectOne('/api/v1/placements/gone')
      .flush({ statusCode: 404, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Edit placement offer');
    expect(page.querySelector('[role="alert"]')).not.toBeNull();
    expect(page.querySelector('form')).toBeNull();
  });
});

describe('the route of an offer to change', () => {
  it('opens /placements/:id/edit with the offer of the id, and /placements/new empty', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'placements', children: PLACEMENTS_ROUTES }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    await TestBed.inject(I18n).use('en');
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const settle = async () => {
      for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
      harness.detectChanges();
    };
    const heading = () => harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();

    await harness.navigateByUrl('/placements/offer-1/edit');
    await settle();
    http.expectOne('/api/v1/placements/offer-1').flush(offerFixture());
    await settle();
    expect(heading()).toBe('Edit offer CNC machining placement');

    await harness.navigateByUrl('/placements/new');
    await settle();
    expect(heading()).toBe('New placement offer');
    http.verify();
  });
});
