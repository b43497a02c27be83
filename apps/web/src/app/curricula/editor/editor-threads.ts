import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ReviewTargetType } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { TPipe } from '../../core/i18n/t.pipe';
import { ReviewThread } from '../../threads/review-thread';
import { EditorState } from './editor-state';

/**
 * The reviewers' threads about one part of the curriculum, beside it in the editor: the author
 * reads them, replies, resolves or reopens them while the curriculum is in a review round, and
 * accepts a proposed rewording in one step.
 */
@Component({
  selector: 'cb-editor-threads',
  imports: [ReviewThread, TPipe],
  template: `
    @if (threads().length > 0) {
      <section class="threads" [attr.aria-label]="'editor.threads' | t: { part: label() }">
        @for (thread of threads(); track thread.id) {
          <cb-review-thread
            [comment]="thread"
            [userId]="userId()"
            [writable]="state.discussable()"
            (changed)="state.refresh()"
          />
          @if (thread.proposedText !== null && thread.acceptedAt === null && mayAccept()) {
            <button type="button" class="accept" (click)="accept(thread.id)">
              {{ 'editor.accept' | t }}
            </button>
          }
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      grid-column: 1 / -1;
    }
    .threads {
      display: grid;
      gap: 0.5rem;
    }
    .accept {
      justify-self: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorThreads {
  protected readonly state = inject(EditorState);
  private readonly auth = inject(Auth);
  readonly targetType = input.required<ReviewTargetType>();
  /** The unit, outcome or period; null for the curriculum itself. */
  readonly targetId = input<string | null>(null);
  /** What the part is called, for screen readers ("Unit ZM-01"). */
  readonly label = input.required<string>();

  protected readonly userId = computed(() => this.auth.user()?.id ?? null);
  protected readonly threads = computed(() =>
    this.state.threadsAbout(this.targetType(), this.targetId()),
  );
  /** Rewordings are taken into the draft, or into the approved curriculum the approval covers. */
  protected readonly mayAccept = computed(
    () => this.state.editable() || this.state.working()?.status === 'approved',
  );

  protected async accept(commentId: string): Promise<void> {
    await this.state.run((api, id) => api.acceptSuggestion(id, commentId));
  }
}
