import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TPipe } from '../../core/i18n/t.pipe';
import type { PlacementAnswer } from '../placements-api';

/** What the offerer decided on a request, with the words of the answer (maybe none). */
export interface RequestDecision {
  readonly decision: PlacementAnswer;
  readonly answer: string;
}

/**
 * The offerer's answer to a pending request: an optional text to the school, and Accept or
 * Decline; both buttons are described by the request's heading (whose request it is).
 */
@Component({
  selector: 'cb-request-answer',
  imports: [TPipe],
  template: `
    <div class="answer">
      <label [for]="'answer-' + requestId()">{{ 'placements.request.answerLabel' | t }}</label>
      <textarea
        [id]="'answer-' + requestId()"
        rows="2"
        maxlength="2000"
        [value]="text()"
        (input)="text.set($any($event.target).value)"
      ></textarea>
      <div class="buttons">
        <button
          type="button"
          data-decision="accept"
          [disabled]="busy()"
          [attr.aria-describedby]="describedBy()"
          (click)="decide('accept')"
        >
          {{ 'placements.request.accept' | t }}
        </button>
        <button
          type="button"
          class="secondary"
          data-decision="decline"
          [disabled]="busy()"
          [attr.aria-describedby]="describedBy()"
          (click)="decide('decline')"
        >
          {{ 'placements.request.decline' | t }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .answer {
      display: grid;
      gap: 0.35rem;
      margin-top: 0.75rem;
    }
    label {
      font-weight: 600;
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
export class RequestAnswer {
  readonly requestId = input.required<string>();
  readonly busy = input(false);
  /** The id of what the buttons decide on (the request's heading). */
  readonly describedBy = input<string | null>(null);
  readonly decided = output<RequestDecision>();

  protected readonly text = signal('');

  protected decide(decision: PlacementAnswer): void {
    this.decided.emit({ decision, answer: this.text() });
  }
}
