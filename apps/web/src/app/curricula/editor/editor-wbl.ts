import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import {
  LIMITS,
  type LocalizedText,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { EditorThreads } from './editor-threads';
import { Field } from './field';
import { num, toggle } from './form-values';
import { fieldId } from './pending-changes';
import { PlacementMatches } from './placement-matches';

/** What a new period starts with. */
const blankPeriod = () => ({ title: '', year: 1, durationHours: 320, unitIds: [] as string[] });

/**
 * The editor's work-based learning planner: a timeline of the programme's years with the periods
 * in them (and a column for what lies after the last year), the chosen period's fields, a new
 * period, and delete with undo.
 */
@Component({
  selector: 'cb-editor-wbl',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    Field,
    EditorThreads,
    Localized,
    PlacementMatches,
    TPipe,
  ],
  templateUrl: './editor-wbl.html',
  styleUrls: ['./editor-forms.css', './editor-wbl.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorWbl {
  protected readonly state = inject(EditorState);
  private readonly i18n = inject(I18n);
  /** The content language being edited. */
  readonly lang = input.required<string>();
  /** The period shown in the form (the editor moves it when a finding is chosen). */
  readonly selectedPeriodId = model<string | null>(null);

  protected readonly fieldId = fieldId;
  protected readonly limits = LIMITS;
  protected readonly num = num;
  protected readonly toggle = toggle;
  protected readonly terms = Array.from(
    { length: LIMITS.workBasedLearning.term.max },
    (_, i) => i + LIMITS.workBasedLearning.term.min,
  );
  protected readonly c = computed(() => this.state.working());
  /** Years of the programme (from its duration). */
  protected readonly programmeYears = computed(() =>
    Math.max(1, Math.ceil((this.c()?.durationMonths ?? 12) / 12)),
  );
  protected readonly years = computed(() =>
    Array.from({ length: this.programmeYears() }, (_, i) => i + 1),
  );
  /** Periods after the programme's last year: they block submission, so they are shown apart. */
  protected readonly outside = computed(
    () => this.c()?.workBasedLearning.filter((p) => p.year > this.programmeYears()) ?? [],
  );
  protected readonly selected = computed<WorkBasedLearningPeriod | null>(() => {
    const periods = this.c()?.workBasedLearning ?? [];
    return periods.find((p) => p.id === this.selectedPeriodId()) ?? periods[0] ?? null;
  });
  protected readonly newPeriod = signal(blankPeriod());
  /** The period deleted last, until it is restored or another one is deleted. */
  protected readonly deleted = signal<WorkBasedLearningPeriod | null>(null);

  protected text(value: LocalizedText | undefined | null): string {
    return value?.[this.lang()] ?? '';
  }

  protected withText(value: LocalizedText | undefined | null, text: string): LocalizedText {
    return { ...(value ?? {}), [this.lang()]: text };
  }

  protected unitsOfYear(year: number) {
    return this.c()?.units.filter((u) => u.year === year) ?? [];
  }

  protected periodsOfYear(year: number) {
    return this.c()?.workBasedLearning.filter((p) => p.year === year) ?? [];
  }

  /** The outcomes a period can practise: those of the units it covers. */
  protected coveredUnits(period: WorkBasedLearningPeriod) {
    return this.c()?.units.filter((u) => period.unitIds.includes(u.id)) ?? [];
  }

  /** Covering fewer units drops the outcomes of the units no longer covered. */
  protected toggleUnit(period: WorkBasedLearningPeriod, unitId: string, on: boolean): void {
    const unitIds = toggle(period.unitIds, unitId, on);
    const kept = new Set(
      this.c()
        ?.units.filter((u) => unitIds.includes(u.id))
        .flatMap((u) => u.outcomes.map((o) => o.id)),
    );
    this.state.editPeriod(period.id, {
      unitIds,
      outcomeIds: period.outcomeIds.filter((id) => kept.has(id)),
    });
  }

  protected editNew(patch: Partial<ReturnType<typeof blankPeriod>>): void {
    this.newPeriod.update((p) => ({ ...p, ...patch }));
  }

  protected async addPeriod(): Promise<void> {
    const draft = this.newPeriod();
    if (!draft.title.trim()) return;
    let added: WorkBasedLearningPeriod | null = null;
    const ok = await this.state.run(async (api, id) => {
      added = await api.addPeriod(id, {
        title: { [this.lang()]: draft.title.trim() },
        year: Number(draft.year),
        durationHours: Number(draft.durationHours),
        unitIds: draft.unitIds,
      });
    });
    if (!ok) return;
    this.newPeriod.set(blankPeriod());
    this.selectedPeriodId.set((added as WorkBasedLearningPeriod | null)?.id ?? null);
    setTimeout(() => document.querySelector<HTMLElement>('.period-editor input')?.focus());
  }

  /** Deletes at once; "Undo" adds the same period again (with the units and outcomes still there). */
  protected async deletePeriod(period: WorkBasedLearningPeriod): Promise<void> {
    const ok = await this.state.run((api, id) => api.deletePeriod(id, period.id, period.version));
    if (!ok) return;
    this.deleted.set(period);
    this.selectedPeriodId.set(null);
    setTimeout(() => document.getElementById('period-undo')?.focus());
  }

  protected async undoDelete(): Promise<void> {
    const period = this.deleted();
    const c = this.c();
    if (!period || !c) return;
    const units = new Set(c.units.map((u) => u.id));
    const outcomes = new Set(c.units.flatMap((u) => u.outcomes.map((o) => o.id)));
    // The same period but its id and version, naming only what still exists.
    const { id: _id, version: _version, ...content } = period;
    let restored: WorkBasedLearningPeriod | null = null;
    const ok = await this.state.run(async (api, id) => {
      restored = await api.addPeriod(id, {
        ...content,
        unitIds: period.unitIds.filter((u) => units.has(u)),
        outcomeIds: period.outcomeIds.filter((o) => outcomes.has(o)),
      });
    });
    if (!ok) return;
    this.deleted.set(null);
    this.selectedPeriodId.set((restored as WorkBasedLearningPeriod | null)?.id ?? null);
  }

  protected deletedText(period: WorkBasedLearningPeriod): string {
    const title = period.title[this.lang()] ?? Object.values(period.title)[0] ?? '';
    return this.i18n.t('editor.period.deleted', { title });
  }
}
