import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { UserAccount } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { ADMIN_MESSAGES } from '../admin.messages';
import { Accounts } from './accounts';

const ADMIN: UserAccount = {
  id: 'u-admin',
  email: 'admin@platform.example',
  displayName: 'Ada Admin',
  role: 'admin',
  institutionId: null,
  active: true,
};
const BOB: UserAccount = {
  id: 'u-bob',
  email: 'bob@school.example',
  displayName: 'Bob Author',
  role: 'author',
  institutionId: 'school-1',
  active: true,
};
const CARA: UserAccount = {
  id: 'u-cara',
  email: 'cara@association.example',
  displayName: 'Cara Reviewer',
  role: 'reviewer',
  institutionId: 'assoc-1',
  active: false,
};
const LINK = {
  link: 'http://localhost:4200/reset-password#token=XYZ-one-time-token-123',
  expiresAt: '2026-03-12T10:00:00.000Z',
};

describe('Accounts', () => {
  let fixture: ComponentFixture<Accounts>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const row = (id: string) => page.querySelector(`tr[data-user="${id}"]`);
  const button = (id: string, action: string) => {
    const element = row(id)?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (element === null || element === undefined) throw new Error(`no ${action} for ${id}`);
    return element;
  };
  const events = () => http.expectOne((r) => r.url === '/api/v1/security-events');

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Accounts],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ADMIN_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(Auth).login(ADMIN.email, 'admin passphrase');
    http.expectOne('/api/v1/auth/login').flush({
      user: { ...ADMIN },
      csrfToken: 'csrf-1',
      expiresAt: '2026-03-12T18:00:00.000Z',
    });
    await login;
    fixture = TestBed.createComponent(Accounts);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/v1/users').flush([BOB, CARA, ADMIN]);
    events().flush({ items: [] });
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('lists the accounts by e-mail with name, role and whether they are active', () => {
    const rows = Array.from(page.querySelectorAll('table:first-of-type tbody tr'))
      .filter((tr) => tr.hasAttribute('data-user'))
      .map((tr) => Array.from(tr.querySelectorAll('th, td')).map(text));
    expect(rows).toEqual([
      ['admin@platform.example (you)', 'Ada Admin', 'Administrator', 'Active', 'Reset link'],
      ['bob@school.example', 'Bob Author', 'Author (school)', 'Active', 'Reset link Deactivate'],
      [
        'cara@association.example',
        'Cara Reviewer',
        'Reviewer (association)',
        'Deactivated',
        'Reset link Reactivate',
      ],
    ]);
    expect(button('u-bob', 'reset-link').getAttribute('aria-label')).toBe(
      'Reset link for bob@school.example',
    );
    expect(button('u-bob', 'toggle-active').getAttribute('aria-label')).toBe(
      'Deactivate bob@school.example',
    );
  });

  it('issues a reset link and shows it once, read only, with Copy and its expiry', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    button('u-bob', 'reset-link').click();
    await settle();
    const issue = http.expectOne('/api/v1/users/u-bob/password-reset');
    expect(issue.request.method).toBe('POST');
    issue.flush(LINK);
    await settle();
    events().flush({ items: [] });
    await settle();

    const field = page.querySelector<HTMLInputElement>('#reset-link-u-bob');
    expect(field?.value).toBe(LINK.link);
    expect(field?.readOnly).toBe(true);
    expect(text(page.querySelector('label[for="reset-link-u-bob"]'))).toBe(
      'One-time link to set a new password',
    );
    expect(document.activeElement).toBe(field);
    const panel = text(page.querySelector('cb-reset-link'));
    expect(panel).toContain('Reset link for bob@school.example');
    expect(panel).toContain('Valid until Mar 12, 2026, 10:00 AM.');
    expect(panel).toContain('The link is shown only once and works only once.');

    const copy = Array.from(page.querySelectorAll('cb-reset-link button')).find(
      (b) => text(b) === 'Copy',
    ) as HTMLButtonElement;
    copy.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(LINK.link);
    expect(text(page.querySelector('cb-reset-link [role="status"]'))).toBe(
      'The link is in the clipboard.',
    );
  });

  it('says so when the clipboard refuses, and the link stays selectable', async () => {
    const writeText = jest.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    button('u-bob', 'reset-link').click();
    await settle();
    http.expectOne('/api/v1/users/u-bob/password-reset').flush(LINK);
    await settle();
    events().flush({ items: [] });
    await settle();
    (page.querySelector('cb-reset-link .copy-row button') as HTMLButtonElement).click();
    await settle();
    expect(text(page.querySelector('cb-reset-link [role="status"]'))).toBe(
      'Copying did not work: select the link and copy it by hand.',
    );
  });

  it('asks before deactivating, and sends nothing when the answer is no', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    button('u-bob', 'toggle-active').click();
    await settle();
    expect(confirm).toHaveBeenCalledWith(
      'Deactivate bob@school.example? The account can no longer sign in until it is reactivated.',
    );
    http.expectNone('/api/v1/users/u-bob');

    confirm.mockReturnValue(true);
    button('u-bob', 'toggle-active').click();
    await settle();
    const patch = http.expectOne('/api/v1/users/u-bob');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ active: false });
    patch.flush({ ...BOB, active: false });
    await settle();
    events().flush({ items: [] });
    await settle();
    expect(text(row('u-bob')?.querySelector('.state'))).toBe('Deactivated');
    expect(text(button('u-bob', 'toggle-active'))).toBe('Reactivate');
    expect(text(page.querySelector('[data-testid="accounts-status"]'))).toBe(
      'bob@school.example is deactivated.',
    );
  });

  it('reactivates without asking', async () => {
    const confirm = jest.spyOn(window, 'confirm');
    button('u-cara', 'toggle-active').click();
    await settle();
    const patch = http.expectOne('/api/v1/users/u-cara');
    expect(patch.request.body).toEqual({ active: true });
    patch.flush({ ...CARA, active: true });
    await settle();
    events().flush({ items: [] });
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(text(row('u-cara')?.querySelector('.state'))).toBe('Active');
  });
});
