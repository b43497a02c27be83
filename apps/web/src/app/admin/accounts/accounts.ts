import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { PasswordResetLink, UserAccount } from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { AdminApi } from '../admin-api';
import { SecurityEvents } from '../security-events/security-events';
import { ResetLink } from './reset-link';

/** A reset link issued on this page, for the account it sets the password of. */
interface IssuedLink {
  readonly user: UserAccount;
  readonly link: PasswordResetLink;
}

/** Accounts by e-mail. */
export function byEmail(users: readonly UserAccount[]): UserAccount[] {
  return [...users].sort((a, b) => a.email.localeCompare(b.email));
}

/**
 * The administration of accounts: who has one, a one-time reset link per account, deactivation
 * (after a question) and reactivation; below, the log of sign-ins and password changes.
 */
@Component({
  selector: 'cb-accounts',
  imports: [ResetLink, SecurityEvents, TPipe],
  templateUrl: './accounts.html',
  styleUrl: './accounts.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Accounts {
  private readonly api = inject(AdminApi);
  private readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly events = viewChild(SecurityEvents);

  protected readonly users = signal<readonly UserAccount[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly issued = signal<readonly IssuedLink[]>([]);
  /** The account a request is on its way for (its buttons wait). */
  protected readonly busyId = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected isSelf(user: UserAccount): boolean {
    return this.auth.user()?.id === user.id;
  }

  protected linkId(user: UserAccount): string {
    return `reset-link-${user.id}`;
  }

  /** A new link (earlier ones of the account stop working), shown at the top with the focus in it. */
  protected async issueLink(user: UserAccount): Promise<void> {
    await this.act(user, async () => {
      const link = await this.api.issueResetLink(user.id);
      this.issued.update((list) => [{ user, link }, ...list.filter((i) => i.user.id !== user.id)]);
      this.focusLater(`[id="${this.linkId(user)}"]`);
    });
  }

  /** Deactivation asks first; reactivation does not. */
  protected async setActive(user: UserAccount, active: boolean): Promise<void> {
    if (!active && !confirm(this.i18n.t('admin.accounts.confirmDeactivate', { email: user.email })))
      return;
    await this.act(user, async () => {
      const updated = await this.api.updateUser(user.id, { active });
      this.users.update((list) => (list ?? []).map((u) => (u.id === updated.id ? updated : u)));
      const key = updated.active ? 'admin.accounts.reactivated' : 'admin.accounts.deactivated';
      this.status.set(this.i18n.t(key, { email: updated.email }));
    });
  }

  protected dismiss(user: UserAccount): void {
    this.issued.update((list) => list.filter((i) => i.user.id !== user.id));
  }

  private async act(user: UserAccount, action: () => Promise<void>): Promise<void> {
    this.busyId.set(user.id);
    this.status.set(null);
    this.actionError.set(null);
    try {
      await action();
      // The log shows what was just done (a reset link issued).
      void this.events()?.reload();
    } catch (error) {
      this.actionError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busyId.set(null);
    }
  }

  private async load(): Promise<void> {
    try {
      this.users.set(byEmail(await this.api.users()));
    } catch (error) {
      this.loadError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
