import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type Params, Router, provideRouter, withComponentInputBinding } from '@angular/router';
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

const SKILL = 'http://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/bbbbbbbb-1111-2222-3333-444444444444';
const SCHOOL = '5f0c7a4e-3b1d-4c2a-9e8f-0a1b2c3d4e5f';
const FROM_SCHOOL = summaryFixture({
  id: 'e3',
  institution: { id: SCHOOL, name: 'Kaunas VET', kind: 'school', country: 'LT' },
});

describe('LibrarySearch', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const search = () => http.expectOne((request) => request.url === '/api/v1/library');
  const url = () => TestBed.inject(Router).url;
  /** The query parameters of the address. */
  const address = (): Params => TestBed.inject(Router).parseUrl(url()).queryParams;
  const button = (name: string) =>
    Array.from(page().querySelectorAll('button')).find(
      (b) => (b.getAttribute('aria-label') ?? text(b)) === name,
    ) as HTMLButtonElement | undefined;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) =>
    page().querySelector(`#${id}`) as T | null;

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
      ['library-kind', 'What'],
      ['library-eqf', 'EQF level'],
      ['library-min-points', 'ECVET points, at least'],
      ['library-max-points', 'ECVET points, at most'],
      ['library-area', 'Industry 4.0 area'],
      ['library-skill', 'ESCO skill'],
      ['library-occupation', 'ESCO occupation'],
      ['library-language', 'Language of the texts'],
      ['library-country', 'Country of the publisher'],
    ]) {
      expect(text(page().querySelector(`label[for="${id}"]`))).toBe(label);
      expect(page().querySelector(`#${id}`)).not.toBeNull();
    }
    expect(Array.from(field<HTMLSelectElement>('library-kind')?.options ?? []).map(text)).toEqual([
      'All',
      'Units',
      'Whole curricula (good-practice examples)',
    ]);
    expect(field('library-skill')?.getAttribute('role')).toBe('combobox');
    expect(field('library-skill')?.placeholder).toBe('Search ESCO skills, or paste a skill URI');
    expect(field('library-occupation')?.placeholder).toBe(
      'Search ESCO occupations, or paste an occupation URI',
    );
    // No filter is set: no chip, nothing to clear.
    expect(page().querySelector('.chip')).toBeNull();
    expect(button('Clear filters')).toBeUndefined();
    const area = page().querySelector('#library-area') as HTMLSelectElement;
    expect(Array.from(area.options).map(text)).toContain('Digital production');
    expect(text(page().querySelector('[data-testid="library-count"]'))).toBe('2 entries found');

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
    expect(text(cards[1].querySelector('button.more'))).toBe('More from Vilnius VET');
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
    expect(text(page())).toContain('No entry matches your search.');
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

  it('filters by kind and by ECVET points, and ignores what is no filter', async () => {
    await open('/library?kind=curriculum&minPoints=5&maxPoints=-3');
    const first = search();
    expect(first.request.params.get('kind')).toBe('curriculum');
    expect(first.request.params.get('minPoints')).toBe('5');
    expect(first.request.params.has('maxPoints')).toBe(false);
    first.flush({ items: [summaryFixture()], total: 1 });
    await settle();
    expect(field<HTMLSelectElement>('library-kind')?.value).toBe('curriculum');
    const min = field('library-min-points') as HTMLInputElement;
    const max = field('library-max-points') as HTMLInputElement;
    expect(min.value).toBe('5');
    expect(max.value).toBe('');
    for (const input of [min, max]) {
      expect(input.type).toBe('number');
      expect(input.min).toBe('0');
      expect(input.step).toBe('0.5');
    }

    // Typing does not search; the change (leaving the field) does, from the first page.
    max.value = '12.5';
    max.dispatchEvent(new Event('input'));
    await settle();
    http.expectNone((r) => r.url === '/api/v1/library');
    max.dispatchEvent(new Event('change'));
    await settle();
    expect(address()).toEqual({ kind: 'curriculum', minPoints: '5', maxPoints: '12.5' });
    expect(search().request.params.get('maxPoints')).toBe('12.5');

    // A negative number is not taken: the field shows the filter that holds.
    min.value = '-2';
    min.dispatchEvent(new Event('change'));
    await settle();
    expect(min.value).toBe('5');
    expect(address()['minPoints']).toBe('5');

    // Enter applies the bound at once, and does not submit the form (which would lose it).
    min.value = '7.5';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    min.dispatchEvent(enter);
    await settle();
    expect(enter.defaultPrevented).toBe(true);
    expect(address()).toEqual({ kind: 'curriculum', minPoints: '7.5', maxPoints: '12.5' });
    expect(search().request.params.get('minPoints')).toBe('7.5');

    // Emptied, the bound goes; the kind back to all.
    min.value = '';
    min.dispatchEvent(new Event('change'));
    await settle();
    expect(address()).toEqual({ kind: 'curriculum', maxPoints: '12.5' });
    search().flush({ items: [], total: 0 });
    const kind = field<HTMLSelectElement>('library-kind') as HTMLSelectElement;
    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    await settle();
    expect(address()).toEqual({ maxPoints: '12.5' });
    expect(search().request.params.has('kind')).toBe(false);
  });

  it('filters by an ESCO skill chosen in the picker, shown as a chip that removes it', async () => {
    await open('/library');
    search().flush({ items: [summaryFixture()], total: 1 });
    await settle();

    const picker = field('library-skill') as HTMLInputElement;
    picker.value = '3D print';
    picker.dispatchEvent(new Event('input'));
    await new Promise((done) => setTimeout(done, 250));
    const esco = http.expectOne((r) => r.url === '/api/v1/esco/skills');
    expect(esco.request.params.get('q')).toBe('3D print');
    expect(esco.request.params.get('lang')).toBe('en');
    esco.flush({
      items: [
        {
          uri: SKILL,
          label: { text: 'operate 3D printers', language: 'en' },
          skillType: 'skill/competence',
          reuseLevel: 'sector-specific',
        },
      ],
      total: 1,
      source: 'ESCO v1.2.0, © European Union',
    });
    await settle();
    page().querySelector<HTMLElement>('#library-skill-list [role="option"]')?.click();
    await settle();

    expect(address()).toEqual({ skill: SKILL, skillLabel: 'operate 3D printers' });
    expect(search().request.params.get('skill')).toBe(SKILL);
    await settle();
    // The chip takes the picker's place, and the focus.
    expect(field('library-skill')).toBeNull();
    const chip = button('Remove filter: operate 3D printers') as HTMLButtonElement;
    expect(chip.type).toBe('button');
    expect(text(chip.querySelector('span'))).toBe('operate 3D printers');
    expect(text(chip.querySelector('[aria-hidden="true"]'))).toBe('✕');
    expect(text(page().querySelector(`#${chip.getAttribute('aria-describedby') ?? 'none'}`))).toBe(
      'ESCO skill',
    );
    expect(document.activeElement).toBe(chip);
    expect(button('Clear filters')).toBeDefined();

    chip.click();
    await settle();
    expect(address()).toEqual({});
    search().flush({ items: [], total: 0 });
    await settle();
    expect(button('Remove filter: operate 3D printers')).toBeUndefined();
    expect(document.activeElement).toBe(field('library-skill'));
  });

  it('keeps an ESCO occupation from the address, with its label, and ignores one that is none', async () => {
    await open(
      `/library?occupation=${encodeURIComponent(OCCUPATION)}&occupationLabel=CNC%20machine%20operator`,
    );
    expect(search().request.params.get('occupation')).toBe(OCCUPATION);
    await settle();
    expect(field('library-occupation')).toBeNull();
    const chip = button('Remove filter: CNC machine operator') as HTMLButtonElement;
    expect(text(page().querySelector('#library-occupation-name'))).toBe('ESCO occupation');
    chip.click();
    await settle();
    expect(address()).toEqual({});
    search().flush({ items: [], total: 0 });
    await settle();
    expect(field('library-occupation')?.getAttribute('role')).toBe('combobox');

    // A skill's URI is no occupation: neither searched for nor shown as a chip.
    await harness.navigateByUrl(
      `/library?occupation=${encodeURIComponent(SKILL)}&occupationLabel=Wrong`,
    );
    await settle();
    expect(search().request.params.has('occupation')).toBe(false);
    await settle();
    expect(button('Remove filter: Wrong')).toBeUndefined();
    expect(field('library-occupation')).not.toBeNull();
  });

  it('shows more from a publisher, as a chip with its name that removes the filter', async () => {
    await open('/library?eqf=4');
    search().flush({ items: [FROM_SCHOOL, NETWORK], total: 2 });
    await settle();

    const more = Array.from(page().querySelectorAll('[data-entry="e3"] button')).find(
      (b) => text(b) === 'More from Kaunas VET',
    ) as HTMLButtonElement;
    more.click();
    await settle();
    expect(address()).toEqual({ eqf: '4', institution: SCHOOL, institutionName: 'Kaunas VET' });
    const request = search();
    expect(request.request.params.get('institution')).toBe(SCHOOL);
    expect(request.request.params.get('eqf')).toBe('4');
    request.flush({ items: [FROM_SCHOOL], total: 1 });
    await settle();

    const chip = button('Remove filter: Kaunas VET') as HTMLButtonElement;
    expect(text(page().querySelector('#library-institution-name'))).toBe('Publisher');
    expect(document.activeElement).toBe(chip);
    // Every result is the publisher's: no "more from" it.
    expect(page().querySelector('[data-entry="e3"] button.more')).toBeNull();

    chip.click();
    await settle();
    expect(address()).toEqual({ eqf: '4' });
    expect(search().request.params.has('institution')).toBe(false);
    await settle();
    expect(button('Remove filter: Kaunas VET')).toBeUndefined();
    expect(document.activeElement).toBe(field('library-search'));
  });

  it('names the publisher of a link without its name by the results, and ignores an id that is none', async () => {
    await open(`/library?institution=${SCHOOL}`);
    const request = search();
    expect(request.request.params.get('institution')).toBe(SCHOOL);
    await settle();
    // Until the results come, the chip can only show the id.
    expect(button(`Remove filter: ${SCHOOL}`)).toBeDefined();
    request.flush({ items: [FROM_SCHOOL], total: 1 });
    await settle();
    expect(button('Remove filter: Kaunas VET')).toBeDefined();

    await harness.navigateByUrl('/library?institution=school-3&institutionName=Vilnius%20VET');
    await settle();
    expect(search().request.params.has('institution')).toBe(false);
    await settle();
    expect(button('Remove filter: Vilnius VET')).toBeUndefined();
  });

  it('clears every filter at once', async () => {
    await open(
      '/library?q=cnc&kind=unit&eqf=4&minPoints=3&maxPoints=9&area=digital-production' +
        `&skill=${encodeURIComponent(SKILL)}&skillLabel=operate%203D%20printers` +
        `&occupation=${encodeURIComponent(OCCUPATION)}&occupationLabel=CNC%20machine%20operator` +
        `&language=de&institution=${SCHOOL}&institutionName=Kaunas%20VET&country=LT&offset=20`,
    );
    const first = search();
    expect(
      Object.fromEntries(first.request.params.keys().map((k) => [k, first.request.params.get(k)])),
    ).toEqual({
      limit: '20',
      offset: '20',
      q: 'cnc',
      kind: 'unit',
      eqf: '4',
      minPoints: '3',
      maxPoints: '9',
      area: 'digital-production',
      skill: SKILL,
      occupation: OCCUPATION,
      language: 'de',
      institution: SCHOOL,
      country: 'LT',
    });
    first.flush({ items: [FROM_SCHOOL], total: 21 });
    await settle();
    expect(page().querySelectorAll('button.chip')).toHaveLength(3);

    button('Clear filters')?.click();
    await settle();
    expect(url()).toBe('/library');
    search().flush({ items: [], total: 0 });
    await settle();
    expect(page().querySelectorAll('button.chip')).toHaveLength(0);
    expect(field('library-min-points')?.value).toBe('');
    expect(field('library-skill')).not.toBeNull();
    expect(field('library-occupation')).not.toBeNull();
    expect(field<HTMLSelectElement>('library-kind')?.value).toBe('');
    expect(document.activeElement).toBe(field('library-search'));
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
