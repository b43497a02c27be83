import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { ACCOUNT_MESSAGES } from '../account.messages';
import { ResetPassword, tokenFromHash } from './reset-password';

const TOKEN = 'Zm9vYmFyYmF6cXV4LXRva2VuLTEyMw';
const EXPIRED = 'This link has expired or was already used. Ask your administrator for a new one.';

describe('ResetPassword', () => {
  let fixture: ComponentFixture<ResetPassword>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const input = (id: string) => {
    const element = page.querySelector<HTMLInputElement>(`#${id}`);
    if (element === null) throw new Error(`no #${id}`);
    return element;
  };
  const text = (selector: string) =>
    page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  /** Opens the page at `address` (as a click on the administrator's link would). */
  async function open(address: string): Promise<void> {
    history.replaceState(null, '', address);
    fixture = TestBed.createComponent(ResetPassword);
    page = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function submit(next: string, repeat: string): Promise<void> {
    for (const [id, value] of [
      ['reset-new', next],
      ['reset-repeat', repeat],
    ]) {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input'));
    }
    page.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ResetPassword],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ACCOUNT_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    history.replaceState(null, '', '/');
  });

  it('takes the token from the fragment and removes it from the address bar', async () => {
    await open(`/reset-password?from=mail#token=${TOKEN}`);
    expect(location.hash).toBe('');
    expect(location.pathname + location.search).toBe('/reset-password?from=mail');
    expect(text('h1')).toBe('Set a new password');
    expect(page.querySelector(`label[for="reset-new"]`)?.textContent?.trim()).toBe('New password');
    expect(input('reset-new').autocomplete).toBe('new-password');
    expect(input('reset-repeat').autocomplete).toBe('new-password');
    expect(text('.help')).toBe('At least 12 characters; long passphrases are best.');
  });

  it('sets the new password with the token, then says so and links to sign in', async () => {
    await open(`/reset-password#token=${TOKEN}`);
    await submit('a long and unusual passphrase', 'a long and unusual passphrase');
    const request = http.expectOne('/api/v1/auth/password-reset');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      token: TOKEN,
      newPassword: 'a long and unusual passphrase',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(text('[role="status"]')).toBe(
      'Your new password is set. All sessions of your account have ended.',
    );
    expect(document.activeElement).toBe(page.querySelector('[role="status"]'));
    const signIn = page.querySelector('a');
    expect(signIn?.getAttribute('href')).toBe('/login');
    expect(signIn?.textContent?.trim()).toBe('Sign in with the new password');
    expect(page.querySelector('form')).toBeNull();
  });

  it('without a token says whom to ask for a new link, and offers no form', async () => {
    await open('/reset-password');
    expect(text('[role="alert"]')).toBe(EXPIRED);
    expect(page.querySelector('form')).toBeNull();
  });

  it('says the same when the server refuses the token (expired, used or unknown)', async () => {
    await open(`/reset-password#token=${TOKEN}`);
    await submit('a long and unusual passphrase', 'a long and unusual passphrase');
    http.expectOne('/api/v1/auth/password-reset').flush(
      {
        statusCode: 400,
        message: 'Bad Request',
        errors: [{ path: 'token', message: 'expired' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text('[role="alert"]')).toBe(EXPIRED);
    expect(page.querySelector('form')).toBeNull();
  });

  it('shows a policy refusal at the new password and keeps the form', async () => {
    await open(`/reset-password#token=${TOKEN}`);
    await submit('correcthorsebattery', 'correcthorsebattery');
    http.expectOne('/api/v1/auth/password-reset').flush(
      {
        statusCode: 400,
        message: 'Bad Request',
        errors: [{ path: 'newPassword', message: 'newPassword is a known breached password' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(input('reset-new').getAttribute('aria-invalid')).toBe('true');
    expect(text('#reset-new-problem')).toBe(
      'This password appears in lists of leaked passwords. Choose another one.',
    );
    expect(input('reset-new').getAttribute('aria-describedby')).toBe(
      'reset-new-hint reset-new-problem',
    );
  });

  it('checks length and repetition in the browser before sending', async () => {
    await open(`/reset-password#token=${TOKEN}`);
    await submit('short', 'shorter');
    http.expectNone('/api/v1/auth/password-reset');
    expect(text('#reset-new-problem')).toBe('The new password needs at least 12 characters.');
    expect(text('#reset-repeat-problem')).toBe('This is not the same as the new password above.');
    expect(document.activeElement).toBe(input('reset-new'));
  });
});

describe('tokenFromHash', () => {
  it('reads the token parameter of the fragment, decoded', () => {
    expect(tokenFromHash('#token=abc%2Bdef')).toBe('abc+def');
    expect(tokenFromHash('#x=1&token=a+b')).toBe('a+b');
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});
