import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PlacementsApi } from './placements-api';
import { offerFixture, requestFixture } from './testing/placement-fixtures';

describe('PlacementsApi', () => {
  let api: PlacementsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(PlacementsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Answers the one request to `url` with `method`, and returns its body. */
  function answer(method: string, url: string, response: object): unknown {
    const request = http.expectOne({ method, url });
    request.flush(response);
    return request.request.body;
  }

  it("lists the caller's offers and requests from their pages' items", async () => {
    const offers = api.offers();
    answer('GET', '/api/v1/placements', { items: [offerFixture()] });
    expect((await offers).map((o) => o.id)).toEqual(['offer-1']);

    const requests = api.requests();
    answer('GET', '/api/v1/placement-requests', { items: [requestFixture()] });
    expect((await requests).map((r) => r.id)).toEqual(['request-1']);
  });

  it('publishes an offer with the body as given', async () => {
    const body = {
      title: { en: 'CNC placement' },
      city: 'Kaunas',
      country: 'LT',
      startsOn: '2026-09-01',
      endsOn: '2026-11-30',
      hoursPerWeek: 35,
      capacity: 4,
      escoSkills: offerFixture().escoSkills.map((s) => ({ uri: s.uri, label: s.label })),
      languages: ['lt'],
      contact: { name: 'Rasa', email: 'rasa@example.org' },
    };
    const created = api.createOffer(body);
    expect(answer('POST', '/api/v1/placements', offerFixture())).toEqual(body);
    expect((await created).id).toBe('offer-1');
  });

  it('reads one offer, and changes the fields given at the version shown', async () => {
    const offer = api.offer('offer 1');
    answer('GET', '/api/v1/placements/offer%201', offerFixture());
    expect((await offer).version).toBe(2);

    const updated = api.updateOffer('offer 1', { version: 2, capacity: 6, status: 'open' });
    expect(
      answer('PATCH', '/api/v1/placements/offer%201', offerFixture({ version: 3, capacity: 6 })),
    ).toEqual({ version: 2, capacity: 6, status: 'open' });
    expect((await updated).capacity).toBe(6);
  });

  it('passes on a stale version as the 409 it is, with the stored offer', async () => {
    const updated = api.updateOffer('offer-1', { version: 1, capacity: 6 });
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' })
      .flush(
        { statusCode: 409, message: 'Changed', current: offerFixture() },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(updated).rejects.toMatchObject({
      status: 409,
      error: { current: { id: 'offer-1', version: 2 } },
    });
  });

  it('closes an offer at the version shown', async () => {
    const closed = api.closeOffer('offer 1', 2);
    expect(
      answer('PATCH', '/api/v1/placements/offer%201', offerFixture({ status: 'closed' })),
    ).toEqual({ version: 2, status: 'closed' });
    expect((await closed).status).toBe('closed');
  });

  it('accepts with the answer trimmed, and declines without a blank one', async () => {
    const accepted = api.answer('request-1', 'accept', '  Welcome!  ');
    expect(
      answer(
        'POST',
        '/api/v1/placement-requests/request-1/accept',
        requestFixture({ status: 'accepted' }),
      ),
    ).toEqual({ answer: 'Welcome!' });
    expect((await accepted).status).toBe('accepted');

    const declined = api.answer('request-1', 'decline', '   ');
    expect(
      answer(
        'POST',
        '/api/v1/placement-requests/request-1/decline',
        requestFixture({ status: 'declined' }),
      ),
    ).toEqual({});
    expect((await declined).status).toBe('declined');
  });
});
