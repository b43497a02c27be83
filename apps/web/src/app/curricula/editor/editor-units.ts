import {
  CdkDrag,
  CdkDragDrop,
  CdkDragHandle,
  CdkDropList,
  moveItemInArray,
} from '@angular/cdk/drag-drop';
import { A11yModule } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EscoPicker } from '../../esco/esco-picker';
import { EscoSuggestions } from '../../esco/esco-suggestions';
import {
  ASSESSMENT_METHODS,
  ESCO_SOURCE,
  INDUSTRY_40_AREAS,
  LIMITS,
  OUTCOME_CATEGORIES,
  isValidEqfLevel,
  outcomeVerbLanguageOf,
  staleSourceOf,
  suggestedVerbs,
  usesEsco,
  type EscoReference,
  type LearningOutcome,
  type LocalizedText,
  type OutcomeCategory,
  type Unit,
} from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { Localized, pickText } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { num, toggle } from './form-values';
import { EditorThreads } from './editor-threads';
import { Field, fieldMessage } from './field';
import { fieldId } from './pending-changes';
import { ShareUnit } from './share-unit';

/** A unit's place in the schedule: its year, then its term (the whole year first). */
function scheduleOf(unit: Unit): number {
  return unit.year * 10 + (unit.term ?? 0);
}

/**
 * The editor's units tab: the units by year (drag and drop, or the move buttons), the selected
 * unit's fields, ESCO skills, assessment and learning outcomes with the reviewers' comments.
 */
@Component({
  selector: 'cb-editor-units',
  imports: [
    FormsModule,
    Field,
    EditorThreads,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    A11yModule,
    Localized,
    TPipe,
    EscoPicker,
    EscoSuggestions,
    ShareUnit,
  ],
  templateUrl: './editor-units.html',
  styleUrls: ['./editor-forms.css', './editor.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorUnits {
  protected readonly state = inject(EditorState);
  protected readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  /** The content language being edited. */
  readonly lang = input.required<string>();
  /** The unit shown in the form (the editor moves it when a finding is chosen). */
  readonly selectedUnitId = model<string | null>(null);

  protected readonly categories = OUTCOME_CATEGORIES;
  protected readonly areas = INDUSTRY_40_AREAS;
  protected readonly methods = ASSESSMENT_METHODS;
  protected readonly limits = LIMITS;
  /** ESCO's attribution, shown where its labels are. */
  protected readonly escoSource = ESCO_SOURCE;
  protected readonly usesEsco = usesEsco;
  protected readonly fieldId = fieldId;
  protected readonly num = num;
  protected readonly toggle = toggle;

  protected readonly c = computed(() => this.state.working());
  protected readonly selectedUnit = computed(
    () => this.c()?.units.find((u) => u.id === this.selectedUnitId()) ?? null,
  );
  /** Terms a unit can be given (or none: the whole year). */
  protected readonly terms = Array.from(
    { length: LIMITS.unit.term.max },
    (_, i) => i + LIMITS.unit.term.min,
  );
  protected newUnit = EditorUnits.blankUnit();
  protected newOutcome: Record<string, string> = {};
  /** Why a skill could not be linked to an outcome (a message key, or null), by outcome id. */
  protected readonly skillProblems = signal<Readonly<Record<string, string | null>>>({});

  /** An optional number input's value: empty is null (not stated), anything else a number. */
  protected optionalNum(value: string | number | null | undefined): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' && value.trim() === '') return null;
    return Number(value);
  }

  /** The year a unit ends in when it is another than the one it starts in, else null. */
  protected endYearOf(unit: Unit): number | null {
    const end = unit.endYear ?? null;
    return end === null || end === unit.year ? null : end;
  }

  /** The source a translation in the editing language was made from, when it needs review. */
  protected staleFrom(key: string): string | null {
    return staleSourceOf(this.c(), key, this.lang());
  }

  protected text(value: LocalizedText | undefined | null): string {
    return value?.[this.lang()] ?? '';
  }

  protected withText(value: LocalizedText | undefined | null, text: string): LocalizedText {
    return { ...(value ?? {}), [this.lang()]: text };
  }

  /** An outcome's own assessment criteria: none (`{}`) when older data has no such field. */
  protected criteriaOf(outcome: LearningOutcome): LocalizedText {
    return outcome.criteria ?? {};
  }

  /** An outcome's criteria in `language` ('' when none): the primary language's show as a hint. */
  protected criteriaIn(outcome: LearningOutcome, language: string): string {
    return this.criteriaOf(outcome)[language] ?? '';
  }

  /**
   * An outcome's assessment criteria typed in the content language: the other languages are kept
   * as they are, and a language emptied (blank) is removed, so the unit's criteria apply again.
   */
  protected editCriteria(unit: Unit, outcome: LearningOutcome, value: string): void {
    const criteria: Record<string, string> = { ...this.criteriaOf(outcome), [this.lang()]: value };
    if (value.trim() === '') delete criteria[this.lang()];
    this.state.editOutcome(unit.id, outcome.id, { criteria });
  }

  /**
   * A unit made an add-on qualification (optional, outside the qualification's points: neither
   * mandatory nor in a group), or back to an ordinary unit, which is mandatory until made elective.
   */
  protected setAddOn(unit: Unit, addOn: boolean): void {
    this.state.editUnit(
      unit.id,
      addOn
        ? { addOn: true, mandatory: false, electiveGroup: null }
        : { addOn: false, mandatory: true, electiveGroup: null },
    );
  }

  /** Links a unit to an ESCO skill picked or suggested (the catalogue's URI and label). */
  protected addUnitSkill(unit: Unit, skill: EscoReference): void {
    if (unit.escoSkills.some((s) => s.uri === skill.uri)) return;
    this.state.editUnit(unit.id, { escoSkills: [...unit.escoSkills, skill] });
  }

  /**
   * Links an outcome to one more ESCO skill, picked or suggested (the first of its skills is its
   * main skill); a skill already linked is not linked again.
   */
  protected addOutcomeSkill(unit: Unit, outcome: LearningOutcome, skill: EscoReference): void {
    const duplicate = outcome.escoSkills.some((s) => s.uri === skill.uri);
    this.skillProblems.update((all) => ({
      ...all,
      [outcome.id]: duplicate ? 'editor.escoDuplicate' : null,
    }));
    if (duplicate) return;
    this.state.editOutcome(unit.id, outcome.id, {
      escoSkills: [...outcome.escoSkills, skill],
    });
  }

  /** Why a change to the field at `path` was refused (the ESCO pickers say it themselves). */
  protected problemAt(path: string): string | null {
    return fieldMessage(this.state, this.i18n, path);
  }

  /** The URIs of linked skills: the suggestions leave them out. */
  protected skillUris(skills: readonly EscoReference[]): string[] {
    return skills.map((skill) => skill.uri);
  }

  /**
   * Unlinks an ESCO skill from an outcome (the next one becomes the main skill when it was the
   * first); the focus goes to the next skill's remove button, else to the URI field.
   */
  protected removeOutcomeSkill(unit: Unit, outcome: LearningOutcome, uri: string): void {
    const index = outcome.escoSkills.findIndex((s) => s.uri === uri);
    this.state.editOutcome(unit.id, outcome.id, {
      escoSkills: outcome.escoSkills.filter((s) => s.uri !== uri),
    });
    setTimeout(() => {
      const row = document.querySelector(`[data-outcome="${outcome.id}"]`);
      const buttons = Array.from(row?.querySelectorAll<HTMLElement>('.skill-remove') ?? []);
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? row?.querySelector<HTMLElement>('.skill-add input[role="combobox"]'))?.focus();
    });
  }

  /** An ESCO skill's name as the list shows it (the content language's, else another), or its URI. */
  protected skillName(skill: EscoReference): string {
    const primary = this.c()?.primaryLanguage ?? this.lang();
    return pickText(skill.label, this.lang(), primary).text || skill.uri;
  }

  /** The language the suggested verbs are written in: the content language's, else English. */
  protected readonly verbLanguage = computed(() => outcomeVerbLanguageOf(this.lang()));

  /**
   * The id of the hint under an outcome's text that suggests verbs for its category at the unit's
   * EQF level, or null while there is none: the draft cannot be edited, or the level is no level.
   */
  protected verbHintId(unit: Unit, outcome: LearningOutcome): string | null {
    return this.state.editable() && isValidEqfLevel(unit.eqfLevel) ? `verbs-${outcome.id}` : null;
  }

  /** The suggested verbs for an outcome, in the content language (see `verbLanguage`). */
  protected verbsFor(unit: Unit, outcome: LearningOutcome): string {
    return suggestedVerbs(this.lang(), unit.eqfLevel, outcome.category).join(', ');
  }

  protected outcomesOf(unit: Unit, category: OutcomeCategory) {
    return unit.outcomes.filter((o) => o.category === category);
  }

  protected async dropUnit(event: CdkDragDrop<unknown>): Promise<void> {
    await this.moveUnit(event.previousIndex, event.currentIndex);
  }

  /** Keyboard alternative to drag and drop; the focus stays with the unit that moved. */
  protected async moveUnit(from: number, to: number, button?: HTMLElement): Promise<void> {
    const c = this.c();
    if (!c || from === to || to < 0 || to >= c.units.length) return;
    const ids = c.units.map((u) => u.id);
    moveItemInArray(ids, from, to);
    // The same button again, or the other one when the unit reached the top or the bottom.
    const labels = Array.from(button?.parentElement?.querySelectorAll('button') ?? [])
      .sort((a) => (a === button ? -1 : 1))
      .map((b) => b.getAttribute('aria-label'));
    const moved = await this.state.run((api, id) => api.reorderUnits(id, c.version, ids));
    if (moved && button) this.refocus(`[data-unit="${ids[to]}"]`, labels);
  }

  /** Whether the list runs back in time (year 1 after year 2), so that its headings repeat. */
  protected readonly mixedOrder = computed(() => {
    const units = this.c()?.units ?? [];
    return units.some((u, i) => i > 0 && scheduleOf(u) < scheduleOf(units[i - 1]));
  });

  /** Puts the units in the order of their year and term, keeping the order within each. */
  protected async orderByYear(): Promise<void> {
    const c = this.c();
    if (!c) return;
    const ids = [...c.units].sort((a, b) => scheduleOf(a) - scheduleOf(b)).map((u) => u.id);
    await this.state.run((api, id) => api.reorderUnits(id, c.version, ids));
  }

  /** After a move has been drawn anew: the focus on the first of `labels` usable in the moved row. */
  private refocus(row: string, labels: readonly (string | null)[]): void {
    setTimeout(() => {
      const element = document.querySelector<HTMLElement>(row);
      const buttons = Array.from(element?.querySelectorAll<HTMLElement>('button') ?? []).filter(
        (b) => !b.hasAttribute('disabled'),
      );
      const again = labels
        .map((label) => buttons.find((b) => b.getAttribute('aria-label') === label))
        .find((b) => b !== undefined);
      (again ?? element?.querySelector<HTMLElement>('textarea, button:not([disabled])'))?.focus();
    });
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
        assessment: {
          methods: [],
          criteria: this.newUnit.criteria.trim()
            ? { [this.lang()]: this.newUnit.criteria.trim() }
            : {},
        },
      }),
    );
    if (ok) {
      const added = this.state.working()?.units.find((u) => u.code === this.newUnit.code.trim());
      this.selectedUnitId.set(added?.id ?? null);
      this.newUnit = EditorUnits.blankUnit();
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
    if (!confirm(this.i18n.t('editor.outcome.confirmDelete'))) return;
    await this.state.run((api, id) => api.deleteOutcome(id, unit.id, outcomeId, version));
  }

  /** Drag and drop within a category: the other categories' outcomes keep their places. */
  protected async dropOutcome(
    unit: Unit,
    category: OutcomeCategory,
    event: CdkDragDrop<unknown>,
  ): Promise<void> {
    if (event.previousIndex === event.currentIndex) return;
    const same = this.outcomesOf(unit, category).map((o) => o.id);
    moveItemInArray(same, event.previousIndex, event.currentIndex);
    const queue = [...same];
    const ids = unit.outcomes.map((o) =>
      o.category === category ? (queue.shift() ?? o.id) : o.id,
    );
    await this.state.run((api, id) => api.reorderOutcomes(id, unit.id, unit.version, ids));
  }

  /**
   * Moves an outcome one place up or down among those of its category (the order of the unit's
   * outcomes is kept otherwise); the focus stays on the button that moved it.
   */
  protected async moveOutcome(
    unit: Unit,
    outcomeId: string,
    step: -1 | 1,
    button: HTMLElement,
  ): Promise<void> {
    const outcome = unit.outcomes.find((o) => o.id === outcomeId);
    if (!outcome) return;
    const same = this.outcomesOf(unit, outcome.category);
    const neighbour = same[same.indexOf(outcome) + step];
    if (!neighbour) return;
    const ids = unit.outcomes.map((o) => o.id);
    const from = ids.indexOf(outcomeId);
    const to = ids.indexOf(neighbour.id);
    [ids[from], ids[to]] = [ids[to], ids[from]];
    const label = button.getAttribute('aria-label');
    const moved = await this.state.run((api, id) =>
      api.reorderOutcomes(id, unit.id, unit.version, ids),
    );
    if (moved) this.refocus(`[data-outcome="${outcomeId}"]`, [label]);
  }

  private static blankUnit() {
    return { code: '', title: '', year: 1, ecvetPoints: 10, criteria: '' };
  }
}
