import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { LearnerSummary } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { ADMIN_MESSAGES } from '../admin.messages';
import { LearnerData, erasedLast, isErased } from './learner-data';

const ANNA: LearnerSummary = {
  id: 'l-anna',
  name: 'Anna Berger',
  learnerNumber: 'AT-2026-001',
  enrolments: [
    { curriculumId: 'c-1', code: 'MECH-3', title: { en: 'Mechatronics', de: 'Mechatronik' } },
  ],
};
const ERASED: LearnerSummary = {
  id: 'l-gone',
  name: '—',
  learnerNumber: '',
  enrolments: [{ curriculumId: 'c-1', code: 'MECH-3', title: { en: 'Mechatronics' } }],
};
const BEN: LearnerSummary = {
  id: 'l-ben',
  name: 'Ben Koch',
  learnerNumber: 'AT-2026-002',
  enrolments: [],
};

/** A Blob's text (jsdom's Blob has no `text()`). */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('nothing saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** jsdom has no object URLs: the export test puts its own in, and they go again afterwards. */
const OBJECT_URLS = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

describe('LearnerData', () => {
  let fixture: ComponentFixture<LearnerData>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const row = (id: string) => page.querySelector(`tr[data-learner="${id}"]`);
  const button = (id: string, action: string) => {
    const element = row(id)?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (element === null || element === undefined) throw new Error(`no ${action} for ${id}`);
    return element;
  };
  const confirmation = () => page.querySelector<HTMLElement>('#erase-confirm');
  const confirmButton = (action: string) => {
    const element = confirmation()?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (element === null || element === undefined) throw new Error(`no ${action}`);
    return element;
  };
  const status = () => text(page.querySelector('[data-testid="learner-data-status"]'));
  const list = () => http.expectOne({ method: 'GET', url: '/api/v1/learners' });

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LearnerData],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ADMIN_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LearnerData);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    list().flush([ERASED, ANNA, BEN]);
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
    Object.assign(URL, OBJECT_URLS);
  });

  it('lists every learner with number, programmes and actions; the erased ones last', () => {
    expect(text(page.querySelector('h1'))).toBe("Learners' personal data");
    expect(text(page.querySelector('.lead'))).toContain('anonymised statistics');
    expect(text(page.querySelector('caption'))).toBe('Learners (3)');
    expect(
      Array.from(page.querySelectorAll('thead th')).map((th) => [
        text(th),
        th.getAttribute('scope'),
      ]),
    ).toEqual([
      ['Name', 'col'],
      ['Learner number', 'col'],
      ['Programmes', 'col'],
      ['Actions', 'col'],
    ]);
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map(text),
    );
    expect(rows).toEqual([
      ['Anna Berger', 'AT-2026-001', 'MECH-3 Mechatronics', 'Export data Erase'],
      ['Ben Koch', 'AT-2026-002', '', 'Export data Erase'],
      ['erased', '', 'MECH-3 Mechatronics', 'Export data'],
    ]);
    expect(row('l-anna')?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(button('l-anna', 'export').getAttribute('aria-label')).toBe(
      'Export data of Anna Berger',
    );
    expect(button('l-anna', 'erase').getAttribute('aria-label')).toBe(
      'Erase the personal data of Anna Berger',
    );
    expect(button('l-gone', 'export').getAttribute('aria-label')).toBe(
      'Export data of erased learner l-gone',
    );
    expect(row('l-gone')?.querySelector('[data-action="erase"]')).toBeNull();
  });

  it('exports a learner’s data as learner-<id>.json', async () => {
    let saved: Blob | undefined;
    const createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:http://localhost/export-1';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    button('l-anna', 'export').click();
    await settle();
    const request = http.expectOne('/api/v1/learners/l-anna/export');
    expect(request.request.method).toBe('GET');
    const data = { exportedAt: '2026-03-12T10:00:00.000Z', learner: { id: 'l-anna' } };
    request.flush(data);
    await settle();

    expect(clicked).toEqual([
      { href: 'blob:http://localhost/export-1', download: 'learner-l-anna.json' },
    ]);
    expect(saved?.type).toBe('application/json');
    expect(JSON.parse(await blobText(saved))).toEqual(data);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/export-1');
    expect(page.querySelector('a[download]')).toBeNull();
    expect(status()).toBe('The data of Anna Berger is saved as learner-l-anna.json.');
  });

  it('asks in the page before erasing, and Cancel sends nothing', async () => {
    const confirm = jest.spyOn(window, 'confirm');
    expect(confirmation()).toBeNull();
    button('l-anna', 'erase').click();
    await settle();

    const region = confirmation();
    expect(region?.getAttribute('role')).toBe('region');
    expect(text(region?.querySelector('h2'))).toBe('Erase the personal data of Anna Berger?');
    expect(text(region)).toContain('learner number (AT-2026-001)');
    expect(document.activeElement).toBe(region);
    expect(Array.from(region?.querySelectorAll('button') ?? []).map((b) => text(b))).toEqual([
      'Erase personal data',
      'Cancel',
    ]);

    confirmButton('cancel-erase').click();
    await settle();
    expect(confirmation()).toBeNull();
    expect(document.activeElement).toBe(button('l-anna', 'erase'));
    expect(confirm).not.toHaveBeenCalled();
    http.expectNone((r) => r.method === 'DELETE');
  });

  it('closes the question with Escape', async () => {
    button('l-ben', 'erase').click();
    await settle();
    confirmation()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(confirmation()).toBeNull();
    expect(document.activeElement).toBe(button('l-ben', 'erase'));
  });

  it('erases after the answer, reloads the list and says so', async () => {
    button('l-anna', 'erase').click();
    await settle();
    confirmButton('confirm-erase').click();
    await settle();
    const erase = http.expectOne('/api/v1/learners/l-anna');
    expect(erase.request.method).toBe('DELETE');
    erase.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    list().flush([BEN, { ...ANNA, name: '—', learnerNumber: '' }, ERASED]);
    await settle();

    expect(confirmation()).toBeNull();
    expect(text(row('l-anna')?.querySelector('th'))).toBe('erased');
    expect(row('l-anna')?.querySelector('[data-action="erase"]')).toBeNull();
    expect(status()).toBe('The personal data of Anna Berger is erased.');
    expect(page.querySelector('[data-testid="learner-data-status"]')?.getAttribute('role')).toBe(
      'status',
    );
    expect(document.activeElement).toBe(page.querySelector('#learner-data-table'));
  });

  it('shows why an erasure failed, and keeps the question open', async () => {
    button('l-anna', 'erase').click();
    await settle();
    confirmButton('confirm-erase').click();
    await settle();
    http
      .expectOne('/api/v1/learners/l-anna')
      .flush(
        { statusCode: 403, message: 'Only an admin erases a learner.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toBe(
      'Your account may not do this: Only an admin erases a learner.',
    );
    expect(confirmation()).not.toBeNull();
    expect(status()).toBe('');
  });

  it('shows why an export failed', async () => {
    button('l-ben', 'export').click();
    await settle();
    http
      .expectOne('/api/v1/learners/l-ben/export')
      .flush({ statusCode: 500, message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toBe(
      'The server could not do this. Try again in a moment; nothing was changed.',
    );
  });
});

describe('LearnerData (no learners, a failed list)', () => {
  it('says when there are none, and why the list could not be read', async () => {
    TestBed.configureTestingModule({
      imports: [LearnerData],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ADMIN_MESSAGES);
    await i18n.use('en');
    const http = TestBed.inject(HttpTestingController);
    const settle = async (fixture: ComponentFixture<LearnerData>) => {
      for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
      await fixture.whenStable();
    };

    const empty = TestBed.createComponent(LearnerData);
    await settle(empty);
    http.expectOne('/api/v1/learners').flush([]);
    await settle(empty);
    expect((empty.nativeElement as HTMLElement).querySelector('tbody')?.textContent?.trim()).toBe(
      'There are no learners yet.',
    );

    const failed = TestBed.createComponent(LearnerData);
    await settle(failed);
    http
      .expectOne('/api/v1/learners')
      .flush({ statusCode: 403, message: 'No.' }, { status: 403, statusText: 'Forbidden' });
    await settle(failed);
    expect(
      (failed.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent?.trim(),
    ).toBe('Your account may not do this: No.');
    http.verify();
  });
});

describe('isErased and erasedLast', () => {
  it('tells erased learners by their missing name and number, and puts them last', () => {
    expect(isErased(ERASED)).toBe(true);
    expect(isErased(ANNA)).toBe(false);
    expect(erasedLast([ERASED, ANNA, BEN]).map((l) => l.id)).toEqual(['l-anna', 'l-ben', 'l-gone']);
  });
});
