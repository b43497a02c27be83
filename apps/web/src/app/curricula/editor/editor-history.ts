import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import type { CurriculumDiff, PublishedVersion } from '@curriculum-builder/curriculum';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';

/** The editor's history tab: the published versions, and what changed since one of them. */
@Component({
  selector: 'cb-editor-history',
  imports: [TPipe],
  templateUrl: './editor-history.html',
  styleUrl: './editor-history.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorHistory implements OnInit {
  private readonly state = inject(EditorState);
  readonly curriculumId = input.required<string>();

  protected readonly versions = signal<readonly PublishedVersion[]>([]);
  protected readonly diff = signal<CurriculumDiff | null>(null);
  protected readonly diffFrom = signal<string>('');

  async ngOnInit(): Promise<void> {
    const id = this.curriculumId();
    await this.state.run(async (api) => {
      const versions = await api.versions(id);
      this.versions.set(versions);
      const from = String(versions[0]?.number ?? '');
      this.diffFrom.set(from);
      this.diff.set(from ? await api.diff(id, from, 'draft') : null);
    });
  }

  protected async compare(from: string): Promise<void> {
    if (!from) return;
    this.diffFrom.set(from);
    await this.state.run(async (api) =>
      this.diff.set(await api.diff(this.curriculumId(), from, 'draft')),
    );
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
