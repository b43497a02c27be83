import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import type { LearnerSummary } from '@curriculum-builder/curriculum';
import { sentErrorText } from '../../core/api/error-text';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { AdminApi } from '../admin-api';

/** An erased learner keeps no name (the API answers "—") and no learner number. */
export function isErased(learner: LearnerSummary): boolean {
  return learner.name === '—' && learner.learnerNumber === '';
}

/** The learners in the API's order (by name), the erased ones last. */
export function erasedLast(learners: readonly LearnerSummary[]): LearnerSummary[] {
  return [...learners].sort((a, b) => Number(isErased(a)) - Number(isErased(b)));
}

/** The file a learner's export is saved as. */
export function exportFileName(learner: Pick<LearnerSummary, 'id'>): string {
  return `learner-${learner.id}.json`;
}

/** Saves `data` as a JSON file named `fileName` (through a link to a Blob, clicked once). */
export function saveJson(document: Document, fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob only after the click's task: released a moment later.
  setTimeout(() => URL.revokeObjectURL(url));
}

/**
 * Learners' personal data (the right of access and the right to erasure): every learner with an
 * export of everything stored about them (JSON), and erasure after a question in the page; an
 * erased learner's enrolments and results stay as anonymised statistics.
 */
@Component({
  selector: 'cb-learner-data',
  imports: [Localized, TPipe],
  templateUrl: './learner-data.html',
  styleUrl: './learner-data.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearnerData {
  private readonly api = inject(AdminApi);
  protected readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly learners = signal<readonly LearnerSummary[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The learner whose erasure waits for the answer to the question. */
  protected readonly confirming = signal<LearnerSummary | null>(null);
  /** The learner a request is on its way for (every action waits). */
  protected readonly busyId = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly isErased = isErased;

  constructor() {
    void this.load();
  }

  /** The learner in a sentence: the name, or which erased learner it is. */
  protected who(learner: LearnerSummary): string {
    return isErased(learner)
      ? this.i18n.t('admin.learners.erasedLearner', { id: learner.id })
      : learner.name;
  }

  protected async exportData(learner: LearnerSummary): Promise<void> {
    await this.act(learner, async () => {
      const data = await this.api.exportLearner(learner.id);
      const file = exportFileName(learner);
      saveJson(this.document, file, data);
      this.status.set(this.i18n.t('admin.learners.exported', { name: this.who(learner), file }));
    });
  }

  /** Asks first, in the page: the question gets the focus. */
  protected askErase(learner: LearnerSummary): void {
    this.status.set(null);
    this.actionError.set(null);
    this.confirming.set(learner);
    this.focusLater('#erase-confirm');
  }

  /** No erasure: the focus goes back to the learner's Erase button. */
  protected cancelErase(): void {
    const learner = this.confirming();
    this.confirming.set(null);
    if (learner !== null) this.focusLater(`[data-learner="${learner.id}"] [data-action="erase"]`);
  }

  protected async erase(): Promise<void> {
    const learner = this.confirming();
    if (learner === null) return;
    await this.act(learner, async () => {
      await this.api.eraseLearner(learner.id);
      this.confirming.set(null);
      await this.load();
      this.status.set(this.i18n.t('admin.learners.erasedDone', { name: learner.name }));
      // The Erase button is gone: the focus goes to the table, whose row now says "erased".
      this.focusLater('#learner-data-table');
    });
  }

  private async act(learner: LearnerSummary, action: () => Promise<void>): Promise<void> {
    if (this.busyId() !== null) return;
    this.busyId.set(learner.id);
    this.status.set(null);
    this.actionError.set(null);
    try {
      await action();
    } catch (error) {
      this.actionError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    } finally {
      this.busyId.set(null);
    }
  }

  private async load(): Promise<void> {
    try {
      this.learners.set(erasedLast(await this.api.learners()));
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(sentErrorText((key, params) => this.i18n.t(key, params), error));
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
