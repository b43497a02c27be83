import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { may } from '@curriculum-builder/curriculum/policy';
import { apiError } from '../core/api/api-error';
import { retryAfterSeconds, retryAfterText } from '../core/api/retry-after';
import { Auth } from '../core/auth/auth';
import { I18n } from '../core/i18n/i18n';
import { TPipe } from '../core/i18n/t.pipe';

/** Sign in with e-mail and password; then on to where the user was going, or their area. */
@Component({
  selector: 'cb-login',
  imports: [FormsModule, TPipe],
  templateUrl: './login.html',
  styleUrl: './login.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Login {
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  readonly returnTo = input<string>();

  protected email = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.auth.login(this.email, this.password);
      const home = may(user.role, 'curriculum.write')
        ? '/curricula'
        : may(user.role, 'curriculum.review')
          ? '/review'
          : '/catalogue';
      await this.router.navigateByUrl(this.returnTo() || home);
    } catch (error) {
      this.error.set(this.failure(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** 429: the account or the address is backing off, for how long; anything else: wrong input. */
  private failure(error: unknown): string {
    if (apiError(error).status !== 429) return this.i18n.t('login.failed');
    const seconds = retryAfterSeconds(error);
    if (seconds === null) return this.i18n.t('login.throttled');
    const { key, params } = retryAfterText(seconds);
    return this.i18n.t(key, params);
  }
}
