import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { PasswordResetLink } from '@curriculum-builder/curriculum';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';

/**
 * A reset link just issued: read only, with a Copy button, its expiry, and the warning that it is
 * shown once and works once (the API keeps only its hash).
 */
@Component({
  selector: 'cb-reset-link',
  imports: [TPipe],
  template: `
    <section class="issued" [attr.aria-labelledby]="fieldId() + '-title'">
      <h2 [id]="fieldId() + '-title'">{{ 'admin.link.title' | t: { email: email() } }}</h2>
      <label [for]="fieldId()">{{ 'admin.link.label' | t }}</label>
      <div class="copy-row">
        <input
          [id]="fieldId()"
          type="text"
          readonly
          spellcheck="false"
          [value]="link().link"
          [attr.aria-describedby]="fieldId() + '-expires ' + fieldId() + '-once'"
          (focus)="$any($event.target).select()"
        />
        <button type="button" (click)="copy()">{{ 'admin.link.copy' | t }}</button>
      </div>
      <p class="copied" role="status">
        @switch (copied()) {
          @case ('done') {
            {{ 'admin.link.copied' | t }}
          }
          @case ('failed') {
            {{ 'admin.link.copyFailed' | t }}
          }
        }
      </p>
      <p [id]="fieldId() + '-expires'">{{ 'admin.link.expires' | t: { date: expires() } }}</p>
      <p [id]="fieldId() + '-once'" class="once">{{ 'admin.link.once' | t }}</p>
      <button type="button" class="secondary" (click)="closed.emit()">
        {{ 'admin.link.done' | t }}
      </button>
    </section>
  `,
  styles: `
    .issued {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.4rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--cb-focus);
      border-radius: 0.5rem;
      background: #fff7ef;
    }
    h2 {
      margin: 0;
      font-size: 1.05rem;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input {
      flex: 1 1 16rem;
      min-width: 0;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    }
    .once {
      font-weight: 600;
    }
    .issued > button {
      justify-self: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetLink {
  private readonly i18n = inject(I18n);
  /** The id of the link's field (the page moves the focus there when the link arrives). */
  readonly fieldId = input.required<string>();
  readonly email = input.required<string>();
  readonly link = input.required<PasswordResetLink>();
  readonly closed = output<void>();

  protected readonly copied = signal<'no' | 'done' | 'failed'>('no');
  protected readonly expires = computed(() =>
    formatDate(this.link().expiresAt, this.i18n.language(), true),
  );

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link().link);
      this.copied.set('done');
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field stays selectable.
      this.copied.set('failed');
    }
  }
}
