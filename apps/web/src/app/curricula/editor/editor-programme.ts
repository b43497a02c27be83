import { Auth } from '../../core/auth/auth';
import { ShareUnit } from './share-unit';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  LIMITS,
  type AssessmentMethod,
  type AssessmentPart,
  type ChoiceRule,
  type Curriculum,
  type ElectiveGroup,
  type LocalizedText,
  type PartialQualification,
  type ProgrammeSummary,
  type RuleThresholds,
  type Unit,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { CurriculaApi } from '../curricula-api';
import { EditorState } from './editor-state';
import { Field } from './field';
import { num, toggle } from './form-values';
import { fieldId } from './pending-changes';

/** The partner languages first, then the others a curriculum already has. */
const PARTNER_LANGUAGES = ['de', 'en', 'lt', 'lv', 'et'];

/**
 * The required languages in their order: the primary language first, then the declared languages
 * in `required`, in the order of `languages` (the order the API keeps them in).
 */
export function requiredLanguagesOf(
  primary: string,
  languages: readonly string[],
  required: readonly string[],
): string[] {
  return [primary, ...languages.filter((code) => code !== primary && required.includes(code))];
}

/** A group's rule, "at least its points" when it has none (or one this version does not know). */
export function choiceRuleOf(group: Partial<Pick<ElectiveGroup, 'rule'>>): ChoiceRule {
  return CHOICE_RULES.find((rule) => rule === group.rule) ?? 'points-at-least';
}

/** The weights of an assessment plan added up (in percent; the parts should make 100). */
export function planWeight(plan: readonly Pick<AssessmentPart, 'weight'>[]): number {
  const total = plan.reduce(
    (sum, part) => sum + (Number.isFinite(part.weight) ? part.weight : 0),
    0,
  );
  return Math.round(total * 1e6) / 1e6;
}

/** The code of a new entry: `<prefix><n>` after the entries there are, one no entry has yet. */
function nextCode(prefix: string, entries: readonly Pick<AssessmentPart, 'code'>[]): string {
  const taken = new Set(entries.map((entry) => entry.code.trim().toLowerCase()));
  let n = entries.length + 1;
  while (taken.has(`${prefix.toLowerCase()}${n}`)) n++;
  return `${prefix}${n}`;
}

/** The code of a new part: `AP<n>` after the parts there are, one no part has yet. */
export function nextPartCode(plan: readonly Pick<AssessmentPart, 'code'>[]): string {
  return nextCode('AP', plan);
}

/** The code of a new partial qualification: `TQ<n>` ("Teilqualifikation"), one none has yet. */
export function nextPartialCode(partials: readonly Pick<PartialQualification, 'code'>[]): string {
  return nextCode('TQ', partials);
}

/** The ECVET points a partial qualification is worth: those of its units (each counted once). */
export function partialPoints(
  partial: Pick<PartialQualification, 'unitIds'>,
  units: readonly Pick<Unit, 'id' | 'ecvetPoints'>[],
): number {
  const ids = new Set(partial.unitIds);
  const total = units
    .filter((unit) => ids.has(unit.id))
    .reduce((sum, unit) => sum + (Number.isFinite(unit.ecvetPoints) ? unit.ecvetPoints : 0), 0);
  return Math.round(total * 1e6) / 1e6;
}

/** The other programmes of the qualification: not asked yet (no code), loading, loaded or failed. */
type Programmes =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly list: readonly ProgrammeSummary[] }
  | { readonly state: 'failed' };

/**
 * The qualification tab's second half: the qualification code the programmes of one
 * qualification share (and the other programmes that share it, ADR 0021), the languages of the content (and which of them every text
 * must have before review and publication), the elective groups with the points each counts and
 * how a pathway chooses its units, the assessment plan (the parts of the examination, what each
 * weighs, when it takes place, how, and which units it assesses), the partial qualifications (sets
 * of units a learner can be certified for alone, with the points they are worth) and the
 * thresholds the ECVET checks apply; once published, sharing the whole curriculum in the library
 * as a good-practice example.
 */
@Component({
  selector: 'cb-editor-programme',
  imports: [Field, TPipe, ShareUnit],
  templateUrl: './editor-programme.html',
  styleUrls: ['./editor-forms.css', './editor.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorProgramme {
  protected readonly state = inject(EditorState);
  protected readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  private readonly api = inject(CurriculaApi);
  /** The content language being edited. */
  readonly lang = input.required<string>();

  /** The stored curriculum and its saved qualification code: the other programmes follow these. */
  private readonly savedQualification = computed(() => {
    const server = this.state.server();
    return server === null ? null : `${server.id}\n${server.qualificationCode ?? ''}`;
  });
  /** The other programmes of the qualification, as the server last answered. */
  protected readonly programmes = signal<Programmes>({ state: 'none' });
  /** Answers to older requests (the code changed since) are dropped. */
  private programmesRequest = 0;

  constructor() {
    // When the editor opens and after a new qualification code is saved.
    effect(() => {
      if (this.savedQualification() === null) return;
      untracked(() => void this.loadProgrammes());
    });
  }

  protected readonly limits = LIMITS;
  protected readonly fieldId = fieldId;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly c = computed(() => this.state.working());
  protected readonly num = num;
  protected readonly choiceRules = CHOICE_RULES;
  protected readonly choiceRuleOf = choiceRuleOf;
  protected readonly methods = ASSESSMENT_METHODS;
  /** Terms a part can take place in (or none: at the end of the year). */
  protected readonly partTerms = Array.from(
    { length: LIMITS.assessmentPart.term.max - LIMITS.assessmentPart.term.min + 1 },
    (_, i) => i + LIMITS.assessmentPart.term.min,
  );
  /** The parts' weights added up, and whether they make the 100 % they should. */
  protected readonly planTotal = computed(() => {
    const weight = planWeight(this.c()?.assessmentPlan ?? []);
    return { weight, complete: Math.abs(weight - 100) < 1e-6 };
  });
  /** The partial qualifications (none for a curriculum stored before they existed). */
  protected readonly partials = computed(() => this.c()?.partialQualifications ?? []);
  protected readonly languageChoices = computed(() => [
    ...new Set([...PARTNER_LANGUAGES, ...(this.c()?.languages ?? [])]),
  ]);
  /** The declared languages, the primary one first: each may be marked required. */
  protected readonly declaredLanguages = computed(() => {
    const c = this.c();
    return c ? [...new Set([c.primaryLanguage, ...c.languages])] : [];
  });
  /** The languages required before review and publication (the primary one always). */
  protected readonly requiredLanguages = computed(() => {
    const c = this.c();
    return c ? this.required(c) : [];
  });

  protected text(value: LocalizedText | undefined): string {
    return value?.[this.lang()] ?? '';
  }

  /** The qualification code; an empty field clears it (a qualification of its own). */
  protected setQualificationCode(value: string): void {
    const code = value.trim();
    this.state.editCurriculum({ qualificationCode: code === '' ? null : code });
  }

  /** Asks the server for the other programmes of the saved qualification code (none: no request). */
  private async loadProgrammes(): Promise<void> {
    const server = this.state.server();
    const request = ++this.programmesRequest;
    if (server === null || !server.qualificationCode) {
      this.programmes.set({ state: 'none' });
      return;
    }
    this.programmes.set({ state: 'loading' });
    try {
      const list = await this.api.programmes(server.id);
      if (request === this.programmesRequest) this.programmes.set({ state: 'loaded', list });
    } catch {
      if (request === this.programmesRequest) this.programmes.set({ state: 'failed' });
    }
  }

  /** A programme's title in the content language, else in any language it has. */
  protected programmeTitle(programme: ProgrammeSummary): string {
    return this.text(programme.title) || (Object.values(programme.title).find((t) => t) ?? '');
  }

  /**
   * The editor of another programme (`/curricula/:id`), as a plain link: the editor route keeps its
   * component and the state of this curriculum when only the id changes, so the page loads anew.
   */
  protected programmeLink(programme: ProgrammeSummary): string {
    return `/curricula/${encodeURIComponent(programme.id)}`;
  }

  /** "dual (school and company) · part-time 70 %", "school-based · full-time". */
  protected programmeForm(programme: ProgrammeSummary): string {
    const form = this.i18n.t(`editor.programmeForm.${programme.programmeForm}`);
    const intensity =
      programme.intensity >= 1
        ? this.i18n.t('editor.programmes.fullTime')
        : this.i18n.t('editor.programmes.partTime', {
            percent: this.percent(programme.intensity * 100),
          });
    return `${form} · ${intensity}`;
  }

  /** "Differs in: ECVET points, EQF level", in the interface language. */
  protected programmeDifferences(programme: ProgrammeSummary): string {
    const facts = programme.differences.map((fact) =>
      this.i18n.t(`editor.programmes.fact.${fact}`),
    );
    return this.i18n.t('editor.programmes.differs', { facts: facts.join(', ') });
  }

  /** A language on or off; the primary language stays on; a language taken off is required no more. */
  protected setLanguage(code: string, on: boolean): void {
    const c = this.c();
    if (!c || (!on && code === c.primaryLanguage)) return;
    const languages = toggle(c.languages, code, on);
    const required = this.required(c);
    this.state.editCurriculum(
      on || !required.includes(code)
        ? { languages }
        : {
            languages,
            requiredLanguages: requiredLanguagesOf(c.primaryLanguage, languages, required),
          },
    );
  }

  /** The new primary language is declared and required; the former one stays required. */
  protected setPrimary(code: string): void {
    const c = this.c();
    if (!c) return;
    const languages = toggle(c.languages, code, true);
    this.state.editCurriculum({
      primaryLanguage: code,
      languages,
      requiredLanguages: requiredLanguagesOf(code, languages, this.required(c)),
    });
  }

  /** A declared language required before review and publication, or optional; not the primary. */
  protected setRequired(code: string, on: boolean): void {
    const c = this.c();
    if (!c || code === c.primaryLanguage || !c.languages.includes(code)) return;
    const required = toggle(this.required(c), code, on);
    this.state.editCurriculum({
      requiredLanguages: requiredLanguagesOf(c.primaryLanguage, c.languages, required),
    });
  }

  /** The required languages of `c` (a curriculum from before they existed: the primary one). */
  private required(c: Curriculum): string[] {
    return requiredLanguagesOf(c.primaryLanguage, c.languages, c.requiredLanguages ?? []);
  }

  protected editGroup(index: number, patch: Partial<ElectiveGroup>): void {
    const groups = this.c()?.electiveGroups ?? [];
    this.state.editCurriculum({
      electiveGroups: groups.map((g, i) => (i === index ? { ...g, ...patch } : g)),
    });
  }

  /** A group's choice rule; "choose n units" starts at 1 unit, the other rules need no number. */
  protected setRule(index: number, rule: ChoiceRule): void {
    const group = this.c()?.electiveGroups[index];
    if (!group || choiceRuleOf(group) === rule) return;
    this.editGroup(index, { rule, unitsRequired: rule === 'units' ? 1 : null });
  }

  protected groupTitle(group: ElectiveGroup, text: string): LocalizedText {
    return { ...group.title, [this.lang()]: text };
  }

  protected addGroup(): void {
    const groups = this.c()?.electiveGroups ?? [];
    const code = `WP${groups.length + 1}`;
    this.state.editCurriculum({
      electiveGroups: [
        ...groups,
        {
          code,
          title: { [this.lang()]: code },
          pointsRequired: 0,
          rule: 'points-at-least',
          unitsRequired: null,
        },
      ],
    });
  }

  /** Takes a group off; its units stay, and the checks ask for a group for them. */
  protected removeGroup(index: number): void {
    const groups = this.c()?.electiveGroups ?? [];
    this.state.editCurriculum({ electiveGroups: groups.filter((_, i) => i !== index) });
  }

  protected editPart(index: number, patch: Partial<AssessmentPart>): void {
    const plan = this.c()?.assessmentPlan ?? [];
    this.state.editCurriculum({
      assessmentPlan: plan.map((part, i) => (i === index ? { ...part, ...patch } : part)),
    });
  }

  protected partTitle(part: AssessmentPart, text: string): LocalizedText {
    return { ...part.title, [this.lang()]: text };
  }

  /** The term a part takes place in; the empty choice is the end of the year (null). */
  protected setPartTerm(index: number, value: string): void {
    this.editPart(index, { term: value === '' ? null : num(value) });
  }

  protected setPartMethod(index: number, method: AssessmentMethod, on: boolean): void {
    const part = this.c()?.assessmentPlan[index];
    if (part) this.editPart(index, { methods: toggle(part.methods, method, on) });
  }

  protected setPartUnit(index: number, unitId: string, on: boolean): void {
    const part = this.c()?.assessmentPlan[index];
    if (part) this.editPart(index, { unitIds: toggle(part.unitIds, unitId, on) });
  }

  /** A new part: nothing weighed, assessed or scheduled yet beyond year 1. */
  protected addPart(): void {
    const plan = this.c()?.assessmentPlan ?? [];
    const code = nextPartCode(plan);
    const part: AssessmentPart = {
      code,
      title: { [this.lang()]: code },
      weight: 0,
      year: 1,
      term: null,
      methods: [],
      unitIds: [],
      outcomeIds: [],
    };
    this.state.editCurriculum({ assessmentPlan: [...plan, part] });
  }

  /** Takes a part off the plan; the units it assessed stay. */
  protected removePart(index: number): void {
    const plan = this.c()?.assessmentPlan ?? [];
    this.state.editCurriculum({ assessmentPlan: plan.filter((_, i) => i !== index) });
  }

  protected editPartial(index: number, patch: Partial<PartialQualification>): void {
    this.state.editCurriculum({
      partialQualifications: this.partials().map((partial, i) =>
        i === index ? { ...partial, ...patch } : partial,
      ),
    });
  }

  protected partialTitle(partial: PartialQualification, text: string): LocalizedText {
    return { ...partial.title, [this.lang()]: text };
  }

  protected setPartialUnit(index: number, unitId: string, on: boolean): void {
    const partial = this.partials()[index];
    if (partial) this.editPartial(index, { unitIds: toggle(partial.unitIds, unitId, on) });
  }

  /** A new partial qualification, without units yet: the author ticks the ones it holds. */
  protected addPartial(): void {
    const partials = this.partials();
    const code = nextPartialCode(partials);
    const partial: PartialQualification = { code, title: { [this.lang()]: code }, unitIds: [] };
    this.state.editCurriculum({ partialQualifications: [...partials, partial] });
  }

  /** Takes a partial qualification off; its units stay in the curriculum (and in the others). */
  protected removePartial(index: number): void {
    this.state.editCurriculum({
      partialQualifications: this.partials().filter((_, i) => i !== index),
    });
  }

  /** The points a partial qualification is worth (to two decimals; the message writes the number). */
  protected partialPointsOf(partial: PartialQualification, units: readonly Unit[]): number {
    return Math.round(partialPoints(partial, units) * 100) / 100;
  }

  /** A unit as a choice of the plan: "code – title" (the title in the primary language if needed). */
  protected unitLabel(unit: Unit, primary: string): string {
    const title = this.text(unit.title) || (unit.title[primary] ?? '');
    return title === '' ? unit.code : `${unit.code} – ${title}`;
  }

  /** A weight in percent or points as the interface language writes it (33.5 → "33,5" in de). */
  protected percent(value: number): string {
    return new Intl.NumberFormat(this.i18n.language(), { maximumFractionDigits: 2 }).format(value);
  }

  protected editThreshold(name: keyof RuleThresholds, value: string | number): void {
    const c = this.c();
    if (!c) return;
    const share = name === 'minWblShare' ? num(value) / 100 : num(value);
    this.state.editCurriculum({ thresholds: { ...c.thresholds, [name]: share } });
  }
}
