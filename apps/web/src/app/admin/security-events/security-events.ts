import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  SECURITY_EVENT_ACTIONS,
  type SecurityEvent,
  type SecurityEventAction,
  type UserAccount,
} from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { AdminApi } from '../admin-api';

/** How many events the table asks for. */
export const EVENT_LIMIT = 100;

/** Newest first (the API's order; kept whatever order the answer has). */
export function newestFirst(events: readonly SecurityEvent[]): SecurityEvent[] {
  return [...events].sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id),
  );
}

/** The security log: sign-ins and password changes with their address, filtered by action. */
@Component({
  selector: 'cb-security-events',
  imports: [TPipe],
  templateUrl: './security-events.html',
  styleUrl: './security-events.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityEvents {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  /** The accounts, to name who did something to another account (a reset link's admin). */
  readonly users = input<readonly UserAccount[]>([]);

  protected readonly actions = SECURITY_EVENT_ACTIONS;
  protected readonly limit = EVENT_LIMIT;
  protected readonly action = signal<SecurityEventAction | ''>('');
  protected readonly events = signal<readonly SecurityEvent[] | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly emails = computed(
    () => new Map(this.users().map((user) => [user.id, user.email])),
  );
  /** Only the answer to the latest request counts (the filter may change while one is on its way). */
  private request = 0;

  constructor() {
    void this.reload();
  }

  /** Reads the events again (the accounts page calls this after it changed something). */
  async reload(): Promise<void> {
    const request = ++this.request;
    const action = this.action();
    this.loading.set(true);
    this.error.set(null);
    try {
      const events = await this.api.securityEvents({
        ...(action === '' ? {} : { action }),
        limit: EVENT_LIMIT,
      });
      if (request === this.request) this.events.set(newestFirst(events));
    } catch (error) {
      if (request === this.request) {
        this.error.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
      }
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  protected filter(value: string): void {
    this.action.set(value as SecurityEventAction | '');
    void this.reload();
  }

  protected time(iso: string): string {
    return formatDate(iso, this.i18n.language(), true);
  }

  /** The recorded reason in words where it is a known one, and who did it when not the account. */
  protected detail(event: SecurityEvent): string {
    const parts: string[] = [];
    // e.g. `wrong-password; back-off 4 s`: the known reasons in words, the rest as recorded.
    for (const part of (event.detail ?? '').split('; ').filter((p) => p !== '')) {
      const key = `admin.events.detail.${part}`;
      const text = this.i18n.t(key);
      parts.push(text === key ? part : text);
    }
    if (event.byUserId !== null && event.byUserId !== event.userId) {
      const email = this.emails().get(event.byUserId) ?? event.byUserId;
      parts.push(this.i18n.t('admin.events.by', { email }));
    }
    return parts.join(' · ');
  }
}
