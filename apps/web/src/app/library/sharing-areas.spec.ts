import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { appRoutes } from '../app.routes';
import { I18n } from '../core/i18n/i18n';
import { MessageTitleStrategy } from '../core/i18n/title-strategy';
import { signIn } from '../mobility/testing/sign-in';
import { offerFixture } from '../placements/testing/placement-fixtures';
import { summaryFixture } from './testing/library-fixtures';

/** Who enters the shared library and the placements, with the messages and titles of each. */
describe('the library and placements areas', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const heading = () => harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();
  const url = () => TestBed.inject(Router).url;

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: MessageTitleStrategy },
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  it('opens /library for authors, with the Industry 4.0 areas named, and not for companies', async () => {
    await signIn(http, 'company', 'company-1');
    await harness.navigateByUrl('/library');
    await settle();
    expect(url()).toBe('/login?returnTo=%2Flibrary');

    await signIn(http, 'author', 'school-1');
    await harness.navigateByUrl('/library');
    await settle();
    http
      .expectOne((r) => r.url === '/api/v1/library')
      .flush({ items: [summaryFixture()], total: 1 });
    await settle();
    expect(heading()).toBe('Shared library');
    expect(document.title).toBe('Shared library · Curriculum builder');
    expect(harness.routeNativeElement?.textContent).toContain('Workplace innovation');
  });

  it('opens /placements for companies, and not for authors', async () => {
    await signIn(http, 'author', 'school-1');
    await harness.navigateByUrl('/placements');
    await settle();
    expect(url()).toBe('/login?returnTo=%2Fplacements');

    await signIn(http, 'company', 'company-1');
    await harness.navigateByUrl('/placements');
    await settle();
    http.expectOne('/api/v1/placements').flush({ items: [offerFixture()] });
    http.expectOne('/api/v1/placement-requests').flush({ items: [] });
    await settle();
    expect(heading()).toBe('Work-based learning placements');
    expect(document.title).toBe('Placements · Curriculum builder');

    await harness.navigateByUrl('/placements/new');
    await settle();
    expect(heading()).toBe('New placement offer');
    // The ESCO picker's messages came with the area.
    expect(
      harness.routeNativeElement?.querySelector('#offer-escoSkills')?.getAttribute('placeholder'),
    ).toBe('Search ESCO skills, or paste a skill URI');

    // Back from a new offer: the page says it is published.
    await TestBed.inject(Router).navigate(['/placements'], {
      state: { published: 'CNC placement' },
    });
    await settle();
    http.expectOne('/api/v1/placements').flush({ items: [offerFixture()] });
    http.expectOne('/api/v1/placement-requests').flush({ items: [] });
    await settle();
    expect(
      harness.routeNativeElement?.querySelector('[data-testid="placements-status"]')?.textContent,
    ).toContain('The offer “CNC placement” is published.');
  });
});
