import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Auth } from '../auth/auth';
import { ApiHealth } from '../health/api-health';
import { ApiStatus } from '../health/api-status';
import { Inbox } from '../notifications/inbox';
import { I18n, UI_LANGUAGES, UiLanguage } from '../i18n/i18n';
import { LanguagePreference } from '../i18n/language-preference';
import { TPipe } from '../i18n/t.pipe';

/** Page frame: skip link, header with navigation by role and language switch, main, footer. */
@Component({
  selector: 'cb-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, ApiStatus, TPipe],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly auth = inject(Auth);
  protected readonly inbox = inject(Inbox);
  protected readonly i18n = inject(I18n);
  private readonly preference = inject(LanguagePreference);
  private readonly router = inject(Router);
  protected readonly languages = UI_LANGUAGES;
  private readonly health = inject(ApiHealth);
  /** The footer links the API documentation only where the server serves it (not in production). */
  protected readonly apiDocs = computed(() => {
    const state = this.health.state();
    return state.kind === 'ok' && state.health.apiDocs;
  });

  protected setLanguage(code: string): void {
    void this.preference.choose(code as UiLanguage);
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/');
  }
}
