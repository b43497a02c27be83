import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@curriculum-builder/curriculum';
import { appRoutes } from '../app.routes';
import { I18n } from '../core/i18n/i18n';
import { Shell } from '../core/layout/shell';
import { HOME, learnerRecord, mobility } from './testing/mobility-fixtures';
import { signIn } from './testing/sign-in';

/** Who enters the mobility, learners and own-record areas, and the shell's links to them. */
describe('the ECVET areas', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement as HTMLElement;
  const heading = () => page().querySelector('h1')?.textContent?.trim();

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
  }

  async function as(role: Role): Promise<void> {
    await signIn(http, role, role === 'learner' ? null : HOME.id);
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
  });

  it('opens /mobility for coordinators and authors, not for learners', async () => {
    await as('learner');
    await harness.navigateByUrl('/mobility');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?returnTo=%2Fmobility');

    await as('mobility-coordinator');
    await harness.navigateByUrl('/mobility');
    await settle();
    http.expectOne('/api/v1/mous').flush([]);
    http.expectOne('/api/v1/mobilities').flush([]);
    await settle();
    expect(heading()).toBe('Mobility');
    expect(page().textContent).toContain('Nothing awaits you.');
  });

  it('opens /learners for school staff with the enrol form', async () => {
    await as('author');
    await harness.navigateByUrl('/learners');
    await settle();
    http.expectOne('/api/v1/learners').flush([]);
    http.expectOne((r) => r.url === '/api/v1/curricula').flush({ items: [], total: 0 });
    await settle();
    expect(heading()).toBe('Learners');
    const submit = page().querySelector('form button[type="submit"]');
    expect(submit?.textContent?.trim()).toBe('Enrol learner');
  });

  it("opens a learner's own record and agreements at /my-record, and an agreement to sign", async () => {
    await as('learner');
    await harness.navigateByUrl('/my-record');
    await settle();
    http
      .expectOne('/api/v1/learners')
      .flush([{ id: 'l1', name: 'Lea Lernend', learnerNumber: 'N-17', enrolments: [] }]);
    http.expectOne('/api/v1/mobilities').flush([
      {
        id: 'm1',
        status: 'proposed',
        learner: 'Lea Lernend',
        home: 'Berufsschule Nord',
        host: 'Vilnius VET Centre',
        startsOn: '2026-04-01',
        endsOn: '2026-06-30',
        awaitingCaller: true,
        awaiting: 'sign',
      },
    ]);
    await settle();
    http.expectOne('/api/v1/learners/l1/record').flush(learnerRecord());
    await settle();
    expect(heading()).toBe('My record');
    expect(page().querySelector('[data-testid="record-points"]')?.textContent).toContain(
      '25 of 60 ECVET points',
    );
    const link = page().querySelector<HTMLAnchorElement>('a[href="/my-record/agreements/m1"]');
    expect(link?.closest('tr')?.textContent).toContain('your signature');

    await harness.navigateByUrl('/my-record/agreements/m1');
    await settle();
    http
      .expectOne('/api/v1/mobilities/m1')
      .flush(mobility({ callerParty: 'learner', awaitingCaller: true }));
    await settle();
    expect(heading()).toBe('Learning Agreement: Lea Lernend');
    // The page's own buttons, beside the PDFs' export buttons (one per language).
    const buttons = Array.from(page().querySelectorAll('button'))
      .filter((b) => b.closest('cb-export-job') === null)
      .map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Sign', 'Reject']);
  });

  it('links each role in the navigation to its areas only', async () => {
    const fixture = TestBed.createComponent(Shell);
    const links = () =>
      Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('nav a')).map((a) =>
        a.textContent?.trim(),
      );
    fixture.detectChanges();
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'sqlite', apiDocs: false });
    await as('mobility-coordinator');
    await fixture.whenStable();
    expect(links()).toEqual(['Catalogue', 'Mobility', 'Learners']);
    await as('learner');
    await fixture.whenStable();
    expect(links()).toEqual(['Catalogue', 'My record']);
    await as('company');
    await fixture.whenStable();
    expect(links()).toEqual(['Catalogue', 'Placements']);
    await as('admin');
    await fixture.whenStable();
    expect(links()).toEqual(['Catalogue', 'Mobility', 'User accounts', "Learners' data"]);
    await as('author');
    await fixture.whenStable();
    expect(links()).toEqual(['Catalogue', 'My curricula', 'Library', 'Mobility', 'Learners']);
    // Authors also read notifications: the shell's inbox asks for them.
    for (const request of http.match('/api/v1/notifications')) {
      request.flush({ items: [], unread: 0 });
    }
    fixture.destroy();
  });
});
