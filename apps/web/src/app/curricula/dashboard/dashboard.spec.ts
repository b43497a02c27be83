import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type {
  ImportPreview,
  ImportUpdatePlan,
  UnitChangeKind,
  UnitDiff,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { Dashboard } from './dashboard';

const BASE = '/api/v1/curricula';

const unit = (n: number, change: UnitChangeKind): UnitDiff => ({
  id: `u${n}`,
  code: `ZM-${String(n).padStart(2, '0')}`,
  change,
  title: [],
  description: [],
  fields: [],
  assessmentCriteria: [],
  outcomes: [],
});

const plan = (patch: Partial<ImportUpdatePlan> = {}): ImportUpdatePlan => ({
  curriculumId: 'c1',
  code: 'ZM-CNC',
  status: 'draft',
  version: 7,
  reopens: false,
  unchanged: false,
  diff: {
    curriculum: { title: [], description: [], fields: [] },
    // 25 changed units, the first unchanged one left out of the list.
    units: [
      unit(0, 'unchanged'),
      unit(1, 'added'),
      unit(2, 'removed'),
      ...Array.from({ length: 23 }, (_, i) => unit(i + 3, 'changed')),
    ],
    workBasedLearning: [],
    summary: {
      unitsAdded: 1,
      unitsRemoved: 1,
      unitsChanged: 23,
      outcomesAdded: 4,
      outcomesRemoved: 2,
      outcomesChanged: 9,
      pointsBefore: 180,
      pointsAfter: 210,
      wblHoursBefore: 800,
      wblHoursAfter: 800,
    },
    identical: false,
  },
  ...patch,
});

const preview = (update: ImportUpdatePlan | null): ImportPreview => ({
  code: 'ZM-CNC',
  title: { de: 'Zerspanungsmechaniker/in' },
  primaryLanguage: 'de',
  languages: ['de'],
  ecvetPoints: 210,
  units: 25,
  outcomes: 80,
  workBasedLearning: 2,
  errors: 0,
  ruleWarnings: 0,
  warnings: [],
  notes: [],
  update,
});

describe('Dashboard import', () => {
  let fixture: ComponentFixture<Dashboard>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const buttons = () =>
    Array.from(page.querySelectorAll('button')).map((b) => b.textContent?.trim());
  const button = (name: string) => {
    const found = Array.from(page.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (found === undefined) throw new Error(`no button "${name}"`);
    return found;
  };
  const text = (selector: string) =>
    page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  /** Chooses the format and a file in the labelled controls, then "Check the file". */
  async function check(format: 'csv' | 'case', answer: ImportPreview): Promise<void> {
    const select = page.querySelector<HTMLSelectElement>('#import-format');
    const input = page.querySelector<HTMLInputElement>('#import-file');
    if (select === null || input === null) throw new Error('no import form');
    select.value = format;
    select.dispatchEvent(new Event('change'));
    Object.defineProperty(input, 'files', {
      value: [new File(['{}'], 'package.json', { type: 'application/json' })],
    });
    button('Check the file').click();
    await settle();
    http.expectOne(`${BASE}/import/${format}/preview`).flush(answer);
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Dashboard],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(Dashboard);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`${BASE}?pageSize=100`).flush({ items: [], total: 0 });
    await settle();
  });

  afterEach(() => http.verify());

  it('previews a new draft as before, and imports it without a version', async () => {
    await check('csv', preview(null));
    expect(text('#import-preview-heading')).toBe('What the import will create');
    expect(page.querySelector('[data-testid="import-update"]')).toBeNull();

    button('Import as a new draft').click();
    await settle();
    const request = http.expectOne(`${BASE}/import/csv`);
    expect(request.request.method).toBe('POST');
    request.flush({ id: 'new' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/curricula', 'new']);
  });

  it('shows what an update of a known curriculum changes, and sends the planned version', async () => {
    await check('case', preview(plan({ reopens: true })));
    expect(text('#import-preview-heading')).toBe('What the import will change');
    const update = page.querySelector('[data-testid="import-update"]') as HTMLElement;
    expect(update.getAttribute('aria-labelledby')).toBe('import-update-heading');
    expect(update.querySelector('h4')?.textContent?.trim()).toBe('Update of curriculum ZM-CNC');
    expect(update.textContent).toContain(
      'This file is curriculum ZM-CNC, which your institution already has.',
    );
    expect(update.textContent).toContain('updates the draft of that curriculum');
    expect(update.textContent).toContain('first reopens it as a new draft');
    expect(
      Array.from(update.querySelectorAll('.update-summary li')).map((li) => li.textContent?.trim()),
    ).toEqual([
      'Units: 1 added, 1 removed, 23 changed',
      'Learning outcomes: 4 added, 2 removed, 9 changed',
      'ECVET points: 180 → 210',
    ]);
    const units = Array.from(update.querySelectorAll('.update-units li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(units).toHaveLength(20);
    expect(units.slice(0, 3)).toEqual(['ZM-01 added', 'ZM-02 removed', 'ZM-03 changed']);
    expect(update.textContent).toContain('Units that change (25):');
    expect(update.textContent).toContain('… and 5 more');
    expect(buttons()).not.toContain('Import as a new draft');

    button('Update the draft').click();
    await settle();
    const request = http.expectOne(`${BASE}/import/case?version=7`);
    expect(request.request.method).toBe('POST');
    request.flush({ id: 'c1', created: false });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/curricula', 'c1']);
  });

  it('says there is nothing to change and links to the curriculum instead of confirming', async () => {
    await check('case', preview(plan({ unchanged: true, reopens: true })));
    const update = page.querySelector('[data-testid="import-update"]') as HTMLElement;
    expect(update.textContent).toContain(
      'Nothing to change: the curriculum already holds this file.',
    );
    expect(update.textContent).not.toContain('reopens');
    const link = update.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/curricula/c1');
    expect(link?.textContent?.trim()).toBe('Open curriculum ZM-CNC');
    expect(buttons()).not.toContain('Update the draft');
    expect(buttons()).not.toContain('Import as a new draft');
    expect(buttons()).toContain('Cancel');
  });

  it('shows the message of a conflict (the curriculum changed since the check)', async () => {
    await check('case', preview(plan()));
    button('Update the draft').click();
    await settle();
    http
      .expectOne(`${BASE}/import/case?version=7`)
      .flush(
        { message: 'The curriculum changed since version 7.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('[role="alert"]')).toContain('The curriculum changed since version 7.');
    expect(navigate).not.toHaveBeenCalled();
  });
});
