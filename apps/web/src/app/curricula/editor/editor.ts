import { CdkDrag, CdkDragDrop, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import { A11yModule } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  HostListener,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ASSESSMENT_METHODS,
  ESCO_SKILL_PATTERN,
  INDUSTRY_40_AREAS,
  LIMITS,
  OUTCOME_CATEGORIES,
  canTransition,
  type CurriculumDiff,
  type Finding,
  type LocalizedText,
  type OutcomeCategory,
  type PublishedVersion,
  type Unit,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { fieldId } from './pending-changes';
import { ExportPanel } from './export-panel';
import { Reopen } from './reopen';

type Tab = 'curriculum' | 'units' | 'wbl' | 'history';

/** The teacher's editor of one curriculum. */
@Component({
  selector: 'cb-editor',
  imports: [
    FormsModule,
    RouterLink,
    CdkDropList,
    CdkDrag,
    A11yModule,
    Localized,
    TPipe,
    Reopen,
    ExportPanel,
  ],
  providers: [EditorState],
  templateUrl: './editor.html',
  styleUrl: './editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Editor implements OnInit {
  protected readonly state = inject(EditorState);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  readonly id = input.required<string>();

  protected readonly categories = OUTCOME_CATEGORIES;
  protected readonly areas = INDUSTRY_40_AREAS;
  protected readonly methods = ASSESSMENT_METHODS;
  /** The field limits the API applies (one table in libs/curriculum). */
  protected readonly limits = LIMITS;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly fieldId = fieldId;
  /** Whether a workflow step may start from a status (the lifecycle table of libs/curriculum). */
  protected readonly can = canTransition;

  protected readonly tab = signal<Tab>('units');
  protected readonly lang = signal<string>('');
  protected readonly selectedUnitId = signal<string | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly versions = signal<readonly PublishedVersion[]>([]);
  protected readonly diff = signal<CurriculumDiff | null>(null);
  protected readonly diffFrom = signal<string>('');
  protected readonly reopening = signal(false);
  protected readonly reopened = signal(false);

  protected readonly c = computed(() => this.state.working());
  protected readonly selectedUnit = computed(
    () => this.c()?.units.find((u) => u.id === this.selectedUnitId()) ?? null,
  );
  protected readonly errors = computed(
    () => this.state.report()?.findings.filter((f) => f.severity === 'error') ?? [],
  );
  protected readonly warnings = computed(
    () => this.state.report()?.findings.filter((f) => f.severity === 'warning') ?? [],
  );
  protected readonly maxYearPoints = computed(() =>
    Math.max(
      1,
      ...(this.state.report()?.summary.pointsByYear.map((y) => Math.max(y.points, y.expected)) ?? [
        1,
      ]),
    ),
  );
  protected readonly maxAreaPoints = computed(() =>
    Math.max(1, ...(this.state.report()?.summary.pointsByArea.map((a) => a.points) ?? [1])),
  );
  protected readonly years = computed(() => {
    const months = this.c()?.durationMonths ?? 12;
    return Array.from({ length: Math.max(1, Math.ceil(months / 12)) }, (_, i) => i + 1);
  });
  protected readonly canSubmit = computed(() => {
    const status = this.c()?.status;
    return status !== undefined && canTransition(status, 'submit') && this.errors().length === 0;
  });

  protected newUnit = { code: '', title: '', year: 1, ecvetPoints: 10 };
  protected newOutcome: Record<string, string> = {};
  protected newPeriod = { title: '', year: 1, durationHours: 320, unitIds: [] as string[] };
  protected newEsco = { uri: '', label: '' };
  protected readonly escoProblem = signal<string | null>(null);

  /** Links a unit to an ESCO skill by URI and label; URIs are checked, never invented. */
  protected addEsco(unit: Unit): void {
    const uri = this.newEsco.uri.trim();
    if (!ESCO_SKILL_PATTERN.test(uri)) {
      this.escoProblem.set('editor.escoInvalid');
      return;
    }
    this.escoProblem.set(null);
    if (unit.escoSkills.some((s) => s.uri === uri)) return;
    const label = { [this.lang()]: this.newEsco.label.trim() || uri };
    this.state.editUnit(unit.id, { escoSkills: [...unit.escoSkills, { uri, label }] });
    this.newEsco = { uri: '', label: '' };
  }

  async ngOnInit(): Promise<void> {
    try {
      await this.state.load(this.id());
      const c = this.state.working();
      if (c) {
        // Authors write in the primary language first; the others are translations.
        this.lang.set(c.primaryLanguage);
        this.selectedUnitId.set(c.units[0]?.id ?? null);
      }
    } catch {
      this.loadError.set(this.i18n.t('editor.notFound'));
    }
  }

  /** Ctrl+S saves; the browser's own save dialog is not wanted here. */
  @HostListener('document:keydown', ['$event'])
  protected onKey(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.state.save();
    }
  }

  /** For the unsaved-changes guard. */
  hasUnsavedChanges(): boolean {
    return this.state.pending().length > 0;
  }

  protected text(value: LocalizedText | undefined | null): string {
    return value?.[this.lang()] ?? '';
  }

  protected withText(value: LocalizedText | undefined | null, text: string): LocalizedText {
    return { ...(value ?? {}), [this.lang()]: text };
  }

  protected num(value: string | number): number {
    return Number(value);
  }

  protected outcomesOf(unit: Unit, category: OutcomeCategory) {
    return unit.outcomes.filter((o) => o.category === category);
  }

  protected reviewsOf(targetId: string) {
    return this.state.reviews().filter((r) => r.targetId === targetId);
  }

  protected unitsOfYear(year: number) {
    return this.c()?.units.filter((u) => u.year === year) ?? [];
  }

  protected periodsOfYear(year: number) {
    return this.c()?.workBasedLearning.filter((p) => p.year === year) ?? [];
  }

  protected toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  protected async dropUnit(event: CdkDragDrop<unknown>): Promise<void> {
    await this.moveUnit(event.previousIndex, event.currentIndex);
  }

  /** Keyboard alternative to drag and drop. */
  protected async moveUnit(from: number, to: number): Promise<void> {
    const c = this.c();
    if (!c || from === to || to < 0 || to >= c.units.length) return;
    const ids = c.units.map((u) => u.id);
    moveItemInArray(ids, from, to);
    await this.state.run((api, id) => api.reorderUnits(id, c.version, ids));
  }

  protected async addUnit(): Promise<void> {
    const c = this.c();
    if (!c || !this.newUnit.code.trim() || !this.newUnit.title.trim()) return;
    const ok = await this.state.run((api, id) =>
      api.addUnit(id, {
        code: this.newUnit.code.trim(),
        title: { [this.lang()]: this.newUnit.title.trim() },
        eqfLevel: c.eqfLevel,
        ecvetPoints: Number(this.newUnit.ecvetPoints),
        year: Number(this.newUnit.year),
      }),
    );
    if (ok) {
      const added = this.state.working()?.units.find((u) => u.code === this.newUnit.code.trim());
      this.selectedUnitId.set(added?.id ?? null);
      this.newUnit = { code: '', title: '', year: 1, ecvetPoints: 10 };
    }
  }

  protected async deleteUnit(unit: Unit): Promise<void> {
    if (!confirm(this.i18n.t('editor.unit.confirmDelete', { code: unit.code }))) return;
    await this.state.run((api, id) => api.deleteUnit(id, unit.id, unit.version));
    this.selectedUnitId.set(this.c()?.units[0]?.id ?? null);
  }

  protected async addOutcome(unit: Unit, category: OutcomeCategory): Promise<void> {
    const text = (this.newOutcome[category] ?? '').trim();
    if (!text) return;
    const ok = await this.state.run((api, id) =>
      api.addOutcome(id, unit.id, { category, text: { [this.lang()]: text } }),
    );
    if (ok) this.newOutcome[category] = '';
  }

  protected async deleteOutcome(unit: Unit, outcomeId: string, version: number): Promise<void> {
    await this.state.run((api, id) => api.deleteOutcome(id, unit.id, outcomeId, version));
  }

  protected async acceptSuggestion(commentId: string): Promise<void> {
    await this.state.run((api, id) => api.acceptSuggestion(id, commentId));
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

  protected async transition(step: 'submit' | 'publish'): Promise<void> {
    if (this.state.pending().length > 0) await this.state.save();
    await this.state.run((api, id) => api.transition(id, step));
  }

  /** After the confirmation: the published curriculum becomes a draft; the focus moves to the news. */
  protected async reopen(): Promise<void> {
    this.reopening.set(true);
    const ok = await this.state.reopen();
    this.reopening.set(false);
    if (!ok) return;
    this.reopened.set(true);
    afterNextRender(() => document.getElementById('editor-reopened')?.focus(), {
      injector: this.injector,
    });
  }

  protected async showHistory(): Promise<void> {
    this.tab.set('history');
    const id = this.c()?.id;
    if (!id) return;
    await this.state.run(async (api) => {
      const versions = await api.versions(id);
      this.versions.set(versions);
      const from = String(versions[0]?.number ?? '');
      this.diffFrom.set(from);
      this.diff.set(from ? await api.diff(id, from, 'draft') : null);
    });
  }

  protected async compare(from: string): Promise<void> {
    const id = this.c()?.id;
    if (!id || !from) return;
    this.diffFrom.set(from);
    await this.state.run(async (api) => this.diff.set(await api.diff(id, from, 'draft')));
  }

  /** Moves to the field a finding is about (opening its unit first). */
  protected async jumpTo(finding: Finding): Promise<void> {
    const unitIndex = /^units\[(\d+)\]/.exec(finding.path)?.[1];
    const periodIndex = /^workBasedLearning\[(\d+)\]/.exec(finding.path);
    if (unitIndex !== undefined) {
      this.tab.set('units');
      this.selectedUnitId.set(this.c()?.units[Number(unitIndex)]?.id ?? null);
    } else if (periodIndex) {
      this.tab.set('wbl');
    } else {
      this.tab.set('curriculum');
    }
    await new Promise((done) => setTimeout(done));
    let path = finding.path;
    for (;;) {
      const element = document.getElementById(fieldId(path));
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        return;
      }
      const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === path) return;
      path = shorter;
    }
  }

  protected findingText(finding: Finding): string {
    return finding.messages[this.i18n.language()] ?? finding.message;
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

  protected json(value: unknown): string {
    return JSON.stringify(value, null, 2);
  }
}
