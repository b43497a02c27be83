import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurriculumSummary } from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';
import { LibraryApi, type LibrarySearchQuery } from './library-api';
import { entryFixture, unitFixture } from './testing/library-fixtures';

const ALL: LibrarySearchQuery = {
  q: '',
  kind: '',
  eqf: null,
  minPoints: null,
  maxPoints: null,
  area: '',
  skill: '',
  occupation: '',
  language: '',
  institution: '',
  country: '',
  limit: 20,
  offset: 0,
};

function curriculum(id: string, patch: Partial<CurriculumSummary> = {}): CurriculumSummary {
  return {
    id,
    version: 1,
    code: id.toUpperCase(),
    title: { en: id },
    status: 'draft',
    ecvetPoints: 180,
    eqfLevel: 4,
    primaryLanguage: 'en',
    languages: ['en'],
    institutionId: 'school-1',
    unitCount: 3,
    publishedVersion: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...patch,
  };
}

describe('LibraryApi', () => {
  let api: LibraryApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(LibraryApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('searches with the page only when no filter is set', async () => {
    const page = firstValueFrom(api.search(ALL));
    const request = http.expectOne((r) => r.url === '/api/v1/library');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['limit', 'offset']);
    request.flush({ items: [entryFixture()], total: 1 });
    expect((await page).total).toBe(1);
  });

  it('sends the words trimmed and every filter that is set', async () => {
    const page = firstValueFrom(
      api.search({
        ...ALL,
        q: ' additive ',
        eqf: 4,
        area: 'digital-production',
        language: 'de',
        country: 'LT',
        limit: 20,
        offset: 40,
      }),
    );
    const request = http.expectOne((r) => r.url === '/api/v1/library');
    expect(request.request.urlWithParams).toBe(
      '/api/v1/library?limit=20&offset=40&q=additive&eqf=4&area=digital-production&language=de&country=LT',
    );
    request.flush({ items: [], total: 0 });
    await page;
  });

  it('sends the kind, the ECVET points (0 too), the ESCO skill and occupation and the publisher', async () => {
    const skill = 'http://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444';
    const occupation = 'http://data.europa.eu/esco/occupation/bbbbbbbb-1111-2222-3333-444444444444';
    const institution = '5f0c7a4e-3b1d-4c2a-9e8f-0a1b2c3d4e5f';
    const page = firstValueFrom(
      api.search({
        ...ALL,
        kind: 'curriculum',
        minPoints: 0,
        maxPoints: 7.5,
        skill,
        occupation,
        institution,
      }),
    );
    const request = http.expectOne((r) => r.url === '/api/v1/library');
    const params = request.request.params;
    expect(params.keys().sort()).toEqual(
      [
        'institution',
        'kind',
        'limit',
        'maxPoints',
        'minPoints',
        'occupation',
        'offset',
        'skill',
      ].sort(),
    );
    expect(params.get('kind')).toBe('curriculum');
    expect(params.get('minPoints')).toBe('0');
    expect(params.get('maxPoints')).toBe('7.5');
    expect(params.get('skill')).toBe(skill);
    expect(params.get('occupation')).toBe(occupation);
    expect(params.get('institution')).toBe(institution);
    request.flush({ items: [], total: 0 });
    await page;
  });

  it('reads an entry and one of its versions', async () => {
    const entry = api.entry('e 1');
    http.expectOne({ method: 'GET', url: '/api/v1/library/e%201' }).flush(entryFixture());
    expect((await entry).code).toBe('AM-01');

    const version = api.version('e1', 1);
    http
      .expectOne({ method: 'GET', url: '/api/v1/library/e1/versions/1' })
      .flush(entryFixture().latest);
    expect((await version).number).toBe(2);
  });

  it('adopts into a curriculum, with the version when one is chosen', async () => {
    const unit = unitFixture();
    const latest = api.adopt('e1', 'c1');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/library/e1/adopt' });
    expect(request.request.body).toEqual({ curriculumId: 'c1' });
    request.flush(unit, { status: 201, statusText: 'Created' });
    expect((await latest).id).toBe(unit.id);

    const older = api.adopt('e1', 'c1', 1);
    const second = http.expectOne({ method: 'POST', url: '/api/v1/library/e1/adopt' });
    expect(second.request.body).toEqual({ curriculumId: 'c1', version: 1 });
    second.flush(unit, { status: 201, statusText: 'Created' });
    await older;
  });

  it("lists the school's editable curricula only, by code", async () => {
    const list = api.editableCurricula('school-1');
    const drafts = http.expectOne(
      (r) => r.url === '/api/v1/curricula' && r.params.get('status') === 'draft',
    );
    const returned = http.expectOne(
      (r) => r.url === '/api/v1/curricula' && r.params.get('status') === 'changes-requested',
    );
    expect(drafts.request.params.get('pageSize')).toBe('100');
    drafts.flush({
      items: [
        curriculum('zm'),
        // Another school's: its published version, never its draft, is what the list has.
        curriculum('other', { institutionId: 'school-2' }),
      ],
      total: 2,
    });
    returned.flush({ items: [curriculum('am', { status: 'changes-requested' })], total: 1 });
    expect((await list).map((c) => c.id)).toEqual(['am', 'zm']);
  });
});
