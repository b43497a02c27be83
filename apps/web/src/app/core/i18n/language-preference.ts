import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Auth } from '../auth/auth';
import { I18n, UiLanguage, initialLanguage } from './i18n';

/**
 * Whose language the interface speaks: the signed-in account's (chosen on any device), else the
 * one chosen in this browser, else the browser's own. A choice in the header is kept in both.
 */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly i18n = inject(I18n);
  private readonly auth = inject(Auth);
  private readonly http = inject(HttpClient);

  constructor() {
    // A sign-in brings the account's language along.
    effect(() => {
      const own = this.auth.user()?.uiLanguage ?? null;
      if (own !== null && own !== untracked(() => this.i18n.language())) {
        void this.i18n.use(own, { remember: true });
      }
    });
  }

  /** The language of the first page (after the session was restored). */
  start(): Promise<void> {
    return this.i18n.use(this.auth.user()?.uiLanguage ?? initialLanguage());
  }

  /** The user's choice: the interface switches at once; a signed-in account keeps it too. */
  async choose(language: UiLanguage): Promise<void> {
    await this.i18n.use(language, { remember: true });
    if (!this.auth.loggedIn()) return;
    this.auth.noteLanguage(language);
    try {
      await firstValueFrom(this.http.put('/api/v1/auth/preferences', { uiLanguage: language }));
    } catch {
      // Offline, say: this browser still remembers it; the account learns it at the next choice.
    }
  }
}
