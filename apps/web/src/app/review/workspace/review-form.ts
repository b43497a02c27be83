import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import {
  LIMITS,
  REVIEW_VERDICTS,
  type LocalizedText,
  type ReviewVerdict,
} from '@curriculum-builder/curriculum';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { type CommentDraft, withVerdict } from '../review-walk';

const VERDICT_KEYS: Readonly<Record<ReviewVerdict, string>> = {
  agree: 'a',
  'suggest-change': 's',
  disagree: 'd',
};

/**
 * Verdict, comment and (with "suggest change") a proposed wording per content language. The draft
 * lives with the parent, so that it survives moving through the outcomes; saving is the parent's too.
 */
@Component({
  selector: 'cb-review-form',
  imports: [TPipe],
  templateUrl: './review-form.html',
  styleUrl: './review-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewForm {
  /** Unique per form on the page: prefixes the element ids and names the keyboard scope. */
  readonly scope = input.required<string>();
  readonly draft = input.required<CommentDraft>();
  /** The text that a proposal rewords (outcome text or unit title), to prefill the proposal. */
  readonly current = input.required<LocalizedText>();
  readonly languages = input.required<readonly string[]>();
  readonly proposalLabel = input('review.form.proposal');
  readonly busy = input(false);
  /** A message that keeps the draft from being saved, shown as an alert. */
  readonly problem = input<string | null>(null);

  /**
   * Changes as updaters of the latest draft: the `draft` input lags until change detection runs, so
   * a whole draft built from it could overwrite a keystroke made in another field just before.
   */
  readonly draftChange = output<(draft: CommentDraft) => CommentDraft>();
  readonly save = output<void>();

  private readonly commentField = viewChild.required<ElementRef<HTMLTextAreaElement>>('comment');

  protected readonly verdicts = REVIEW_VERDICTS;
  protected readonly limits = LIMITS.review;
  protected readonly keys = VERDICT_KEYS;
  protected readonly id = computed(() => `review-${this.scope()}`);

  focusComment(): void {
    this.commentField().nativeElement.focus();
  }

  protected languageName(code: string): string {
    return LANGUAGE_NAMES[code] ?? code.toUpperCase();
  }

  protected proposalIn(language: string): string {
    const proposed: Readonly<Record<string, string | undefined>> = this.draft().proposed;
    return proposed[language] ?? '';
  }

  protected pick(verdict: ReviewVerdict): void {
    const current = this.current();
    const languages = this.languages();
    this.draftChange.emit((draft) => withVerdict(draft, verdict, current, languages));
  }

  protected setText(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.draftChange.emit((draft) => ({ ...draft, text }));
  }

  protected setProposal(language: string, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.draftChange.emit((draft) => ({
      ...draft,
      proposed: { ...draft.proposed, [language]: text },
    }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.save.emit();
  }
}
