import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  canTransition,
  type Curriculum,
  type CurriculumStatus,
} from '@curriculum-builder/curriculum';
import { errorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { ReviewApi } from '../review-api';

export type Decision = 'approve' | 'request-changes';

/** "Request changes" and "Approve", each after a confirmation; shows the status the API answers. */
@Component({
  selector: 'cb-review-decision',
  imports: [TPipe],
  templateUrl: './review-decision.html',
  styleUrl: './review-decision.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewDecision {
  private readonly api = inject(ReviewApi);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  readonly curriculumId = input.required<string>();
  readonly code = input.required<string>();
  readonly status = input.required<CurriculumStatus>();
  /** Open "disagree" threads of the reviewer's association: approving them needs a reason. */
  readonly openDisagreements = input(0);
  readonly decided = output<Curriculum>();

  /** Reviewers decide while the curriculum is in review (the lifecycle table of libs/curriculum). */
  protected readonly canDecide = computed(() => canTransition(this.status(), 'approve'));

  protected readonly confirming = signal<Decision | null>(null);
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly question = viewChild<ElementRef<HTMLElement>>('question');
  private readonly statusLine = viewChild.required<ElementRef<HTMLElement>>('statusLine');
  private readonly askButtons = viewChild<ElementRef<HTMLElement>>('askButtons');

  protected ask(decision: Decision): void {
    this.error.set(null);
    this.confirming.set(decision);
    this.focusLater(() => this.question()?.nativeElement);
  }

  protected cancel(): void {
    const decision = this.confirming();
    this.confirming.set(null);
    this.focusLater(() =>
      this.askButtons()?.nativeElement.querySelector<HTMLElement>(`[data-decision="${decision}"]`),
    );
  }

  protected async confirm(decision: Decision): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const override =
        decision === 'approve' && this.openDisagreements() > 0 ? this.reason().trim() : undefined;
      if (override === '') {
        this.error.set(this.i18n.t('review.decision.reasonNeeded'));
        return;
      }
      const curriculum = await this.api.decide(this.curriculumId(), decision, override);
      this.confirming.set(null);
      this.decided.emit(curriculum);
      this.focusLater(() => this.statusLine().nativeElement);
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busy.set(false);
    }
  }

  private focusLater(element: () => HTMLElement | null | undefined): void {
    afterNextRender(() => element()?.focus(), { injector: this.injector });
  }
}
