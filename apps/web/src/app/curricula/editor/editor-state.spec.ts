import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Curriculum } from '@curriculum-builder/curriculum';
import { EditorState } from './editor-state';

const tree = (version: number, eqfLevel = 4): Curriculum =>
  ({
    id: 'c1',
    version,
    status: 'draft',
    institutionId: 'i1',
    code: 'X',
    title: { de: 'Mechatronik' },
    description: {},
    eqfLevel,
    nqfLevel: null,
    iscedFCode: '0714',
    occupation: null,
    durationMonths: 12,
    fullTime: true,
    ecvetPoints: 60,
    primaryLanguage: 'de',
    languages: ['de'],
    electiveGroups: [],
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
