import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { SecurityEvent, UserAccount } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { ADMIN_MESSAGES } from '../admin.messages';
import { SecurityEvents, newestFirst } from './security-events';

function event(
  id: string,
  at: string,
  action: SecurityEvent['action'],
  more: Partial<SecurityEvent> = {},
): SecurityEvent {
  return {
    id,
    at,
    action,
    userId: 'u-bob',
    userEmail: 'bob@school.example',
    byUserId: null,
    address: '203.0.113.7',
    detail: null,
    ...more,
  };
}

const ADMIN: UserAccount = {
  id: 'u-admin',
  email: 'admin@platform.example',
  displayName: 'Ada Admin',
  role: 'admin',
  institutionId: null,
  active: true,
};

describe('SecurityEvents', () => {
  let fixture: ComponentFixture<SecurityEvents>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const rows = () =>
    Array.from(page.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) =>
        (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );
  const request = () => http.expectOne((r) => r.url === '/api/v1/security-events');

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SecurityEvents],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(ADMIN_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SecurityEvents);
    fixture.componentRef.setInput('users', [ADMIN]);
    page = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  it('shows time, action in words, account, address and detail, newest first', async () => {
    const first = request();
    expect(first.request.params.get('limit')).toBe('100');
    expect(first.request.params.has('action')).toBe(false);
    first.flush({
      items: [
        event('e1', '2026-03-12T08:00:00.000Z', 'login.succeeded'),
        event('e4', '2026-03-12T07:00:00.000Z', 'login.failed', {
          detail: 'wrong-password; back-off 4 s',
        }),
        event('e3', '2026-03-12T10:05:00.000Z', 'login.failed', {
          userId: null,
          userEmail: null,
          address: '198.51.100.4',
          detail: 'unknown-account',
        }),
        event('e2', '2026-03-12T09:30:00.000Z', 'password.reset-issued', {
          byUserId: 'u-admin',
          address: null,
        }),
      ],
    });
    await settle();
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Sign-in and password events');
    expect(rows()).toEqual([
      [
        'Mar 12, 2026, 10:05 AM',
        'Sign-in failed',
        'unknown account',
        '198.51.100.4',
        'no account with this e-mail',
      ],
      [
        'Mar 12, 2026, 9:30 AM',
        'Reset link issued',
        'bob@school.example',
        '–',
        'by admin@platform.example',
      ],
      ['Mar 12, 2026, 8:00 AM', 'Signed in', 'bob@school.example', '203.0.113.7', '–'],
      [
        'Mar 12, 2026, 7:00 AM',
        'Sign-in failed',
        'bob@school.example',
        '203.0.113.7',
        'wrong password · back-off 4 s',
      ],
    ]);
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-12T10:05:00.000Z');
  });

  it('filters by action with the labelled select', async () => {
    request().flush({ items: [event('e1', '2026-03-12T08:00:00.000Z', 'login.succeeded')] });
    await settle();
    const select = page.querySelector<HTMLSelectElement>('#events-action');
    expect(page.querySelector('label[for="events-action"]')?.textContent?.trim()).toBe('Action');
    if (select === null) throw new Error('no action select');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      'All actions',
      'Signed in',
      'Sign-in failed',
      'Sign-in held back (too many attempts)',
      'Password changed',
      'Reset link issued',
      'Password set with a reset link',
      'Account created',
    ]);
    select.value = 'login.throttled';
    select.dispatchEvent(new Event('change'));
    await settle();
    const filtered = request();
    expect(filtered.request.params.get('action')).toBe('login.throttled');
    expect(filtered.request.params.get('limit')).toBe('100');
    filtered.flush({
      items: [
        event('e9', '2026-03-12T11:00:00.000Z', 'login.throttled', {
          detail: 'account backing off for 60 s',
        }),
      ],
    });
    await settle();
    expect(rows()).toEqual([
      [
        'Mar 12, 2026, 11:00 AM',
        'Sign-in held back (too many attempts)',
        'bob@school.example',
        '203.0.113.7',
        'account backing off for 60 s',
      ],
    ]);
  });

  it('says when there are none', async () => {
    request().flush({ items: [] });
    await settle();
    expect(rows()).toEqual([['No events.']]);
  });
});

describe('newestFirst', () => {
  it('orders by time, newest first, whatever order it gets', () => {
    const ordered = newestFirst([
      event('a', '2026-03-01T00:00:00Z', 'login.succeeded'),
      event('b', '2026-03-03T00:00:00Z', 'login.succeeded'),
      event('c', '2026-03-02T00:00:00Z', 'login.succeeded'),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});
