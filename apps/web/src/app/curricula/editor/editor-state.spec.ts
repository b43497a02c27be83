import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Curriculum } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { AUTOSAVE_DELAY, EditorState } from './editor-state';

const tree = (version: number, eqfLevel = 4): Curriculum =>
  ({
    id: 'c1',
    version,
    status: 'draft',
    institutionId: 'i1',
    code: 'X',
    qualificationCode: null,
    title: { de: 'Mechatronik' },
    description: {},
    eqfLevel,
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
    languages: ['de'],
    requiredLanguages: ['de'],
    electiveGroups: [],
    assessmentPlan: [],
    partialQualifications: [],
    thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
    publishedVersion: null,
    createdAt: '',
    updatedAt: '',
    units: [],
    workBasedLearning: [],
  }) as Curriculum;

describe('EditorState', () => {
  let state: EditorState;
  let http: HttpTestingController;

  async function loaded(): Promise<void> {
    const loading = state.load('c1');
    http.expectOne('/api/v1/curricula/c1').flush(tree(1));
    await Promise.resolve();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await loading;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [EditorState, provideHttpClient(), provideHttpClientTesting()],
    });
    state = TestBed.inject(EditorState);
    http = TestBed.inject(HttpTestingController);
  });

  it('validates the working copy live and tracks unsaved changes', async () => {
    await loaded();
    expect(state.saveState()).toBe('saved');
    expect(state.report()?.findings.map((f) => f.ruleId)).not.toContain('ECVET-R1');
    state.editCurriculum({ ecvetPoints: 50 });
    expect(state.saveState()).toBe('unsaved');
    expect(state.report()?.findings.find((f) => f.ruleId === 'ECVET-R1')?.path).toBe('ecvetPoints');
  });

  it('opens a conflict on 409 and, when the user keeps the change, sends it on top of the current version', async () => {
    await loaded();
    state.editCurriculum({ eqfLevel: 3 });
    const saving = state.save();
    const first = http.expectOne('/api/v1/curricula/c1');
    expect(first.request.body).toEqual({ eqfLevel: 3, version: 1 });
    first.flush(
      { statusCode: 409, message: 'changed', current: tree(2, 5) },
      { status: 409, statusText: 'Conflict' },
    );
    await saving;
    expect(state.conflict()?.theirs.version).toBe(2);

    const keeping = state.keepMine();
    const retry = http.expectOne((r) => r.method === 'PATCH');
    expect(retry.request.body).toEqual({ eqfLevel: 3, version: 2 });
    retry.flush(tree(3, 3));
    await Promise.resolve();
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/curricula/c1').flush(tree(3, 3));
    await Promise.resolve();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await keeping;
    expect(state.conflict()).toBeNull();
    expect(state.saveState()).toBe('saved');
    expect(state.working()?.eqfLevel).toBe(3);
  });
});

describe('EditorState merging field by field', () => {
  let state: EditorState;
  let http: HttpTestingController;
  const turn = () => new Promise((done) => setTimeout(done));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        EditorState,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AUTOSAVE_DELAY, useValue: null },
      ],
    });
    state = TestBed.inject(EditorState);
    http = TestBed.inject(HttpTestingController);
    const loading = state.load('c1');
    http.expectOne('/api/v1/curricula/c1').flush(tree(1));
    await Promise.resolve();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await loading;
  });

  it('puts a change on top of one that touched other fields, without asking', async () => {
    state.editCurriculum({ eqfLevel: 3 });
    const saving = state.save();
    await Promise.resolve();
    // Someone else saved the description meanwhile (version 2).
    const theirs = { ...tree(2), description: { de: 'von Rūta' } };
    http
      .expectOne((r) => r.method === 'PATCH')
      .flush(
        { statusCode: 409, message: 'changed', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await turn();
    const retry = http.expectOne((r) => r.method === 'PATCH');
    expect(retry.request.body).toEqual({ eqfLevel: 3, version: 2 });
    retry.flush({ ...theirs, version: 3, eqfLevel: 3 });
    await turn();
    const both = { ...theirs, version: 3, eqfLevel: 3 };
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/curricula/c1').flush(both);
    await turn();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await saving;
    expect(state.conflict()).toBeNull();
    expect(state.working()?.description).toEqual({ de: 'von Rūta' });
    expect(state.working()?.eqfLevel).toBe(3);
    expect(state.saveState()).toBe('saved');
  });

  it('asks only about the fields both changed', async () => {
    state.editCurriculum({ eqfLevel: 3, description: { de: 'meine' } });
    const saving = state.save();
    await Promise.resolve();
    const theirs = { ...tree(2, 5), description: { de: 'meine' } };
    http
      .expectOne((r) => r.method === 'PATCH')
      .flush(
        { statusCode: 409, message: 'changed', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await saving;
    // The same description on both sides is no conflict; the EQF level is.
    expect(state.conflict()?.fields).toEqual(['eqfLevel']);
  });
});

describe('EditorState saving by itself, field by field, with a draft in the browser', () => {
  let http: HttpTestingController;

  function setUp(autosave: number | null): EditorState {
    TestBed.configureTestingModule({
      providers: [
        EditorState,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AUTOSAVE_DELAY, useValue: autosave },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(EditorState);
  }

  async function signIn(): Promise<void> {
    const auth = TestBed.inject(Auth);
    const login = auth.login('t@x', 'pw');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: 'teacher-1',
        email: 't@x',
        role: 'teacher',
        institutionId: 'i1',
        displayName: 'T',
      },
      csrfToken: 'c',
      expiresAt: '',
    });
    await login;
  }

  async function load(state: EditorState, version = 1): Promise<void> {
    const loading = state.load('c1');
    http.expectOne('/api/v1/curricula/c1').flush(tree(version));
    await Promise.resolve();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await loading;
  }

  const turn = () => new Promise((done) => setTimeout(done));

  async function reloaded(stored: Curriculum): Promise<void> {
    await turn();
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/curricula/c1').flush(stored);
    await turn();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await turn();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('does not send a field that breaks a limit, marks it, and saves the other fields', async () => {
    const state = setUp(null);
    await load(state);
    state.editCurriculum({ title: { de: 'x'.repeat(309) }, eqfLevel: 3 });
    const saving = state.save();
    await Promise.resolve();
    const first = http.expectOne((r) => r.method === 'PATCH');
    expect(first.request.body).toEqual({ eqfLevel: 3, version: 1 });
    first.flush(tree(2, 3));
    await reloaded(tree(2, 3));
    await saving;
    expect(state.fieldProblems().get('title')).toEqual({
      field: 'title',
      key: 'editor.problem.length',
      params: { max: 300 },
    });
    expect(state.saveState()).toBe('invalid');

    // Editing the refused field again sends it again.
    state.editCurriculum({ title: { de: 'Mechatronik 4.0' } });
    expect(state.saveState()).toBe('unsaved');
    const again = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH');
    expect(patch.request.body).toEqual({ title: { de: 'Mechatronik 4.0' }, version: 2 });
    const stored = { ...tree(3, 3), title: { de: 'Mechatronik 4.0' } };
    patch.flush(stored);
    await reloaded(stored);
    await again;
    expect(state.fieldProblems().size).toBe(0);
    expect(state.saveState()).toBe('saved');
  });

  it('sends the form of study, the intensity and the reference duration, and takes fullTime from the server', async () => {
    const state = setUp(null);
    await load(state);
    state.editCurriculum({ programmeForm: 'dual' });
    state.editCurriculum({ intensity: 0.5 });
    state.editCurriculum({ referenceDurationMonths: 6 });
    expect(state.saveState()).toBe('unsaved');
    const saving = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/v1/curricula/c1');
    expect(patch.request.body).toEqual({
      referenceDurationMonths: 6,
      programmeForm: 'dual',
      intensity: 0.5,
      version: 1,
    });
    // The API keeps fullTime in step with the intensity: part-time is not full-time.
    const stored: Curriculum = {
      ...tree(2),
      referenceDurationMonths: 6,
      programmeForm: 'dual',
      intensity: 0.5,
      fullTime: false,
    };
    patch.flush(stored);
    await reloaded(stored);
    await saving;
    expect(state.working()).toMatchObject({
      referenceDurationMonths: 6,
      programmeForm: 'dual',
      intensity: 0.5,
      fullTime: false,
    });
    expect(state.saveState()).toBe('saved');
  });

  it('does not send an intensity, a reference duration or a form of study out of bounds', async () => {
    const state = setUp(null);
    await load(state);
    state.editCurriculum({
      intensity: 0,
      referenceDurationMonths: 121,
      programmeForm: 'evening' as Curriculum['programmeForm'],
      eqfLevel: 3,
    });
    const saving = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH');
    expect(patch.request.body).toEqual({ eqfLevel: 3, version: 1 });
    patch.flush(tree(2, 3));
    await reloaded(tree(2, 3));
    await saving;
    const problems = state.fieldProblems();
    expect(problems.get('intensity')).toEqual({
      field: 'intensity',
      key: 'editor.problem.number',
      params: { min: 0.1, max: 1 },
    });
    expect(problems.get('referenceDurationMonths')).toEqual({
      // Half months are real (ADR 0018): any number within the limits.
      field: 'referenceDurationMonths',
      key: 'editor.problem.number',
      params: { min: 1, max: 120 },
    });
    expect(problems.get('programmeForm')?.key).toBe('editor.problem.programmeForm');
    expect(state.saveState()).toBe('invalid');
  });

  it('shows what the server refuses at its field, in the interface language, and keeps going', async () => {
    const state = setUp(null);
    await load(state);
    state.editCurriculum({ ecvetPoints: 70, eqfLevel: 5 });
    const saving = state.save();
    await Promise.resolve();
    http
      .expectOne((r) => r.method === 'PATCH' && 'ecvetPoints' in r.body)
      .flush(
        {
          statusCode: 400,
          message: 'ecvetPoints: ecvetPoints must not be greater than 60',
          errors: [{ path: 'ecvetPoints', message: 'ecvetPoints must not be greater than 60' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    // The field the server did not name goes again on its own.
    await turn();
    const rest = http.expectOne((r) => r.method === 'PATCH');
    expect(rest.request.body).toEqual({ eqfLevel: 5, version: 1 });
    rest.flush(tree(2, 5));
    await reloaded(tree(2, 5));
    await saving;
    expect(state.error()).toBeNull();
    expect(state.fieldProblems().get('ecvetPoints')?.key).toBe('editor.problem.number');
    expect(state.saveState()).toBe('invalid');
  });

  it('keeps unsaved changes in the browser and brings them back on the next visit', async () => {
    const first = setUp(null);
    await signIn();
    await load(first);
    first.editCurriculum({ description: { de: 'Getippt, nicht gespeichert' } });
    TestBed.tick();
    const stored = JSON.parse(localStorage.getItem('cb.draft.teacher-1.c1') ?? 'null');
    expect(stored.changes).toEqual([
      {
        kind: 'curriculum',
        version: 1,
        body: { description: { de: 'Getippt, nicht gespeichert' } },
      },
    ]);

    TestBed.resetTestingModule();
    const second = setUp(null);
    await signIn();
    // Someone else saved version 2 in the meantime: the draft still says what it was based on.
    await load(second, 2);
    expect(second.restored()?.count).toBe(1);
    expect(second.working()?.description).toEqual({ de: 'Getippt, nicht gespeichert' });
    const saving = second.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH');
    expect(patch.request.body).toEqual({
      description: { de: 'Getippt, nicht gespeichert' },
      version: 1,
    });
    patch.flush(
      { statusCode: 409, message: 'changed', current: tree(2) },
      { status: 409, statusText: 'Conflict' },
    );
    await saving;
    expect(second.conflict()?.mine).toEqual({ description: { de: 'Getippt, nicht gespeichert' } });

    second.discardRestored();
    TestBed.tick();
    expect(localStorage.getItem('cb.draft.teacher-1.c1')).toBeNull();
  });

  it('keeps what is typed while the reload after a save is on its way', async () => {
    const state = setUp(null);
    await load(state);
    state.editCurriculum({ eqfLevel: 5 });
    const saving = state.save();
    await Promise.resolve();
    http.expectOne((r) => r.method === 'PATCH').flush(tree(2, 5));
    await turn();
    const reload = http.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/curricula/c1');
    state.editCurriculum({ description: { de: 'während des Ladens getippt' } });
    reload.flush(tree(2, 5));
    await turn();
    http.expectOne('/api/v1/curricula/c1/reviews').flush([]);
    await saving;
    expect(state.working()?.description).toEqual({ de: 'während des Ladens getippt' });
    expect(state.saveState()).toBe('unsaved');
  });

  it('saves by itself a moment after the last change', async () => {
    const state = setUp(5);
    await load(state);
    state.editCurriculum({ eqfLevel: 3 });
    TestBed.tick();
    state.editCurriculum({ eqfLevel: 5 });
    TestBed.tick();
    http.expectNone((r) => r.method === 'PATCH');
    await new Promise((done) => setTimeout(done, 30));
    const patch = http.expectOne((r) => r.method === 'PATCH');
    expect(patch.request.body).toEqual({ eqfLevel: 5, version: 1 });
    patch.flush(tree(2, 5));
    await reloaded(tree(2, 5));
    expect(state.saveState()).toBe('saved');
  });
});
