import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MobilityApi } from './mobility-api';
import { mobility, mou, transcript } from './testing/mobility-fixtures';

describe('MobilityApi', () => {
  let api: MobilityApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(MobilityApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Answers the one request to `url` with `method`, and returns its body. */
  function answer(method: string, url: string, response: object): unknown {
    const request = http.expectOne({ method, url });
    request.flush(response);
    return request.request.body;
  }

  it('reads, creates, accepts and rejects MoUs with the version they are based on', async () => {
    const all = api.mous();
    answer('GET', '/api/v1/mous', []);
    await all;
    const one = api.mou('mou1');
    answer('GET', '/api/v1/mous/mou1', mou());
    expect((await one).id).toBe('mou1');

    const created = api.createMou({
      title: 'T',
      curriculumId: 'c1',
      partners: [],
      assessmentArrangements: 'A',
      validFrom: '2026-01-01',
      validUntil: '2027-01-01',
    });
    expect(answer('POST', '/api/v1/mous', mou())).toMatchObject({ title: 'T' });
    await created;

    const accepted = api.acceptMou('mou1', 3);
    expect(answer('POST', '/api/v1/mous/mou1/accept', mou())).toEqual({ version: 3 });
    await accepted;
    const rejected = api.rejectMou('mou1', 3, 'Units missing');
    expect(answer('POST', '/api/v1/mous/mou1/reject', mou())).toEqual({
      version: 3,
      reason: 'Units missing',
    });
    await rejected;
    expect(api.mouPdfUrl('mou1', 'lt')).toBe('/api/v1/mous/mou1/export/pdf?lang=lt');
  });

  it('signs and rejects Learning Agreements', async () => {
    const list = api.mobilities();
    answer('GET', '/api/v1/mobilities', []);
    await list;
    const signed = api.signMobility('m1', 4);
    expect(answer('POST', '/api/v1/mobilities/m1/accept', mobility())).toEqual({ version: 4 });
    await signed;
    const rejected = api.rejectMobility('m1', 4, 'Wrong dates');
    expect(answer('POST', '/api/v1/mobilities/m1/reject', mobility())).toEqual({
      version: 4,
      reason: 'Wrong dates',
    });
    await rejected;
    expect(api.mobilityPdfUrl('m1', 'de')).toBe('/api/v1/mobilities/m1/export/pdf?lang=de');
  });

  it('records, removes, issues and decides transcript lines', async () => {
    const read = api.transcript('m1');
    answer('GET', '/api/v1/mobilities/m1/transcript', transcript());
    await read;

    const body = {
      unitId: 'u2',
      assessedOn: '2026-06-20',
      method: 'practical-task',
      result: 'passed' as const,
      assessor: 'Rasa',
      place: 'host' as const,
      placeName: 'Vilnius VET Centre',
    };
    const added = api.addLine('m1', body);
    expect(answer('POST', '/api/v1/mobilities/m1/transcript/lines', transcript())).toEqual(body);
    await added;
    const removed = api.removeLine('m1', 'line1');
    answer('DELETE', '/api/v1/mobilities/m1/transcript/lines/line1', transcript());
    await removed;
    const issued = api.issueTranscript('m1', 5);
    expect(answer('POST', '/api/v1/mobilities/m1/transcript/issue', transcript())).toEqual({
      version: 5,
    });
    await issued;
    const recognised = api.recogniseLine('m1', 'line1', 2);
    expect(
      answer('POST', '/api/v1/mobilities/m1/transcript/lines/line1/accept', transcript()),
    ).toEqual({ version: 2 });
    await recognised;
    const refused = api.refuseLine('m1', 'line1', 2, 'Not the agreed outcome');
    expect(
      answer('POST', '/api/v1/mobilities/m1/transcript/lines/line1/reject', transcript()),
    ).toEqual({ version: 2, reason: 'Not the agreed outcome' });
    await refused;
    expect(api.transcriptPdfUrl('m1', 'et')).toBe(
      '/api/v1/mobilities/m1/transcript/export/pdf?lang=et',
    );
  });
});
