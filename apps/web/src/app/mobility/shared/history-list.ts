import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { MobilityEvent } from '@curriculum-builder/curriculum';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';

/** The audit trail of an MoU or a Learning Agreement, oldest first. */
@Component({
  selector: 'cb-history-list',
  imports: [TPipe],
  template: `
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{{ 'mobility.history' | t }}</h2>
      @if (events().length === 0) {
        <p>{{ 'mobility.history.none' | t }}</p>
      } @else {
        <ol>
          @for (event of events(); track $index) {
            <li>
              <time [attr.datetime]="event.at">{{ date(event.at) }}</time>
              <span class="action">{{ action(event.action) }}</span>
              @if (event.by || event.institution) {
                <span class="by">{{ by(event) }}</span>
              }
              @if (event.detail) {
                <span class="detail">{{ event.detail }}</span>
              }
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    ol {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.35rem;
    }
    time,
    .by {
      color: var(--cb-muted-text);
    }
    .action {
      font-weight: 600;
      margin: 0 0.4rem;
    }
    .detail {
      display: block;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryList {
  private readonly i18n = inject(I18n);
  readonly events = input.required<readonly MobilityEvent[]>();

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language(), true);
  }

  /** The action's name in the interface language, else as the API wrote it. */
  protected action(action: string): string {
    const key = `mobility.action.${action}`;
    const text = this.i18n.t(key);
    return text === key ? action : text;
  }

  protected by(event: MobilityEvent): string {
    return [event.by, event.institution].filter((part) => part).join(', ');
  }
}
