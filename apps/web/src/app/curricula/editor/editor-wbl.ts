import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LIMITS } from '@curriculum-builder/curriculum';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { num, toggle } from './form-values';
import { fieldId } from './pending-changes';

/** The editor's work-based learning tab: the periods year by year, and a new period. */
@Component({
  selector: 'cb-editor-wbl',
  imports: [FormsModule, Localized, TPipe],
  templateUrl: './editor-wbl.html',
  styleUrls: ['./editor-forms.css', './editor-wbl.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorWbl {
  protected readonly state = inject(EditorState);
  /** The content language being edited. */
  readonly lang = input.required<string>();

  protected readonly fieldId = fieldId;
  protected readonly limits = LIMITS;
  protected readonly num = num;
  protected readonly toggle = toggle;
  protected readonly c = computed(() => this.state.working());
  protected readonly years = computed(() => {
    const months = this.c()?.durationMonths ?? 12;
    return Array.from({ length: Math.max(1, Math.ceil(months / 12)) }, (_, i) => i + 1);
  });
  protected newPeriod = { title: '', year: 1, durationHours: 320, unitIds: [] as string[] };

  protected unitsOfYear(year: number) {
    return this.c()?.units.filter((u) => u.year === year) ?? [];
  }

  protected periodsOfYear(year: number) {
    return this.c()?.workBasedLearning.filter((p) => p.year === year) ?? [];
  }

  protected async addPeriod(): Promise<void> {
    if (!this.newPeriod.title.trim()) return;
    const ok = await this.state.run((api, id) =>
      api.addPeriod(id, {
        title: { [this.lang()]: this.newPeriod.title.trim() },
        year: Number(this.newPeriod.year),
        durationHours: Number(this.newPeriod.durationHours),
        unitIds: this.newPeriod.unitIds,
      }),
    );
    if (ok) this.newPeriod = { title: '', year: 1, durationHours: 320, unitIds: [] };
  }
}
