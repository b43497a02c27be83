import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import {
  wordDiff,
  type AuditEvent,
  type CurriculumDiff,
  type PublishedVersion,
  type TextChange,
} from '@curriculum-builder/curriculum';
import { formatDate } from '../../core/i18n/format-date';
import { I18n } from '../../core/i18n/i18n';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';

/** The working copy, as the "to" side of a comparison. */
const DRAFT = 'draft';

/**
 * The editor's history tab: any two versions (or a version and the working copy) compared, with
 * the changed sentences word by word, and the audit trail as a timeline of who did what when.
 */
@Component({
  selector: 'cb-editor-history',
  imports: [NgTemplateOutlet, TPipe],
  templateUrl: './editor-history.html',
  styleUrl: './editor-history.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorHistory implements OnInit {
  private readonly state = inject(EditorState);
  private readonly i18n = inject(I18n);
  readonly curriculumId = input.required<string>();

  protected readonly draft = DRAFT;
  protected readonly versions = signal<readonly PublishedVersion[]>([]);
  protected readonly diff = signal<CurriculumDiff | null>(null);
  protected readonly from = signal<string>('');
  protected readonly to = signal<string>(DRAFT);
  protected readonly events = signal<readonly AuditEvent[]>([]);

  async ngOnInit(): Promise<void> {
    const id = this.curriculumId();
    await this.state.run(async (api) => {
      const versions = await api.versions(id);
      this.versions.set(versions);
      this.from.set(String(versions[0]?.number ?? ''));
      this.events.set(await api.audit(id).catch(() => []));
    });
    await this.compare();
  }

  protected async choose(side: 'from' | 'to', value: string): Promise<void> {
    (side === 'from' ? this.from : this.to).set(value);
    await this.compare();
  }

  private async compare(): Promise<void> {
    const [from, to] = [this.from(), this.to()];
    if (!from) return;
    await this.state.run(async (api) =>
      this.diff.set(await api.diff(this.curriculumId(), from, to)),
    );
  }

  /** A changed text word by word (an added or removed text is one run). */
  protected runs(change: TextChange) {
    return wordDiff(change.before ?? '', change.after ?? '');
  }

  protected shown(value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  protected when(iso: string): string {
    return formatDate(iso, this.i18n.language(), true);
  }

  protected what(event: AuditEvent): string {
    const key = `audit.${event.action}`;
    const sentence = this.i18n.t(key);
    return sentence === key ? event.action : sentence;
  }

  protected summaryParams(diff: CurriculumDiff): Record<string, number> {
    const {
      unitsAdded,
      unitsRemoved,
      unitsChanged,
      outcomesAdded,
      outcomesRemoved,
      outcomesChanged,
    } = diff.summary;
    return {
      unitsAdded,
      unitsRemoved,
      unitsChanged,
      outcomesAdded,
      outcomesRemoved,
      outcomesChanged,
    };
  }
}
