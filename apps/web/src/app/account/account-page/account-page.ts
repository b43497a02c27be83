import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { Auth } from '../../core/auth/auth';
import { TPipe } from '../../core/i18n/t.pipe';
import { AccountApi } from '../account-api';
import { NewPasswordFields } from '../new-password-fields';
import {
  newPasswordProblems,
  passwordFailure,
  type PasswordProblems,
  type Problem,
} from '../password-problems';

/** Who is signed in, and a form to change one's password (which ends one's other sessions). */
@Component({
  selector: 'cb-account-page',
  imports: [NewPasswordFields, TPipe],
  templateUrl: './account-page.html',
  styleUrl: './account-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly api = inject(AccountApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly auth = inject(Auth);

  protected readonly current = signal('');
  protected readonly newPassword = signal('');
  protected readonly repeat = signal('');
  protected readonly problems = signal<PasswordProblems>({});
  protected readonly formProblem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.done.set(false);
    this.formProblem.set(null);
    const problems: PasswordProblems = {
      ...(this.current() === ''
        ? { currentPassword: { key: 'account.problem.currentMissing', params: {} } }
        : {}),
      ...newPasswordProblems(this.newPassword(), this.repeat()),
    };
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusFirstProblem();
      return;
    }
    this.busy.set(true);
    try {
      await this.api.changePassword({
        currentPassword: this.current(),
        newPassword: this.newPassword(),
      });
      this.current.set('');
      this.newPassword.set('');
      this.repeat.set('');
      this.done.set(true);
    } catch (error) {
      const failure = passwordFailure(error);
      this.problems.set(failure.fields);
      this.formProblem.set(failure.form);
      if (failure.form === null) this.focusFirstProblem();
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirstProblem(): void {
    afterNextRender(
      () => this.host.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
