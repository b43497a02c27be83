import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@curriculum-builder/curriculum';
import { appRoutes } from './app.routes';
import { Auth } from './core/auth/auth';
import { I18n } from './core/i18n/i18n';

/** The account pages' routes: who gets in, and that each lazy area brings its messages. */
describe('account and administration routes', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const heading = () => harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
  }

  async function signIn(role: Role): Promise<void> {
    const login = TestBed.inject(Auth).login(`${role}@example.org`, 'a long passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: `u-${role}`,
        email: `${role}@example.org`,
        role,
        institutionId: null,
        displayName: role,
      },
      csrfToken: 'csrf',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
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
    history.replaceState(null, '', '/');
  });

  it('sends an anonymous visitor of /account to the login page and back', async () => {
    const navigation = harness.navigateByUrl('/account');
    await settle();
    http.expectOne('/api/v1/auth/session').flush({ user: null, csrfToken: null, expiresAt: null });
    await navigation;
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?returnTo=%2Faccount');
  });

  it('opens /account for any signed-in role, with the messages of the area', async () => {
    await signIn('learner');
    await harness.navigateByUrl('/account');
    await settle();
    expect(heading()).toBe('Account');
    expect(harness.routeNativeElement?.textContent).toContain('Change password');
  });

  it('opens /admin/accounts for admins only', async () => {
    await signIn('author');
    await harness.navigateByUrl('/admin/accounts');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?returnTo=%2Fadmin%2Faccounts');

    await signIn('admin');
    await harness.navigateByUrl('/admin/accounts');
    await settle();
    http.expectOne('/api/v1/users').flush([]);
    http.expectOne((r) => r.url === '/api/v1/security-events').flush({ items: [] });
    await settle();
    expect(heading()).toBe('User accounts');
  });

  it('opens /admin/learners for admins only', async () => {
    await signIn('mobility-coordinator');
    await harness.navigateByUrl('/admin/learners');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?returnTo=%2Fadmin%2Flearners');

    await signIn('admin');
    await harness.navigateByUrl('/admin/learners');
    await settle();
    http.expectOne('/api/v1/learners').flush([]);
    await settle();
    expect(heading()).toBe("Learners' personal data");
  });

  it('opens /reset-password without signing in', async () => {
    history.replaceState(null, '', '/reset-password#token=abcdefghijklmnopqrstuvwxyz');
    await harness.navigateByUrl('/reset-password');
    await settle();
    expect(heading()).toBe('Set a new password');
    expect(harness.routeNativeElement?.querySelector('form')).not.toBeNull();
    http.expectNone('/api/v1/auth/session');
  });
});
