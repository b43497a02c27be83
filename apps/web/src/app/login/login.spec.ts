import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Auth } from '../core/auth/auth';
import { I18n } from '../core/i18n/i18n';
import { Login } from './login';

@Component({ selector: 'cb-blank', template: '' })
class Blank {}

describe('Login', () => {
  let fixture: ComponentFixture<Login>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const alert = () => page.querySelector('[role="alert"]')?.textContent?.trim();

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function signIn(email: string, password: string): Promise<void> {
    for (const [selector, value] of [
      ['#login-email', email],
      ['#login-password', password],
    ]) {
      const input = page.querySelector<HTMLInputElement>(selector);
      if (input === null) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    await TestBed.inject(I18n).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Login);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says how many seconds to wait when the account or address is backing off (429)', async () => {
    await signIn('ana@school.example', 'wrong guess');
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'ana@school.example', password: 'wrong guess' });
    request.flush(
      { statusCode: 429, message: 'Too many sign-in attempts', retryAfterSeconds: 42 },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '42' } },
    );
    await settle();
    expect(alert()).toBe('Too many attempts. Try again in 42 seconds.');
    expect(TestBed.inject(Auth).loggedIn()).toBe(false);
  });

  it('reads the Retry-After header when the body has no retryAfterSeconds, in German too', async () => {
    await TestBed.inject(I18n).use('de');
    await signIn('ana@school.example', 'wrong guess');
    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 429, message: 'Too many sign-in attempts' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '1' } },
      );
    await settle();
    expect(alert()).toBe('Zu viele Versuche. Bitte in 1 Sekunde erneut versuchen.');
  });

  it('keeps the wrong-credentials message for a 401', async () => {
    await signIn('ana@school.example', 'wrong guess');
    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    expect(alert()).toBe('Wrong e-mail or password.');
  });

  it('signs in with the user and CSRF token of the answer (no bearer token) and goes on', async () => {
    await signIn('lea@learner.example', 'a long passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: 'u-lea',
        email: 'lea@learner.example',
        role: 'learner',
        institutionId: null,
        displayName: 'Lea',
      },
      csrfToken: 'csrf-1',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await settle();
    const auth = TestBed.inject(Auth);
    expect(auth.user()?.displayName).toBe('Lea');
    expect(auth.csrfToken).toBe('csrf-1');
    expect(TestBed.inject(Router).url).toBe('/catalogue');
    expect(alert()).toBeUndefined();
  });
});
