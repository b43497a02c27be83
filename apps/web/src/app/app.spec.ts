import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';
import { appRoutes } from './app.routes';
import { Auth } from './core/auth/auth';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter(appRoutes), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('shows the product name, a skip link and the service status', async () => {
    const fixture = TestBed.createComponent(App);
    const http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'sqlite', apiDocs: true });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('header')?.textContent).toContain('Curriculum builder');
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('database: SQLite');
    expect(page.querySelector('footer a[href="/api/docs"]')).not.toBeNull();
    http.verify();
  });

  it('links no API documentation where the server serves none (production)', async () => {
    const fixture = TestBed.createComponent(App);
    const http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'sqlite', apiDocs: false });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('[role="status"]')?.textContent).toContain('database: SQLite');
    expect(page.querySelector('footer a[href="/api/docs"]')).toBeNull();
    http.verify();
  });

  it('links every signed-in user to their account, and admins to the administration', async () => {
    const fixture = TestBed.createComponent(App);
    const http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'sqlite', apiDocs: true });
    const header = () => (fixture.nativeElement as HTMLElement).querySelector('header');
    const links = () =>
      Array.from(header()?.querySelectorAll('a') ?? []).map((a) => [
        a.textContent?.trim(),
        a.getAttribute('href'),
      ]);
    const signIn = async (role: 'learner' | 'admin') => {
      const login = TestBed.inject(Auth).login(`${role}@example.org`, 'a long passphrase');
      http.expectOne('/api/v1/auth/login').flush({
        user: {
          id: role,
          email: `${role}@example.org`,
          role,
          institutionId: null,
          displayName: role,
        },
        csrfToken: 'csrf',
        expiresAt: '2026-03-12T18:00:00.000Z',
      });
      await login;
      await fixture.whenStable();
    };
    await fixture.whenStable();
    expect(links()).not.toContainEqual(['Account', '/account']);

    await signIn('learner');
    expect(links()).toContainEqual(['Account', '/account']);
    expect(links()).not.toContainEqual(['User accounts', '/admin/accounts']);
    expect(links()).not.toContainEqual(["Learners' data", '/admin/learners']);

    await signIn('admin');
    expect(links()).toContainEqual(['Account', '/account']);
    expect(links()).toContainEqual(['User accounts', '/admin/accounts']);
    expect(links()).toContainEqual(["Learners' data", '/admin/learners']);
    http.verify();
  });

  it('says so when the service cannot be reached', async () => {
    const fixture = TestBed.createComponent(App);
    const http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
    http
      .expectOne('/api/v1/health')
      .flush('down', { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    const status = (fixture.nativeElement as HTMLElement).querySelector('[role="status"]');
    expect(status?.textContent).toContain('Service unreachable');
    expect(status?.getAttribute('data-state')).toBe('unreachable');
  });
});
