import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { PASSWORD_MIN_LENGTH } from '@curriculum-builder/curriculum';
import { TPipe } from '../core/i18n/t.pipe';
import type { Problem } from './password-problems';

/**
 * "New password" with the policy's hint under it, and its repetition; each with the sentence of
 * its problem right after it (`aria-invalid`, `aria-describedby`). Used by the account page and
 * the reset link's page.
 */
@Component({
  selector: 'cb-new-password-fields',
  imports: [TPipe],
  template: `
    <div class="field">
      <label [for]="idPrefix() + '-new'">{{ 'account.password.new' | t }}</label>
      <input
        [id]="idPrefix() + '-new'"
        name="newPassword"
        type="password"
        autocomplete="new-password"
        required
        [attr.minlength]="min"
        [value]="password()"
        [attr.aria-invalid]="passwordProblem() === null ? null : 'true'"
        [attr.aria-describedby]="describedBy('new', passwordProblem(), true)"
        (input)="password.set($any($event.target).value)"
      />
      <p class="help" [id]="idPrefix() + '-new-hint'">
        {{ 'account.password.hint' | t: { min } }}
      </p>
      @if (passwordProblem(); as problem) {
        <p class="field-problem" [id]="idPrefix() + '-new-problem'">
          {{ problem.key | t: problem.params }}
        </p>
      }
    </div>
    <div class="field">
      <label [for]="idPrefix() + '-repeat'">{{ 'account.password.repeat' | t }}</label>
      <input
        [id]="idPrefix() + '-repeat'"
        name="repeatPassword"
        type="password"
        autocomplete="new-password"
        required
        [value]="repeat()"
        [attr.aria-invalid]="repeatProblem() === null ? null : 'true'"
        [attr.aria-describedby]="describedBy('repeat', repeatProblem(), false)"
        (input)="repeat.set($any($event.target).value)"
      />
      @if (repeatProblem(); as problem) {
        <p class="field-problem" [id]="idPrefix() + '-repeat-problem'">
          {{ problem.key | t: problem.params }}
        </p>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    .field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
    }
    input {
      width: 100%;
      box-sizing: border-box;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  /** Makes the ids of the fields unique on the page (`<prefix>-new`, `<prefix>-repeat`). */
  readonly idPrefix = input.required<string>();
  readonly password = model('');
  readonly repeat = model('');
  readonly passwordProblem = input<Problem | null>(null);
  readonly repeatProblem = input<Problem | null>(null);
  protected readonly min = PASSWORD_MIN_LENGTH;

  protected describedBy(field: string, problem: Problem | null, hint: boolean): string | null {
    const prefix = `${this.idPrefix()}-${field}`;
    const ids = [hint ? `${prefix}-hint` : null, problem === null ? null : `${prefix}-problem`];
    return ids.filter((id) => id !== null).join(' ') || null;
  }
}
