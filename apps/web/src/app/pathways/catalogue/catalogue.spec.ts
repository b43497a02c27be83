import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18n } from '../../core/i18n/i18n';
import { PATHWAYS_ROUTES } from '../pathways.routes';
import { summaryFixture } from '../testing/pathway-fixture';
import { SEARCH_DEBOUNCE_MS } from './catalogue';

const CNC = summaryFixture();
const SMART = summaryFixture({
  id: 'c2',
  code: 'SF-OP',
  title: { en: 'Smart factory operator', de: 'Fachkraft Smart Factory' },
  eqfLevel: 3,
  ecvetPoints: 120,
  primaryLanguage: 'en',
  languages: ['en', 'de'],
});

describe('Catalogue', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const titles = () =>
    Array.from(page().querySelectorAll('.results h2')).map((h2) => h2.textContent?.trim());
  const status = () => page().querySelector('[role="status"]')?.textContent?.trim();
  const listRequest = () => http.expectOne((request) => request.url === '/api/v1/curricula');

  async function open(url = '/catalogue'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  /** Lets navigation and rendering finish (not `whenStable`: that also waits for open requests). */
  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'catalogue', children: PATHWAYS_ROUTES }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows a labelled search, the filters and a card per published curriculum', async () => {
    await open();
    expect(status()).toBe('Loading…');
    const request = listRequest();
    expect(request.request.params.get('q')).toBeNull();
    request.flush({ items: [CNC, SMART], total: 2 });
    await settle();

    expect(page().querySelector('h1')?.textContent).toContain('Catalogue');
    for (const label of [
      'Search titles, codes, units and outcomes',
      'EQF level',
      'Content language',
    ]) {
      const element = Array.from(page().querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === label,
      );
      expect(element).toBeDefined();
      expect(page().querySelector(`#${element?.getAttribute('for')}`)).not.toBeNull();
    }
    expect(titles()).toEqual(['Cutting machining mechanic', 'Smart factory operator']);
    expect(status()).toBe('2 curricula');
    const card = page().querySelector('.results li') as HTMLElement;
    expect(card.textContent).toContain('EQF 4');
    expect(card.textContent).toContain('210 ECVET points');
    expect(card.querySelector('[lang="lt"]')?.textContent).toBe('Lietuvių');
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/catalogue/c1');
  });

  it('searches on the server once typing pauses, and keeps the search in the address', async () => {
    await open();
    listRequest().flush({ items: [CNC, SMART], total: 2 });
    await settle();

    const input = page().querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'Zerspan';
    input.dispatchEvent(new Event('input'));
    await new Promise((done) => setTimeout(done, SEARCH_DEBOUNCE_MS + 50));
    await settle();

    const request = listRequest();
    expect(request.request.params.get('q')).toBe('Zerspan');
    expect(TestBed.inject(Router).url).toBe('/catalogue?q=Zerspan');
    request.flush({ items: [CNC], total: 1 });
    await settle();
    expect(titles()).toEqual(['Cutting machining mechanic']);
    expect(status()).toBe('1 curriculum');
  });

  it('keeps what the user typed while an earlier search comes back', async () => {
    await open();
    listRequest().flush({ items: [CNC, SMART], total: 2 });
    await settle();

    const input = page().querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'Zer';
    input.dispatchEvent(new Event('input'));
    // Enter searches at once; the user types on before the address has changed.
    page()
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    input.value = 'Zersp';
    input.dispatchEvent(new Event('input'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue?q=Zer');
    listRequest().flush({ items: [CNC], total: 1 });
    await settle();
    expect(input.value).toBe('Zersp');

    await new Promise((done) => setTimeout(done, SEARCH_DEBOUNCE_MS + 10));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue?q=Zersp');
    listRequest().flush({ items: [CNC], total: 1 });
  });

  it('filters by EQF level on the server and by content language here', async () => {
    await open('/catalogue?eqf=4');
    const request = listRequest();
    expect(request.request.params.get('eqfLevel')).toBe('4');
    request.flush({ items: [CNC, SMART], total: 2 });
    await settle();
    expect((page().querySelector('#catalogue-eqf') as HTMLSelectElement).value).toBe('4');

    const language = page().querySelector('#catalogue-language') as HTMLSelectElement;
    expect(Array.from(language.options).map((option) => option.value)).toEqual([
      '',
      'de',
      'en',
      'lv',
      'lt',
    ]);
    language.value = 'lt';
    language.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue?eqf=4&lang=lt');
    // No new request: the language filter works on the loaded page. Titles follow the filter and
    // fall back, marked, to the primary language where they have no Lithuanian text.
    expect(page().querySelectorAll('.results li')).toHaveLength(1);
    const title = page().querySelector('.results h2') as HTMLElement;
    expect(title.querySelector('[lang]')?.getAttribute('lang')).toBe('de');
    expect(title.querySelector('[lang]')?.textContent).toBe('Zerspanungsmechaniker/in');
    expect(title.querySelector('abbr.fallback')?.textContent?.trim()).toBe('DE');
  });

  it('says so when nothing matches, and clears the filters', async () => {
    await open('/catalogue?q=nothing');
    listRequest().flush({ items: [], total: 0 });
    await settle();
    expect(page().textContent).toContain('No curriculum matches your search.');
    expect(status()).toBe('0 curricula');

    (page().querySelector('button.secondary') as HTMLButtonElement).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue');
    listRequest().flush({ items: [CNC], total: 1 });
    await settle();
    expect(titles()).toEqual(['Cutting machining mechanic']);
    expect((page().querySelector('input[type="search"]') as HTMLInputElement).value).toBe('');
  });

  it('shows an error when the catalogue cannot be loaded', async () => {
    await open();
    listRequest().flush(
      { statusCode: 503, message: 'Database unavailable' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Database unavailable');
  });
});
