import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Curriculum, CurriculumStatus } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { Editor } from './editor';

const BASE = '/api/v1/curricula/c1';

const tree = (status: CurriculumStatus): Curriculum =>
  ({
    id: 'c1',
    version: 3,
    status,
    institutionId: 'i1',
    code: 'ZM-CNC',
    title: { de: 'Zerspanungsmechaniker/in' },
    description: {},
    eqfLevel: 4,
    nqfLevel: null,
    iscedFCode: '0715',
    occupation: null,
    durationMonths: 12,
    referenceDurationMonths: 12,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: 60,
    primaryLanguage: 'de',
    languages: ['de'],
    electiveGroups: [],
    thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
    publishedVersion: 1,
    createdAt: '',
    updatedAt: '',
    units: [
      {
        id: 'u1',
        version: 1,
        code: 'ZM-01',
        title: { de: 'Drehen' },
        description: {},
        ecvetPoints: 60,
        eqfLevel: 4,
        mandatory: true,
        year: 1,
        term: null,
        areas: [],
        prerequisites: [],
        assessment: { methods: [], criteria: {} },
        escoSkills: [],
        outcomes: [],
      },
    ],
    workBasedLearning: [],
  }) as unknown as Curriculum;

describe('Editor of a published curriculum', () => {
  let fixture: ComponentFixture<Editor>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const button = (name: string) => {
    const found = Array.from(page.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (found === undefined) throw new Error(`no button "${name}"`);
    return found;
  };
  const answerLoad = async (curriculum: Curriculum) => {
    http.expectOne((r) => r.method === 'GET' && r.url === BASE).flush(curriculum);
    await settle();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await settle();
    // The export panel asks for the registry's formats (export-panel.spec.ts tests it).
    for (const request of http.match('/api/v1/export-formats')) request.flush([]);
    // The side column asks for updates from the shared library (library-updates.ts).
    for (const request of http.match(`${BASE}/updates`)) request.flush({ items: [] });
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Editor],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Editor);
    fixture.componentRef.setInput('id', 'c1');
    document.body.appendChild(fixture.nativeElement);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await answerLoad(tree('published'));
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  it('shows it read only and offers "Reopen for editing" instead of editing it silently', () => {
    const reopen = page.querySelector('[data-testid="reopen"]');
    expect(reopen?.textContent).toContain('Version 1 is published');
    expect(page.querySelector<HTMLFieldSetElement>('fieldset.unit-editor')?.disabled).toBe(true);
    expect(page.querySelector('form.add-unit')).toBeNull();
    expect(page.textContent).not.toContain('Submit for review');
    expect(button('Reopen for editing').type).toBe('button');
  });

  it('asks first, from the keyboard too: Escape cancels and gives the focus back', async () => {
    button('Reopen for editing').click();
    await settle();
    const question = page.querySelector<HTMLElement>('#reopen-question');
    expect(question?.textContent).toContain('Reopen ZM-CNC for editing?');
    expect(document.activeElement).toBe(question);
    expect(page.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe(
      'reopen-question',
    );
    question?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(page.querySelector('#reopen-question')).toBeNull();
    expect(document.activeElement).toBe(button('Reopen for editing'));
    http.expectNone(`${BASE}/reopen`);
  });

  it('reopens through the workflow endpoint, then edits the new draft', async () => {
    button('Reopen for editing').click();
    await settle();
    button('Reopen as a draft').click();
    const reopen = http.expectOne(`${BASE}/reopen`);
    expect(reopen.request.method).toBe('POST');
    expect(reopen.request.body).toEqual({});
    reopen.flush(tree('draft'));
    await settle();
    await answerLoad(tree('draft'));

    expect(page.querySelector('[data-testid="reopen"]')).toBeNull();
    expect(page.querySelector('[data-testid="status"]')?.textContent?.trim()).toBe('Draft');
    const news = page.querySelector<HTMLElement>('#editor-reopened');
    expect(news?.textContent?.trim()).toBe('Reopened for editing: this is now a draft.');
    expect(document.activeElement).toBe(news);
    expect(page.querySelector<HTMLFieldSetElement>('fieldset.unit-editor')?.disabled).toBe(false);
    expect(page.querySelector('form.add-unit')).not.toBeNull();
  });

  it('shows the reason when the API refuses, and stays read only', async () => {
    button('Reopen for editing').click();
    await settle();
    button('Reopen as a draft').click();
    http
      .expectOne(`${BASE}/reopen`)
      .flush(
        { statusCode: 403, message: 'Only authors of the owning institution may do this.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Only authors of the owning institution may do this.',
    );
    expect(page.querySelector('[data-testid="reopen"]')).not.toBeNull();
    expect(page.querySelector('#editor-reopened')).toBeNull();
  });
});

/** A draft imported from a CASE package that did not state its EQF level nor the unit's points. */
const imported = (status: CurriculumStatus, version = 3): Curriculum => {
  const base = tree(status);
  const origin = (defaults: string[]) => ({
    identifier: '6f1c1e2a-0000-4000-8000-000000000001',
    uri: 'https://example.org/case/1',
    defaults,
  });
  return {
    ...base,
    version,
    publishedVersion: null,
    case: origin(['eqfLevel']),
    units: base.units.map((unit) => ({ ...unit, case: origin(['ecvetPoints']) })),
  } as Curriculum;
};

describe('Editor of a curriculum with values an import guessed', () => {
  let fixture: ComponentFixture<Editor>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  const buttonNamed = (name: string) =>
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  const notice = () => page.querySelector<HTMLElement>('[data-testid="imported-values"]');
  const guessedFindings = () =>
    Array.from(page.querySelectorAll('.findings li .rule')).filter(
      (rule) => rule.textContent?.trim() === 'IMPORT-DEFAULT',
    );
  const answerLoad = async (curriculum: Curriculum) => {
    http.expectOne((r) => r.method === 'GET' && r.url === BASE).flush(curriculum);
    await settle();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await settle();
    for (const request of http.match('/api/v1/export-formats')) request.flush([]);
    // The side column asks for updates from the shared library (library-updates.ts).
    for (const request of http.match(`${BASE}/updates`)) request.flush({ items: [] });
    await settle();
  };
  const open = async (curriculum: Curriculum) => {
    fixture = TestBed.createComponent(Editor);
    fixture.componentRef.setInput('id', 'c1');
    document.body.appendChild(fixture.nativeElement);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await answerLoad(curriculum);
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Editor],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  it('tells how many values are guesses and confirms them against the current version', async () => {
    await open(imported('draft'));
    expect(guessedFindings()).toHaveLength(2);
    const region = notice();
    expect(region?.getAttribute('role')).toBe('group');
    expect(region?.getAttribute('aria-labelledby')).toBe('imported-title');
    expect(region?.querySelector('#imported-title')?.textContent?.trim()).toBe(
      'Values from an import',
    );
    expect(region?.textContent).toContain('did not state 2 values');
    expect(region?.textContent).toContain('listed below among the warnings');
    const confirm = buttonNamed('Confirm the imported values');
    expect(confirm?.type).toBe('button');
    expect(confirm?.getAttribute('aria-describedby')).toBe('imported-help');

    confirm?.click();
    const request = http.expectOne(`${BASE}/imported-values/confirm`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 3 });
    const confirmed = { ...tree('draft'), version: 4, publishedVersion: null } as Curriculum;
    request.flush(confirmed);
    await settle();
    // The editor reloads the curriculum (and so its checks) as after its other writes.
    await answerLoad(confirmed);

    expect(notice()).toBeNull();
    expect(guessedFindings()).toHaveLength(0);
    const news = page.querySelector<HTMLElement>('#imported-confirmed');
    expect(news?.textContent?.trim()).toBe('The imported values are confirmed.');
    expect(news?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(news);
  });

  it('shows a refusal (409) where the editor shows its errors, and keeps the notice', async () => {
    await open(imported('draft'));
    buttonNamed('Confirm the imported values')?.click();
    http
      .expectOne(`${BASE}/imported-values/confirm`)
      .flush(
        { statusCode: 409, message: 'The curriculum was changed in the meantime.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'The curriculum was changed in the meantime.',
    );
    expect(notice()).not.toBeNull();
    expect(buttonNamed('Confirm the imported values')?.disabled).toBe(false);
    expect(page.querySelector('#imported-confirmed')).toBeNull();
  });

  it('lists the guesses but offers no confirmation while the curriculum cannot be edited', async () => {
    await open(imported('in-review'));
    expect(notice()?.textContent).toContain('did not state 2 values');
    expect(buttonNamed('Confirm the imported values')).toBeUndefined();
  });

  it('shows no notice when no value is a guess', async () => {
    await open({ ...tree('draft'), publishedVersion: null } as Curriculum);
    expect(notice()).toBeNull();
    expect(buttonNamed('Confirm the imported values')).toBeUndefined();
  });
});
