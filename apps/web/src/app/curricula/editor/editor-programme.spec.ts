import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Curriculum } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { EditorProgramme } from './editor-programme';
import { AUTOSAVE_DELAY, EditorState } from './editor-state';

const BASE = '/api/v1/curricula/c1';

const tree = (version: number, patch: Partial<Curriculum> = {}): Curriculum => ({
  id: 'c1',
  version,
  status: 'draft',
  institutionId: 'i1',
  code: 'X',
  title: { de: 'Mechatronik' },
  description: {},
  eqfLevel: 4,
  nqfLevel: null,
  iscedFCode: '0714',
  occupation: null,
  durationMonths: 12,
  referenceDurationMonths: 12,
  programmeForm: 'school-based',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 60,
  primaryLanguage: 'de',
  languages: ['de', 'en', 'lt'],
  requiredLanguages: ['de'],
  electiveGroups: [
    {
      code: 'WP1',
      title: { de: 'Wahlpflicht' },
      pointsRequired: 10,
      rule: 'points-at-least',
      unitsRequired: null,
    },
  ],
  thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
  publishedVersion: null,
  createdAt: '',
  updatedAt: '',
  units: [],
  workBasedLearning: [],
  ...patch,
});

describe('EditorProgramme', () => {
  let fixture: ComponentFixture<EditorProgramme>;
  let state: EditorState;
  let http: HttpTestingController;
  let page: HTMLElement;

  const turn = () => new Promise((done) => setTimeout(done));
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  /** The input a label names (`label[for]` → id). */
  const labelled = <T extends HTMLElement>(text: string): T => {
    const label = Array.from(page.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === text,
    );
    const input = label && page.querySelector<T>(`#${label.htmlFor}`);
    if (!input) throw new Error(`no field labelled "${text}"`);
    return input;
  };
  const requiredBox = (code: string) =>
    page.querySelector<HTMLInputElement>(`input[data-required-language="${code}"]`);

  async function load(curriculum: Curriculum): Promise<void> {
    const loading = state.load('c1');
    http.expectOne(BASE).flush(curriculum);
    await Promise.resolve();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await loading;
  }

  /** Saves, answers the PATCH with `stored`, and gives the PATCH body. */
  async function save(stored: Curriculum): Promise<unknown> {
    const saving = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === BASE);
    patch.flush(stored);
    await turn();
    http.expectOne((r) => r.method === 'GET' && r.url === BASE).flush(stored);
    await turn();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await saving;
    await render();
    return patch.request.body;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EditorProgramme],
      providers: [
        EditorState,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AUTOSAVE_DELAY, useValue: null },
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(CURRICULA_MESSAGES);
    i18n.language.set('en');
    http = TestBed.inject(HttpTestingController);
    state = TestBed.inject(EditorState);
    fixture = TestBed.createComponent(EditorProgramme);
    fixture.componentRef.setInput('lang', 'de');
    page = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('marks declared languages required for review and publication, the primary one always', async () => {
    await load(tree(1));
    await render();
    const legend = Array.from(page.querySelectorAll('legend')).find(
      (l) => l.textContent?.trim() === 'Required for review and publication',
    );
    const group = legend?.parentElement as HTMLFieldSetElement;
    expect(group.id).toBe('f-requiredLanguages');
    expect(group.getAttribute('aria-describedby')).toBe('help-required-languages');
    expect(Array.from(group.querySelectorAll('label')).map((l) => l.textContent?.trim())).toEqual([
      'Deutsch (primary language, always required)',
      'English',
      'Lietuvių',
    ]);
    expect(requiredBox('de')).toMatchObject({ checked: true, disabled: true });
    expect(requiredBox('en')).toMatchObject({ checked: false, disabled: false });

    requiredBox('en')?.click();
    expect(state.working()?.requiredLanguages).toEqual(['de', 'en']);
    expect(await save(tree(2, { requiredLanguages: ['de', 'en'] }))).toEqual({
      requiredLanguages: ['de', 'en'],
      version: 1,
    });
    expect(requiredBox('en')?.checked).toBe(true);

    requiredBox('en')?.click();
    expect(await save(tree(3))).toEqual({ requiredLanguages: ['de'], version: 2 });
  });

  it('stops requiring a language that is taken off the declared ones', async () => {
    await load(tree(1, { requiredLanguages: ['de', 'lt'] }));
    await render();
    expect(requiredBox('lt')?.checked).toBe(true);
    const declared = Array.from(
      page.querySelectorAll<HTMLInputElement>('#f-languages input[type="checkbox"]'),
    );
    const lithuanian = declared.find((box) => box.parentElement?.textContent?.includes('Lietuvių'));
    lithuanian?.click();
    expect(await save(tree(2, { languages: ['de', 'en'], requiredLanguages: ['de'] }))).toEqual({
      languages: ['de', 'en'],
      requiredLanguages: ['de'],
      version: 1,
    });
    expect(requiredBox('lt')).toBeNull();
  });

  it('keeps the former primary language required when another one becomes primary', async () => {
    await load(tree(1));
    await render();
    const primary = labelled<HTMLSelectElement>('Primary language');
    primary.value = 'en';
    primary.dispatchEvent(new Event('change'));
    expect(await save(tree(2, { primaryLanguage: 'en', requiredLanguages: ['en', 'de'] }))).toEqual(
      { primaryLanguage: 'en', requiredLanguages: ['en', 'de'], version: 1 },
    );
    expect(requiredBox('en')).toMatchObject({ checked: true, disabled: true });
    expect(requiredBox('de')).toMatchObject({ checked: true, disabled: false });
  });

  it('chooses how a group is chosen, and how many units for "choose n units"', async () => {
    await load(tree(1));
    await render();
    const rule = labelled<HTMLSelectElement>('How units are chosen');
    expect(rule.id).toBe('f-electiveGroups-0-rule');
    expect(Array.from(rule.options).map((o) => [o.value, o.textContent?.trim()])).toEqual([
      ['points-at-least', 'Units worth at least the points required'],
      ['points-exactly', 'Units worth exactly the points required'],
      ['units', 'A number of its units'],
    ]);
    expect(rule.value).toBe('points-at-least');
    expect(() => labelled('Units to choose')).toThrow();

    rule.value = 'units';
    rule.dispatchEvent(new Event('change'));
    await render();
    const units = labelled<HTMLInputElement>('Units to choose');
    expect(units.id).toBe('f-electiveGroups-0-unitsRequired');
    expect(units.value).toBe('1');
    const chosen = { ...tree(1).electiveGroups[0], rule: 'units', unitsRequired: 1 } as const;
    expect(await save(tree(2, { electiveGroups: [chosen] }))).toEqual({
      electiveGroups: [chosen],
      version: 1,
    });

    const two = labelled<HTMLInputElement>('Units to choose');
    two.value = '2';
    two.dispatchEvent(new Event('input'));
    expect(state.working()?.electiveGroups[0]).toMatchObject({ rule: 'units', unitsRequired: 2 });

    const again = labelled<HTMLSelectElement>('How units are chosen');
    again.value = 'points-exactly';
    again.dispatchEvent(new Event('change'));
    await render();
    expect(() => labelled('Units to choose')).toThrow();
    const exactly = { ...chosen, rule: 'points-exactly', unitsRequired: null } as const;
    expect(await save(tree(3, { electiveGroups: [exactly] }))).toEqual({
      electiveGroups: [exactly],
      version: 2,
    });
  });

  it('shows a group without a rule as "at least its points"', async () => {
    const { rule: _rule, unitsRequired: _units, ...old } = tree(1).electiveGroups[0];
    await load(tree(1, { electiveGroups: [old as Curriculum['electiveGroups'][number]] }));
    await render();
    expect(labelled<HTMLSelectElement>('How units are chosen').value).toBe('points-at-least');
  });
});
