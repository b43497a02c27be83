import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Auth } from '../../core/auth/auth';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { I18n } from '../../core/i18n/i18n';
import { ACCOUNT_MESSAGES } from '../account.messages';
import { AccountPage } from './account-page';

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const input = (id: string) => {
    const element = page.querySelector<HTMLInputElement>(`#${id}`);
    if (element === null) throw new Error(`no #${id}`);
    return element;
  };
  const text = (selector: string) =>
    page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** The sentences an input's aria-describedby points to. */
  const describedBy = (id: string) =>
    (input(id).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((ref) => ref !== '')
      .map((ref) => page.querySelector(`[id="${ref}"]`)?.textContent?.trim());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  async function fill(current: string, next: string, repeat: string): Promise<void> {
    for (const [id, value] of [
      ['account-current', current],
      ['account-new', next],
      ['account-repeat', repeat],
    ]) {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input'));
    }
    page.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ACCOUNT_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(Auth).login('ana@school.example', 'old passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: {
        id: 'u-ana',
        email: 'ana@school.example',
        role: 'author',
        institutionId: 'school-1',
        displayName: 'Ana Author',
      },
      csrfToken: 'csrf-1',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
    fixture = TestBed.createComponent(AccountPage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('shows who is signed in, and labels every field with its autocomplete and the hint', () => {
    expect(text('h1')).toBe('Account');
    expect(text('[data-testid="account-name"]')).toBe('Ana Author');
    expect(text('[data-testid="account-email"]')).toBe('ana@school.example');
    expect(text('dl')).toContain('Author (school)');
    const fields = Array.from(page.querySelectorAll<HTMLInputElement>('input:not([hidden])'));
    expect(
      fields.map((field) => [
        page.querySelector(`label[for="${field.id}"]`)?.textContent?.trim(),
        field.type,
        field.autocomplete,
      ]),
    ).toEqual([
      ['Current password', 'password', 'current-password'],
      ['New password', 'password', 'new-password'],
      ['Repeat the new password', 'password', 'new-password'],
    ]);
    expect(describedBy('account-new')).toEqual([
      'At least 12 characters; long passphrases are best.',
    ]);
    expect(input('account-new').getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the repetition in the browser: nothing is sent, the field says why and has the focus', async () => {
    await fill('old passphrase', 'four unrelated words here', 'four unrelated words hear');
    http.expectNone('/api/v1/auth/password');
    expect(input('account-repeat').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy('account-repeat')).toEqual([
      'This is not the same as the new password above.',
    ]);
    expect(input('account-new').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(input('account-repeat'));
  });

  it("shows the server's reasons at their fields", async () => {
    await fill('not my password', 'password1234', 'password1234');
    http.expectOne('/api/v1/auth/password').flush(
      {
        statusCode: 400,
        message: 'Bad Request',
        errors: [
          { path: 'currentPassword', message: 'currentPassword is not the current password' },
          { path: 'newPassword', message: 'newPassword is too easy to guess: a common password' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(input('account-current').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy('account-current')).toEqual(['This is not your current password.']);
    expect(describedBy('account-new')).toEqual([
      'At least 12 characters; long passphrases are best.',
      'This password is too easy to guess. A few unrelated words make a strong passphrase.',
    ]);
    expect(document.activeElement).toBe(input('account-current'));
    expect(text('[data-testid="password-status"]')).toBe('');
  });

  it('changes the password: sends current and new, says so and clears the form', async () => {
    await fill('old passphrase', 'four unrelated words here', 'four unrelated words here');
    const request = http.expectOne('/api/v1/auth/password');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(request.request.body).toEqual({
      currentPassword: 'old passphrase',
      newPassword: 'four unrelated words here',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    const status = page.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe(
      'Password changed. Your other sessions have been signed out.',
    );
    expect(
      ['account-current', 'account-new', 'account-repeat'].map((id) => input(id).value),
    ).toEqual(['', '', '']);
    expect(page.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('says how long to wait after repeated wrong current passwords (429)', async () => {
    await fill('guess', 'four unrelated words here', 'four unrelated words here');
    http
      .expectOne('/api/v1/auth/password')
      .flush(
        { statusCode: 429, message: 'Too Many Requests', retryAfterSeconds: 60 },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '60' } },
      );
    await settle();
    expect(text('[role="alert"]')).toBe('Too many attempts. Try again in 60 seconds.');
  });
});
