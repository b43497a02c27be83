import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';

/**
 * Accept (or sign, or recognise) at once, and reject (or refuse) after asking why: "Reject" opens
 * the reason field (with the focus in it) and its own "Reject" sends it; "Cancel" goes back. The
 * page sends the decision and calls `close()` once it was taken.
 */
@Component({
  selector: 'cb-decision-buttons',
  imports: [TPipe],
  template: `
    @if (asking()) {
      <div class="ask" role="group" [attr.aria-labelledby]="idPrefix() + '-reason-label'">
        <label [id]="idPrefix() + '-reason-label'" [for]="idPrefix() + '-reason'">{{
          reasonLabel() | t
        }}</label>
        <textarea
          [id]="idPrefix() + '-reason'"
          rows="3"
          required
          [value]="reason()"
          [attr.aria-invalid]="problem() ? 'true' : null"
          [attr.aria-describedby]="problem() ? idPrefix() + '-reason-problem' : null"
          (input)="setReason($any($event.target).value)"
        ></textarea>
        @if (problem()) {
          <p class="field-problem" [id]="idPrefix() + '-reason-problem'">
            {{ 'mobility.reasonNeeded' | t }}
          </p>
        }
        <div class="buttons">
          <button type="button" [disabled]="busy()" (click)="sendReject()">
            {{ rejectLabel() | t }}
          </button>
          <button type="button" class="secondary" [disabled]="busy()" (click)="cancel()">
            {{ 'common.cancel' | t }}
          </button>
        </div>
      </div>
    } @else {
      <div class="buttons">
        <button
          type="button"
          data-decision="accept"
          [disabled]="busy()"
          [attr.aria-describedby]="describedBy()"
          (click)="accept.emit()"
        >
          {{ acceptLabel() | t }}
        </button>
        @if (canReject()) {
          <button
            type="button"
            class="secondary"
            data-decision="reject"
            [disabled]="busy()"
            [attr.aria-describedby]="describedBy()"
            (click)="ask()"
          >
            {{ rejectLabel() | t }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .ask {
      display: grid;
      gap: 0.4rem;
      padding: 0.6rem 0.75rem;
      border: 2px solid var(--cb-focus);
      border-radius: 0.4rem;
      background: #fff7ef;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionButtons {
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** Makes the reason field's id unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly acceptLabel = input('mobility.accept');
  readonly rejectLabel = input('mobility.reject');
  readonly reasonLabel = input('mobility.reason');
  readonly canReject = input(true);
  readonly busy = input(false);
  /** What the buttons decide on (e.g. the row's unit), for screen readers. */
  readonly describedBy = input<string | null>(null);
  readonly accept = output<void>();
  readonly reject = output<string>();

  protected readonly asking = signal(false);
  protected readonly reason = signal('');
  protected readonly problem = signal(false);

  protected ask(): void {
    this.asking.set(true);
    this.focusLater('textarea');
  }

  protected setReason(value: string): void {
    this.reason.set(value);
    this.problem.set(false);
  }

  protected sendReject(): void {
    const reason = this.reason().trim();
    if (reason === '') {
      this.problem.set(true);
      this.focusLater('textarea');
      return;
    }
    this.reject.emit(reason);
  }

  protected cancel(): void {
    this.close();
    this.focusLater('[data-decision="reject"]');
  }

  /** Back to the buttons, the reason forgotten (after the decision was taken). */
  close(): void {
    this.asking.set(false);
    this.reason.set('');
    this.problem.set(false);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
