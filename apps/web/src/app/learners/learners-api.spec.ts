import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { learnerRecord } from '../mobility/testing/mobility-fixtures';
import { LearnersApi } from './learners-api';

describe('LearnersApi', () => {
  let api: LearnersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(LearnersApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists learners and enrols one', async () => {
    const list = api.learners();
    http.expectOne({ method: 'GET', url: '/api/v1/learners' }).flush([]);
    expect(await list).toEqual([]);

    const body = {
      givenName: 'Lea',
      familyName: 'Lernend',
      learnerNumber: 'N-17',
      curriculumId: 'c1',
      startedOn: '2025-09-01',
    };
    const created = api.enrol(body);
    const post = http.expectOne({ method: 'POST', url: '/api/v1/learners' });
    expect(post.request.body).toEqual(body);
    post.flush(learnerRecord().learner, { status: 201, statusText: 'Created' });
    expect((await created).id).toBe('l1');
  });

  it('reads a record, records a result and deletes one, each answering the record', async () => {
    const record = learnerRecord();
    const read = api.record('l1');
    http.expectOne({ method: 'GET', url: '/api/v1/learners/l1/record' }).flush(record);
    expect(await read).toEqual(record);

    const body = {
      enrolmentId: 'e1',
      unitId: 'u1',
      assessedOn: '2026-01-15',
      method: 'portfolio',
      result: 'passed' as const,
      assessor: 'Herr Prüfer',
      place: 'home' as const,
      evidence: 'Journeyman certificate',
    };
    const recorded = api.recordAchievement('l1', body);
    const post = http.expectOne({ method: 'POST', url: '/api/v1/learners/l1/achievements' });
    expect(post.request.body).toEqual(body);
    post.flush(record);
    expect(await recorded).toEqual(record);

    const deleted = api.deleteAchievement('l1', 'a1');
    http.expectOne({ method: 'DELETE', url: '/api/v1/learners/l1/achievements/a1' }).flush(record);
    expect(await deleted).toEqual(record);
    expect(api.elmUrl('l1')).toBe('/api/v1/learners/l1/record/elm');
  });

  it('asks for published curricula only, a hundred at a time', async () => {
    const curricula = api.publishedCurricula();
    const request = http.expectOne((r) => r.url === '/api/v1/curricula');
    expect(request.request.params.get('status')).toBe('published');
    expect(request.request.params.get('pageSize')).toBe('100');
    request.flush({ items: [{ id: 'c1' }], total: 1 });
    expect(await curricula).toEqual([{ id: 'c1' }]);
  });
});
