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
import { LIMITS, type ReviewComment } from '@curriculum-builder/curriculum';
import { errorText } from '../core/api/error-text';
import { I18n } from '../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../core/i18n/localized';
import { TPipe } from '../core/i18n/t.pipe';
import { ThreadsApi } from './threads-api';
import { formatDate } from '../core/i18n/format-date';

/**
 * One comment thread: verdict, text, proposed wording, replies; reply, resolve and reopen. Shown to
 * reviewers in their workspace and to authors in the editor beside the part it is about.
 */
@Component({
  selector: 'cb-review-thread',
  imports: [TPipe],
  templateUrl: './review-thread.html',
  styleUrl: './review-thread.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewThread {
  private readonly api = inject(ThreadsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);

  readonly comment = input.required<ReviewComment>();
  readonly userId = input<string | null>(null);
  /** Replies and status changes are possible while the curriculum takes comments. */
  readonly writable = input(false);
  /** The thread changed on the server; the parent reloads the threads. */
  readonly changed = output<void>();

  private readonly replyField = viewChild<ElementRef<HTMLTextAreaElement>>('reply');
  protected readonly maxLength = LIMITS.review.text.max;
  protected readonly replying = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly proposals = computed(() =>
    Object.entries(this.comment().proposedText ?? {}).map(([language, text]) => ({
      language,
      name: LANGUAGE_NAMES[language] ?? language.toUpperCase(),
      text,
    })),
  );

  protected author(comment: ReviewComment): string {
    if (comment.fromOtherAssociation) return this.i18n.t('review.thread.otherAssociation');
    return comment.authorId === this.userId()
      ? this.i18n.t('review.thread.you')
      : (comment.authorEmail ?? comment.authorRole ?? '?');
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language(), true);
  }

  protected toggleReply(): void {
    this.replying.update((open) => !open);
    this.error.set(null);
    if (this.replying())
      afterNextRender(() => this.replyField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async sendReply(event: Event, text: string): Promise<void> {
    event.preventDefault();
    if (text.trim() === '') return;
    await this.run(() => this.api.reply(this.comment().curriculumId, this.comment().id, text));
    if (this.error() === null) this.replying.set(false);
  }

  protected setStatus(status: 'open' | 'resolved'): Promise<void> {
    return this.run(() =>
      this.api.setStatus(this.comment().curriculumId, this.comment().id, status),
    );
  }

  private async run(call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await call();
      this.changed.emit();
    } catch (error) {
      this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busy.set(false);
    }
  }
}
