import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TPipe } from '../../core/i18n/t.pipe';
import { AccountApi } from '../account-api';
import { NewPasswordFields } from '../new-password-fields';
import {
  newPasswordProblems,
  passwordFailure,
  type PasswordProblems,
  type Problem,
} from '../password-problems';

/** The one-time token of a reset link's fragment (`#token=…`); null when there is none. */
export function tokenFromHash(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith('token=')) continue;
    let token = part.slice('token='.length);
    try {
      token = decodeURIComponent(token);
    } catch {
      // Not percent-encoded after all: the server judges it as it is.
    }
    return token.trim() === '' ? null : token.trim();
  }
  return null;
}

/**
 * The token of the page's address, which then loses its fragment (out of the history, the
 * bookmarks and screenshots); the router's state stays.
 */
function takeToken(view: Window | null): string | null {
  if (view === null) return null;
  const token = tokenFromHash(view.location.hash);
  if (view.location.hash !== '') {
    view.history.replaceState(
      view.history.state,
      '',
      view.location.pathname + view.location.search,
    );
  }
  return token;
}

type Step = 'form' | 'expired' | 'done';

/**
 * The page of an administrator's reset link (public): the token from the address's fragment, then
 * a new password, twice. An expired, used or missing token says whom to ask for a new link.
 */
@Component({
  selector: 'cb-reset-password',
  imports: [NewPasswordFields, RouterLink, TPipe],
  templateUrl: './reset-password.html',
  styleUrl: './reset-password.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPassword {
  private readonly api = inject(AccountApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** Read once; the fragment is gone from the address by the time the page shows. */
  private readonly token = takeToken(inject(DOCUMENT).defaultView);

  protected readonly step = signal<Step>(this.token === null ? 'expired' : 'form');
  protected readonly newPassword = signal('');
  protected readonly repeat = signal('');
  protected readonly problems = signal<PasswordProblems>({});
  protected readonly formProblem = signal<Problem | null>(null);
  protected readonly busy = signal(false);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy() || this.token === null) return;
    this.formProblem.set(null);
    const problems = newPasswordProblems(this.newPassword(), this.repeat());
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusLater('input[aria-invalid="true"]');
      return;
    }
    this.busy.set(true);
    try {
      await this.api.resetPassword({ token: this.token, newPassword: this.newPassword() });
      this.newPassword.set('');
      this.repeat.set('');
      this.step.set('done');
      this.focusLater('[data-testid="reset-done"]');
    } catch (error) {
      const failure = passwordFailure(error);
      if (failure.fields.token !== undefined) {
        this.step.set('expired');
        this.focusLater('[data-testid="reset-expired"]');
        return;
      }
      this.problems.set(failure.fields);
      this.formProblem.set(failure.form);
      if (failure.form === null) this.focusLater('input[aria-invalid="true"]');
    } finally {
      this.busy.set(false);
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
