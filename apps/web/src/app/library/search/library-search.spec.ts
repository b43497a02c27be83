import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18n } from '../../core/i18n/i18n';
import { LIBRARY_ROUTES } from '../library.routes';
import { summaryFixture } from '../testing/library-fixtures';
import { SEARCH_DEBOUNCE_MS } from './library-search';

const NETWORK = summaryFixture({
  id: 'e2',
  code: 'ZM-07',
  title: { lt: 'Frezavimas' },
  languages: ['lt'],
  licence: 'network-members',
  institution: { id: 'school-3', name: 'Vilnius VET', kind: 'school', country: 'LT' },
  adoptions: 1,
});

describe('LibrarySearch', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const search = () => http.expectOne((request) => request.url === '/api/v1/library');
  const url = () => TestBed.inject(Router).url;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
  }

  async function open(address = '/library'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(address);
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'library', children: LIBRARY_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('labels the search and its filters, and lists the entries found', async () => {
    await open();
    const request = search();
    expect(request.request.params.get('limit')).toBe('20');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush({ items: [summaryFixture(), NETWORK], total: 2 });
    await settle();

    expect(text(page().querySelector('h1'))).toBe('Shared library');
    for (const [id, label] of [
      ['library-search', 'Search codes, titles, learning outcomes and keywords'],
      ['library-eqf', 'EQF level'],
      ['library-area', 'Industry 4.0 area'],
      ['library-language', 'Language of the texts'],
      ['library-country', 'Country of the publisher'],
    ]) {
      expect(text(page().querySelector(`label[for="${id}"]`))).toBe(label);
    }
    const area = page().querySelector('#library-area') as HTMLSelectElement;
    expect(Array.from(area.options).map(text)).toContain('Digital production');
    expect(text(page().querySelector('[data-testid="library-count"]'))).toBe('2 units found');

    const cards = Array.from(page().querySelectorAll('[data-testid="library-results"] > li'));
    expect(cards.map((card) => text(card.querySelector('h2 [lang]')))).toEqual([
      'Additive manufacturing',
      'Frezavimas',
    ]);
    expect(text(cards[0].querySelector('h2 .code'))).toBe('AM-01');
    // A title only in Lithuanian is marked as such.
    expect(cards[1].querySelector('h2 [lang]')?.getAttribute('lang')).toBe('lt');
    expect(text(cards[1].querySelector('h2 abbr.fallback'))).toBe('LT');
    expect(cards[1].querySelector('h2 a')?.getAttribute('href')).toBe('/library/e2');
    expect(text(cards[1])).toContain('EQF 4');
    expect(text(cards[1])).toContain('6 ECVET points');
    expect(text(cards[1].querySelector('[data-testid="publisher"]'))).toBe(
      'Vilnius VET, Lithuania',
    );
    expect(text(cards[1].querySelector('[data-testid="licence"]'))).toBe(
      "Members of the publisher's network only",
    );
    expect(text(cards[1])).toContain('Used in 1 curriculum');
  });

  it('searches on the server once typing pauses, from the first page', async () => {
    await open('/library?offset=20');
    search().flush({ items: [summaryFixture()], total: 21 });
    await settle();

    const input = page().querySelector('#library-search') as HTMLInputElement;
    input.value = 'additive';
    input.dispatchEvent(new Event('input'));
    await new Promise((done) => setTimeout(done, SEARCH_DEBOUNCE_MS + 50));
    await settle();

    expect(url()).toBe('/library?q=additive');
    const request = search();
    expect(request.request.params.get('q')).toBe('additive');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush({ items: [], total: 0 });
    await settle();
    expect(text(page())).toContain('No unit matches your search.');
  });

  it('filters on the server and clears the filters', async () => {
    await open('/library?eqf=4&language=de');
    const first = search();
    expect(first.request.params.get('eqf')).toBe('4');
    expect(first.request.params.get('language')).toBe('de');
    first.flush({ items: [summaryFixture()], total: 1 });
    await settle();
    expect((page().querySelector('#library-eqf') as HTMLSelectElement).value).toBe('4');

    const country = page().querySelector('#library-country') as HTMLSelectElement;
    country.value = 'LT';
    country.dispatchEvent(new Event('change'));
    await settle();
    expect(url()).toBe('/library?eqf=4&language=de&country=LT');
    search().flush({ items: [NETWORK], total: 1 });
    await settle();

    const clear = Array.from(page().querySelectorAll('button')).find(
      (b) => text(b) === 'Clear filters',
    ) as HTMLButtonElement;
    clear.click();
    await settle();
    expect(url()).toBe('/library');
    search().flush({ items: [], total: 0 });
  });

  it('pages through the results', async () => {
    await open();
    search().flush({
      items: Array.from({ length: 20 }, (_, i) => summaryFixture({ id: `e${i}` })),
      total: 45,
    });
    await settle();
    const pager = page().querySelector('nav.pager') as HTMLElement;
    expect(pager.getAttribute('aria-label')).toBe('Pages of results');
    expect(text(pager)).toContain('Units 1–20 of 45');
    const [previous, next] = Array.from(pager.querySelectorAll('button'));
    expect(previous.disabled).toBe(true);
    next.click();
    await settle();
    expect(url()).toBe('/library?offset=20');
    expect(search().request.params.get('offset')).toBe('20');
  });

  it('says what went wrong when the library cannot be searched', async () => {
    await open();
    search().flush(
      { statusCode: 503, message: 'Database unavailable' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    expect(text(page().querySelector('[role="alert"]'))).toContain('The server could not do this');
  });
});
