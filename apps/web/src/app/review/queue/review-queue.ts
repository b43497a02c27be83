import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CurriculumSummary } from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { QUEUE_STATUSES, ReviewApi } from '../review-api';
import { formatDate } from '../../core/i18n/format-date';

/** Queue order: waiting for a decision first, then the decided ones; newest change first within. */
export function queueOrder(items: readonly CurriculumSummary[]): CurriculumSummary[] {
  const rank = (item: CurriculumSummary) => QUEUE_STATUSES.indexOf(item.status);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
  );
}

/** The curricula submitted to the reviewer's association, with status, points and open comments. */
@Component({
  selector: 'cb-review-queue',
  imports: [RouterLink, Localized, TPipe],
  templateUrl: './review-queue.html',
  styleUrl: './review-queue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueue {
  private readonly api = inject(ReviewApi);
  protected readonly i18n = inject(I18n);

  protected readonly items = signal<readonly CurriculumSummary[] | null>(null);
  protected readonly error = signal<string | null>(null);
  /** Open comment threads per curriculum id; missing while loading, null when it failed. */
  protected readonly openComments = signal<Readonly<Record<string, number | null>>>({});
  protected readonly waiting = computed(
    () => (this.items() ?? []).filter((item) => item.status === 'in-review').length,
  );

  constructor() {
    void this.load();
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected open(id: string): number | null | undefined {
    return this.openComments()[id];
  }

  private async load(): Promise<void> {
    try {
      const items = queueOrder(await this.api.queue());
      this.items.set(items);
      await Promise.all(items.map((item) => this.loadSummary(item.id)));
    } catch (error) {
      this.error.set(apiError(error).message);
    }
  }

  private async loadSummary(id: string): Promise<void> {
    let open: number | null = null;
    try {
      open = (await this.api.summary(id)).open;
    } catch {
      // The count is a convenience; the row stays usable without it.
    }
    this.openComments.update((counts) => ({ ...counts, [id]: open }));
  }
}
