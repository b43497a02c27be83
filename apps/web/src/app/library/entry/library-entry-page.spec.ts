import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurriculumSummary } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../../curricula/curricula.messages';
import { signIn } from '../../mobility/testing/sign-in';
import { LIBRARY_MESSAGES } from '../library.messages';
import { curriculumEntryFixture, entryFixture, unitFixture } from '../testing/library-fixtures';
import { LibraryEntryPage } from './library-entry-page';

const SCHOOL = 'school-1';

function draft(id: string, code: string, title: string): CurriculumSummary {
  return {
    id,
    version: 4,
    code,
    title: { en: title },
    status: 'draft',
    ecvetPoints: 180,
    eqfLevel: 4,
    primaryLanguage: 'en',
    languages: ['en'],
    institutionId: SCHOOL,
    unitCount: 12,
    publishedVersion: null,
    updatedAt: '2026-06-01T10:00:00.000Z',
  };
}

describe('LibraryEntryPage', () => {
  let fixture: ComponentFixture<LibraryEntryPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const dialog = () => page.querySelector('[role="dialog"]');
  const button = (label: string) =>
    Array.from(page.querySelectorAll('button')).find((b) => text(b) === label) as
      HTMLButtonElement | undefined;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
  }

  async function open(entry = entryFixture()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LibraryEntryPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(LIBRARY_MESSAGES, CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    await signIn(http, 'author', SCHOOL);
    fixture = TestBed.createComponent(LibraryEntryPage);
    fixture.componentRef.setInput('id', entry.id);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne(`/api/v1/library/${entry.id}`).flush(entry);
    await settle();
  }

  /** Opens the adopt dialog and answers its two lists of curricula. */
  async function openDialog(curricula: CurriculumSummary[], opener = '#adopt-open'): Promise<void> {
    (page.querySelector(opener) as HTMLButtonElement).click();
    await settle();
    const lists = http.match((r) => r.url === '/api/v1/curricula');
    expect(lists.map((r) => r.request.params.get('status'))).toEqual([
      'draft',
      'changes-requested',
    ]);
    lists[0].flush({ items: curricula, total: curricula.length });
    lists[1].flush({ items: [], total: 0 });
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the entry, its unit in full, its versions and where it is used', async () => {
    await open();
    expect(text(page.querySelector('h1'))).toBe('AM-01 Additive manufacturing');
    expect(text(page.querySelector('[data-testid="publisher"]'))).toBe('Partner School, Germany');
    expect(text(page.querySelector('[data-testid="licence"]'))).toBe('CC BY 4.0');
    expect(text(page.querySelector('[data-testid="adoptions"]'))).toBe('Used in 3 curricula');

    const unit = page.querySelector('cb-library-unit') as HTMLElement;
    // The description exists in German only: shown in German, marked so.
    const description = unit.querySelector('.text [lang]');
    expect(description?.getAttribute('lang')).toBe('de');
    expect(text(unit)).toContain('Knowledge');
    expect(text(unit)).toContain('Explains additive processes');
    expect(text(unit)).toContain('Practical task');
    expect(text(unit)).toContain('Digital production');
    expect(text(unit)).toContain('operate 3D printers');

    const versions = Array.from(page.querySelectorAll('[data-testid="library-versions"] tbody tr'));
    expect(versions.map((row) => row.getAttribute('data-version'))).toEqual(['2', '1']);
    const usage = Array.from(page.querySelectorAll('[data-testid="library-usage"] tbody tr'));
    expect(usage.map((row) => Array.from(row.children).map(text))).toEqual([
      ['Vilnius VET', 'Lithuania', '2'],
      ['Riga VET', 'Latvia', '1'],
    ]);
  });

  it('shows an older version on request', async () => {
    await open();
    button('Show version 1')?.click();
    await settle();
    http
      .expectOne('/api/v1/library/e1/versions/1')
      .flush({ ...entryFixture().versions[1], unit: unitFixture({ outcomes: [] }) });
    await settle();
    expect(text(page.querySelector('#unit-heading'))).toBe('The unit as version 1 has it');
    expect(text(page.querySelector('cb-library-unit'))).toContain('No learning outcomes.');
    expect(button('Show version 1')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('adopts into a chosen draft and links the curriculum in the editor', async () => {
    await open();
    await openDialog([draft('c1', 'ZM-3', 'Machining'), draft('c2', 'MT-2', 'Mechatronics')]);
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(text(dialog()?.querySelector('h2'))).toBe('Adopt AM-01 into a curriculum');
    expect(document.activeElement?.id).toBe('adopt-title');
    const select = page.querySelector('#adopt-curriculum') as HTMLSelectElement;
    expect(text(page.querySelector('label[for="adopt-curriculum"]'))).toBe('Curriculum');
    expect(Array.from(select.options).map(text)).toEqual([
      'Choose one of your curricula',
      'MT-2 — Mechatronics (Draft)',
      'ZM-3 — Machining (Draft)',
    ]);
    const version = page.querySelector('#adopt-version') as HTMLSelectElement;
    expect(version.value).toBe('2');

    // Nothing chosen: the field says so, nothing is sent.
    (page.querySelector('[data-testid="adopt-confirm"]') as HTMLButtonElement).click();
    await settle();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(text(page.querySelector('#adopt-curriculum-problem'))).toBe('Choose the curriculum.');

    select.value = 'c2';
    select.dispatchEvent(new Event('change'));
    version.value = '1';
    version.dispatchEvent(new Event('change'));
    await settle();
    (page.querySelector('[data-testid="adopt-confirm"]') as HTMLButtonElement).click();
    await settle();
    const adopt = http.expectOne({ method: 'POST', url: '/api/v1/library/e1/adopt' });
    expect(adopt.request.body).toEqual({ curriculumId: 'c2', version: 1 });
    adopt.flush(unitFixture({ id: 'copy' }), { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne('/api/v1/library/e1').flush(entryFixture({ adoptions: 4 }));
    await settle();

    expect(dialog()).toBeNull();
    expect(document.activeElement?.id).toBe('adopt-open');
    const status = page.querySelector('[data-testid="adopt-status"]');
    expect(text(status)).toContain('Unit AM-01 was added to MT-2 Mechatronics.');
    expect(status?.querySelector('a')?.getAttribute('href')).toBe('/curricula/c2');
    expect(text(page.querySelector('[data-testid="adoptions"]'))).toBe('Used in 4 curricula');
  });

  it('shows the refusal of the API in the dialog', async () => {
    await open();
    await openDialog([draft('c1', 'ZM-3', 'Machining')]);
    // The only draft is chosen already.
    (page.querySelector('[data-testid="adopt-confirm"]') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne('/api/v1/library/e1/adopt')
      .flush(
        { statusCode: 409, message: 'The curriculum is not editable now' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text(dialog()?.querySelector('[role="alert"]'))).toBe(
      'This could not be done now: The curriculum is not editable now',
    );
  });

  it('closes the dialog on Escape and gives the focus back to its button', async () => {
    await open();
    await openDialog([]);
    expect(text(page.querySelector('[data-testid="adopt-no-drafts"]'))).toContain(
      'Your school has no curriculum in draft.',
    );
    expect(page.querySelector('[data-testid="adopt-confirm"]')).toBeNull();
    dialog()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(dialog()).toBeNull();
    expect(document.activeElement?.id).toBe('adopt-open');
  });

  describe('a whole curriculum (a good-practice example)', () => {
    it('shows its units one by one and copies it whole as a new draft', async () => {
      await open(curriculumEntryFixture());
      expect(text(page.querySelector('[data-testid="kind"]'))).toBe('Whole curriculum, 2 units');
      expect(text(page.querySelector('#unit-heading'))).toBe('The curriculum as version 1 has it');
      expect(text(page.querySelector('.inline-facts'))).toContain('Duration: 9 months');
      const units = Array.from(
        page.querySelectorAll('[data-testid="library-curriculum-units"] summary'),
      );
      expect(units.map(text)).toEqual([
        'IGO-01 Production lines · 10 ECVET points',
        'IGO-02 Robot cells · 15 ECVET points',
      ]);
      expect(page.querySelector('#adopt-open')).toBeNull();

      button('Copy as a new draft')?.click();
      await settle();
      const copy = http.expectOne({ method: 'POST', url: '/api/v1/library/e2/adopt' });
      expect(copy.request.body).toEqual({ version: 1 });
      copy.flush({ id: 'new-draft' }, { status: 201, statusText: 'Created' });
      await settle();
      http.expectOne('/api/v1/library/e2').flush(curriculumEntryFixture());
      await settle();
      const status = page.querySelector('[data-testid="adopt-status"]');
      expect(text(status)).toContain('The curriculum was copied as a new draft of your school.');
      expect(status?.querySelector('a')?.getAttribute('href')).toBe('/curricula/new-draft');
    });

    it('adopts one of its units into a draft, from the version shown', async () => {
      await open(curriculumEntryFixture());
      await openDialog([draft('c1', 'ZM-3', 'Machining')], '#adopt-unit-u2');
      expect(text(dialog()?.querySelector('h2'))).toBe('Adopt IGO-02 into a curriculum');
      expect(page.querySelector('#adopt-version')).toBeNull();
      (page.querySelector('[data-testid="adopt-confirm"]') as HTMLButtonElement).click();
      await settle();
      const adopt = http.expectOne({ method: 'POST', url: '/api/v1/library/e2/adopt' });
      expect(adopt.request.body).toEqual({ curriculumId: 'c1', version: 1, unitId: 'u2' });
      adopt.flush(unitFixture({ id: 'copy', code: 'IGO-02' }), {
        status: 201,
        statusText: 'Created',
      });
      await settle();
      http.expectOne('/api/v1/library/e2').flush(curriculumEntryFixture());
      await settle();
      expect(dialog()).toBeNull();
      expect(document.activeElement?.id).toBe('adopt-unit-u2');
      expect(text(page.querySelector('[data-testid="adopt-status"]'))).toContain(
        'Unit IGO-02 was added to ZM-3 Machining.',
      );
    });
  });
});
