import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { PLACEMENTS_MESSAGES } from '../placements.messages';
import { offerFixture, requestFixture } from '../testing/placement-fixtures';
import { PlacementsOverview } from './placements-overview';

describe('PlacementsOverview', () => {
  let fixture: ComponentFixture<PlacementsOverview>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const request = (id: string) => page.querySelector(`[data-request="${id}"]`) as HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlacementsOverview],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(PLACEMENTS_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlacementsOverview);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne('/api/v1/placements')
      .flush({ items: [offerFixture({ id: 'closed', status: 'closed' }), offerFixture()] });
    http.expectOne('/api/v1/placement-requests').flush({
      items: [
        requestFixture({
          id: 'done',
          status: 'accepted',
          answer: 'See you in September',
          decidedAt: '2026-06-12T08:00:00.000Z',
        }),
        requestFixture(),
      ],
    });
    await settle();
  });

  afterEach(() => http.verify());

  it('lists the offers, open first, with period, places and status', () => {
    const rows = Array.from(page.querySelectorAll('[data-testid="placement-offers"] tbody tr'));
    expect(rows.map((row) => row.getAttribute('data-offer'))).toEqual(['offer-1', 'closed']);
    const cells = Array.from(rows[0].children).map(text);
    expect(cells[0]).toBe('CNC machining placement');
    expect(cells[1]).toBe('Kaunas, Lithuania');
    expect(cells[2]).toContain('35 hours a week');
    expect(cells[3]).toBe('1 of 4 taken');
    expect(cells[4]).toBe('Open');
    expect(rows[0].querySelector('[data-action="close-offer"]')).not.toBeNull();
    expect(rows[1].querySelector('[data-action="close-offer"]')).toBeNull();
  });

  it('links each offer, open or closed, to its form, named by its title', () => {
    for (const id of ['offer-1', 'closed']) {
      const edit = page.querySelector(
        `[data-offer="${id}"] [data-action="edit-offer"]`,
      ) as HTMLAnchorElement;
      expect(edit.tagName).toBe('A');
      expect(edit.getAttribute('href')).toBe(`/placements/${id}/edit`);
      expect(text(edit)).toBe('Edit');
      expect(edit.getAttribute('aria-label')).toBe('Edit CNC machining placement');
    }
  });

  it('says that an offer is saved, coming back from its form', async () => {
    // Only the navigation's state is read.
    const navigation = { extras: { state: { saved: 'CNC turning placement' } } };
    jest
      .spyOn(TestBed.inject(Router), 'currentNavigation')
      .mockReturnValue(navigation as unknown as ReturnType<Router['currentNavigation']>);
    const again = TestBed.createComponent(PlacementsOverview);
    again.detectChanges();
    await settle();
    http.expectOne('/api/v1/placements').flush({ items: [offerFixture()] });
    http.expectOne('/api/v1/placement-requests').flush({ items: [] });
    await settle();
    again.detectChanges();
    expect(
      text((again.nativeElement as HTMLElement).querySelector('[data-testid="placements-status"]')),
    ).toBe('The offer “CNC turning placement” is saved.');
  });

  it('lists the requests, those awaiting an answer first, with Accept and Decline', () => {
    const cards = Array.from(page.querySelectorAll('[data-testid="placement-requests"] > li'));
    expect(cards.map((card) => card.getAttribute('data-request'))).toEqual(['request-1', 'done']);
    const pending = request('request-1');
    expect(text(pending.querySelector('h3'))).toBe('Berufsschule Nord, Germany');
    expect(text(pending)).toContain('ZM-3 Zerspanungsmechaniker/in');
    expect(text(pending)).toContain('2 learners');
    expect(text(pending)).toContain('Two learners in their second year.');
    expect(pending.querySelector('[data-decision="accept"]')).not.toBeNull();
    expect(text(pending.querySelector('label[for="answer-request-1"]'))).toBe(
      'Answer to the school (optional)',
    );
    const done = request('done');
    expect(text(done)).toContain('See you in September');
    expect(done.querySelector('[data-decision="accept"]')).toBeNull();
  });

  it('accepts a request with the answer, and reads the offers again for their places', async () => {
    const answer = page.querySelector('#answer-request-1') as HTMLTextAreaElement;
    answer.value = 'Welcome!';
    answer.dispatchEvent(new Event('input'));
    (request('request-1').querySelector('[data-decision="accept"]') as HTMLButtonElement).click();
    await settle();
    const accept = http.expectOne({
      method: 'POST',
      url: '/api/v1/placement-requests/request-1/accept',
    });
    expect(accept.request.body).toEqual({ answer: 'Welcome!' });
    accept.flush(requestFixture({ status: 'accepted', answer: 'Welcome!' }));
    await settle();
    http.expectOne('/api/v1/placements').flush({ items: [offerFixture({ taken: 3 })] });
    await settle();

    expect(text(page.querySelector('[data-testid="placements-status"]'))).toBe(
      'The request of Berufsschule Nord is accepted.',
    );
    expect(request('request-1').querySelector('[data-decision="accept"]')).toBeNull();
    expect(document.activeElement?.id).toBe('request-request-1-heading');
    expect(text(page.querySelector('[data-offer="offer-1"]'))).toContain('3 of 4 taken');
  });

  it('closes an offer at the version shown', async () => {
    (page.querySelector('[data-action="close-offer"]') as HTMLButtonElement).click();
    await settle();
    const close = http.expectOne({ method: 'PATCH', url: '/api/v1/placements/offer-1' });
    expect(close.request.body).toEqual({ version: 2, status: 'closed' });
    close.flush(offerFixture({ status: 'closed', version: 3 }));
    await settle();
    expect(text(page.querySelector('[data-testid="placements-status"]'))).toBe(
      'The offer “CNC machining placement” is closed; schools no longer find it.',
    );
    expect(page.querySelector('[data-action="close-offer"]')).toBeNull();
  });

  it('shows what is stored when a request was answered meanwhile', async () => {
    (request('request-1').querySelector('[data-decision="decline"]') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne('/api/v1/placement-requests/request-1/decline')
      .flush({ statusCode: 409, message: 'Not pending' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/v1/placements').flush({ items: [offerFixture()] });
    http
      .expectOne('/api/v1/placement-requests')
      .flush({ items: [requestFixture({ status: 'withdrawn' })] });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain(
      'This was changed by someone else meanwhile.',
    );
    expect(text(request('request-1'))).toContain('Withdrawn by the school');
  });
});
