import {
  outcomeSkillsOf,
  type Curriculum,
  type EscoReference,
  type LearningOutcome,
  type OutcomeCategory,
  type Unit,
  type WorkBasedLearningPeriod,
} from '../model/curriculum';
import type { LanguageCode, LocalizedText } from '../model/localized-text';

/**
 * One version of a curriculum as the diff sees it: the tree without its storage metadata, e.g.
 * published version 2 and the current draft. Units, outcomes and WBL periods are matched by `id`.
 */
export type DiffableCurriculum = Omit<
  Curriculum,
  'id' | 'version' | 'status' | 'institutionId' | 'createdAt' | 'updatedAt' | 'publishedVersion'
>;

/** One language whose text differs; an added language has `before: null`, a removed one `after: null`. */
export interface TextChange {
  readonly language: LanguageCode;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * A scalar or list field that differs, e.g. `ecvetPoints`, `areas`, `unitIds`. For an added or
 * removed unit or period every field is listed, with `null` on the missing side.
 */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type OutcomeChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface OutcomeDiff {
  readonly id: string;
  readonly change: OutcomeChangeKind;
  /** The unit the outcome belongs to: the new one for a moved outcome, the old one for a removed one. */
  readonly unitId: string;
  /** Only for a moved outcome: the unit it came from. */
  readonly previousUnitId?: string;
  /** Only when the category differs (`null` on the missing side of an added or removed outcome). */
  readonly category?: {
    readonly before: OutcomeCategory | null;
    readonly after: OutcomeCategory | null;
  };
  readonly text: readonly TextChange[];
  /** Only when its assessment criteria differ: one entry per language that differs. */
  readonly criteria?: readonly TextChange[];
  /** Only when the ESCO skills differ (their list, in order, with their labels). */
  readonly escoSkills?: FieldChange;
}

export type UnitChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface UnitDiff {
  readonly id: string;
  /** The code of the unit in `after`, or in `before` for a removed unit. */
  readonly code: string;
  readonly change: UnitChangeKind;
  readonly title: readonly TextChange[];
  readonly description: readonly TextChange[];
  /** code, eqfLevel, ecvetPoints, mandatory, electiveGroup, addOn, year, term, endYear, endTerm, guidedHours, nationalCredits, areas, escoSkills, prerequisites, assessmentMethods. */
  readonly fields: readonly FieldChange[];
  readonly assessmentCriteria: readonly TextChange[];
  /** Outcomes that differ, in the order of `after`, removed ones after the others. */
  readonly outcomes: readonly OutcomeDiff[];
}

export type WblChangeKind = 'added' | 'removed' | 'changed';

export interface WblDiff {
  readonly id: string;
  readonly change: WblChangeKind;
  readonly title: readonly TextChange[];
  /** year, term, durationHours, unitIds, outcomeIds, companyProfile, mentorRole, assessment. */
  readonly fields: readonly FieldChange[];
}

export interface CurriculumLevelDiff {
  readonly title: readonly TextChange[];
  readonly description: readonly TextChange[];
  /** code, qualificationCode, eqfLevel, nqfLevel, iscedFCode, occupation, durationMonths, referenceDurationMonths, programmeForm, intensity, fullTime, ecvetPoints, primaryLanguage, languages, requiredLanguages, electiveGroups, assessmentPlan, partialQualifications, thresholds. */
  readonly fields: readonly FieldChange[];
}

export interface CurriculumDiffSummary {
  readonly unitsAdded: number;
  readonly unitsRemoved: number;
  readonly unitsChanged: number;
  readonly outcomesAdded: number;
  readonly outcomesRemoved: number;
  /** Changed and moved outcomes. */
  readonly outcomesChanged: number;
  /** `ecvetPoints` of the curriculum before and after. */
  readonly pointsBefore: number;
  readonly pointsAfter: number;
  /** Sum of `durationHours` of all WBL periods before and after. */
  readonly wblHoursBefore: number;
  readonly wblHoursAfter: number;
}

export interface CurriculumDiff {
  readonly curriculum: CurriculumLevelDiff;
  /** Units with changes, in the order of `after`, removed ones after the others. */
  readonly units: readonly UnitDiff[];
  /** Periods with changes, in the order of `after`, removed ones after the others. */
  readonly workBasedLearning: readonly WblDiff[];
  readonly summary: CurriculumDiffSummary;
  /** True when nothing differs (the order of units, outcomes and periods is not compared). */
  readonly identical: boolean;
}

// ---------------------------------------------------------------------------------------------
// Value comparison

/**
 * A canonical string of a value: object keys sorted (keys with `undefined` dropped), lists sorted
 * as well, because every list the diff compares is a set (areas, prerequisites, unitIds, …).
 */
function canonical(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value}:${String(value)}`;
    case 'object':
      if (Array.isArray(value)) {
        return `[${value
          .map((item: unknown) => canonical(item))
          .sort()
          .join(',')}]`;
      }
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`,
        )
        .join(',')}}`;
    default:
      return String(value);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Text per language with empty (and non-string) values left out. */
function presentTexts(text: LocalizedText | null | undefined): Map<LanguageCode, string> {
  const result = new Map<LanguageCode, string>();
  if (text === null || typeof text !== 'object') return result;
  for (const [language, value] of Object.entries(text)) {
    if (typeof value === 'string' && value !== '') result.set(language, value);
  }
  return result;
}

/** A LocalizedText without its empty entries, for comparing values that contain one. */
function normalizedText(text: LocalizedText | null | undefined): LocalizedText {
  return Object.fromEntries(presentTexts(text));
}

function normalizedEsco(reference: EscoReference | null | undefined): unknown {
  if (reference === null || reference === undefined) return null;
  return { uri: reference.uri, label: normalizedText(reference.label) };
}

/** One entry per language whose text differs, languages in the order of `before`, then `after`. */
function diffText(
  before: LocalizedText | null | undefined,
  after: LocalizedText | null | undefined,
): TextChange[] {
  const b = presentTexts(before);
  const a = presentTexts(after);
  const languages = [...new Set([...b.keys(), ...a.keys()])];
  const changes: TextChange[] = [];
  for (const language of languages) {
    const was = b.get(language) ?? null;
    const is = a.get(language) ?? null;
    if (was !== is) changes.push({ language, before: was, after: is });
  }
  return changes;
}

interface FieldSpec<T> {
  readonly field: string;
  readonly value: (item: T) => unknown;
  /** What is compared, when it is not the value itself. */
  readonly compareAs?: (item: T) => unknown;
}

/** The fields that differ; a missing side (added or removed item) reports `null`. */
function diffFields<T>(
  specs: readonly FieldSpec<T>[],
  before: T | undefined,
  after: T | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const spec of specs) {
    const compare = spec.compareAs ?? spec.value;
    const b = before === undefined ? undefined : compare(before);
    const a = after === undefined ? undefined : compare(after);
    if (before !== undefined && after !== undefined && sameValue(b, a)) continue;
    changes.push({
      field: spec.field,
      before: before === undefined ? null : spec.value(before),
      after: after === undefined ? null : spec.value(after),
    });
  }
  return changes;
}

/** First occurrence wins when an id repeats. */
function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Field lists

const CURRICULUM_FIELDS: readonly FieldSpec<DiffableCurriculum>[] = [
  { field: 'code', value: (c) => c.code },
  { field: 'qualificationCode', value: (c) => c.qualificationCode ?? null },
  { field: 'eqfLevel', value: (c) => c.eqfLevel },
  { field: 'nqfLevel', value: (c) => c.nqfLevel },
  { field: 'iscedFCode', value: (c) => c.iscedFCode },
  {
    field: 'occupation',
    value: (c) => c.occupation,
    compareAs: (c) => normalizedEsco(c.occupation),
  },
  { field: 'durationMonths', value: (c) => c.durationMonths },
  { field: 'referenceDurationMonths', value: (c) => c.referenceDurationMonths },
  { field: 'programmeForm', value: (c) => c.programmeForm },
  { field: 'intensity', value: (c) => c.intensity },
  { field: 'fullTime', value: (c) => c.fullTime },
  { field: 'ecvetPoints', value: (c) => c.ecvetPoints },
  { field: 'primaryLanguage', value: (c) => c.primaryLanguage },
  { field: 'languages', value: (c) => c.languages },
  { field: 'requiredLanguages', value: (c) => c.requiredLanguages },
  {
    field: 'electiveGroups',
    value: (c) => c.electiveGroups,
    compareAs: (c) =>
      (c.electiveGroups ?? []).map((group) => ({ ...group, title: normalizedText(group.title) })),
  },
  {
    field: 'assessmentPlan',
    value: (c) => c.assessmentPlan,
    compareAs: (c) =>
      (c.assessmentPlan ?? []).map((part) => ({ ...part, title: normalizedText(part.title) })),
  },
  {
    field: 'partialQualifications',
    value: (c) => c.partialQualifications ?? [],
    compareAs: (c) =>
      (c.partialQualifications ?? []).map((partial) => ({
        ...partial,
        title: normalizedText(partial.title),
      })),
  },
  { field: 'thresholds', value: (c) => c.thresholds },
];

const UNIT_FIELDS: readonly FieldSpec<Unit>[] = [
  { field: 'code', value: (u) => u.code },
  { field: 'eqfLevel', value: (u) => u.eqfLevel },
  { field: 'ecvetPoints', value: (u) => u.ecvetPoints },
  { field: 'mandatory', value: (u) => u.mandatory },
  { field: 'electiveGroup', value: (u) => u.electiveGroup },
  { field: 'addOn', value: (u) => u.addOn },
  { field: 'year', value: (u) => u.year },
  { field: 'term', value: (u) => u.term },
  { field: 'endYear', value: (u) => u.endYear },
  { field: 'endTerm', value: (u) => u.endTerm },
  { field: 'guidedHours', value: (u) => u.guidedHours },
  { field: 'nationalCredits', value: (u) => u.nationalCredits },
  { field: 'areas', value: (u) => u.areas },
  {
    field: 'escoSkills',
    value: (u) => u.escoSkills,
    compareAs: (u) => (u.escoSkills ?? []).map((skill) => normalizedEsco(skill)),
  },
  { field: 'prerequisites', value: (u) => u.prerequisites },
  { field: 'assessmentMethods', value: (u) => u.assessment?.methods },
];

const WBL_FIELDS: readonly FieldSpec<WorkBasedLearningPeriod>[] = [
  { field: 'year', value: (w) => w.year },
  { field: 'term', value: (w) => w.term },
  { field: 'durationHours', value: (w) => w.durationHours },
  { field: 'unitIds', value: (w) => w.unitIds },
  { field: 'outcomeIds', value: (w) => w.outcomeIds },
  {
    field: 'companyProfile',
    value: (w) => w.companyProfile,
    compareAs: (w) => normalizedText(w.companyProfile),
  },
  {
    field: 'mentorRole',
    value: (w) => w.mentorRole,
    compareAs: (w) => normalizedText(w.mentorRole),
  },
  {
    field: 'assessment',
    value: (w) => w.assessment,
    compareAs: (w) => normalizedText(w.assessment),
  },
];

// ---------------------------------------------------------------------------------------------
// Outcomes, units, periods

interface OutcomeSide {
  readonly outcome: LearningOutcome;
  readonly unitId: string;
}

function outcomeIndex(units: readonly Unit[]): Map<string, OutcomeSide> {
  const map = new Map<string, OutcomeSide>();
  for (const unit of units) {
    for (const outcome of unit.outcomes ?? []) {
      if (!map.has(outcome.id)) map.set(outcome.id, { outcome, unitId: unit.id });
    }
  }
  return map;
}

/** The diff of one outcome, or null when it is unchanged. */
function diffOutcome(
  before: OutcomeSide | undefined,
  after: OutcomeSide | undefined,
): OutcomeDiff | null {
  const b = before?.outcome;
  const a = after?.outcome;
  const id = a?.id ?? b?.id ?? '';
  const text = diffText(b?.text, a?.text);
  const criteriaChanges = diffText(b?.criteria, a?.criteria);
  const criteria = criteriaChanges.length === 0 ? undefined : criteriaChanges;
  const categoryBefore = b?.category ?? null;
  const categoryAfter = a?.category ?? null;
  const category =
    categoryBefore === categoryAfter ? undefined : { before: categoryBefore, after: categoryAfter };
  const escoBefore = b === undefined ? [] : outcomeSkillsOf(b);
  const escoAfter = a === undefined ? [] : outcomeSkillsOf(a);
  // In order: the first is the main skill.
  const inOrder = (skills: EscoReference[]) => skills.map((e) => canonical(normalizedEsco(e)));
  const escoSkills =
    inOrder(escoBefore).join('\n') === inOrder(escoAfter).join('\n')
      ? undefined
      : { field: 'escoSkills', before: escoBefore, after: escoAfter };

  let change: OutcomeChangeKind;
  let unitId: string;
  let previousUnitId: string | undefined;
  if (before === undefined && after !== undefined) {
    change = 'added';
    unitId = after.unitId;
  } else if (after === undefined && before !== undefined) {
    change = 'removed';
    unitId = before.unitId;
  } else if (before !== undefined && after !== undefined && before.unitId !== after.unitId) {
    change = 'moved';
    unitId = after.unitId;
    previousUnitId = before.unitId;
  } else {
    if (
      text.length === 0 &&
      criteria === undefined &&
      category === undefined &&
      escoSkills === undefined
    )
      return null;
    change = 'changed';
    unitId = after?.unitId ?? before?.unitId ?? '';
  }
  return {
    id,
    change,
    unitId,
    ...(previousUnitId === undefined ? {} : { previousUnitId }),
    ...(category === undefined ? {} : { category }),
    text,
    ...(criteria === undefined ? {} : { criteria }),
    ...(escoSkills === undefined ? {} : { escoSkills }),
  };
}

/** The outcomes of one unit that differ: those of `after` in order, then those it lost. */
function diffUnitOutcomes(
  beforeUnit: Unit | undefined,
  afterUnit: Unit | undefined,
  beforeOutcomes: Map<string, OutcomeSide>,
  afterOutcomes: Map<string, OutcomeSide>,
): OutcomeDiff[] {
  const diffs: OutcomeDiff[] = [];
  const listed = new Set<string>();
  for (const outcome of afterUnit?.outcomes ?? []) {
    if (listed.has(outcome.id)) continue;
    listed.add(outcome.id);
    const afterSide = afterOutcomes.get(outcome.id);
    // A repeated id in another unit: the first occurrence is the one that counts.
    if (afterSide === undefined || afterSide.unitId !== afterUnit?.id) continue;
    const diff = diffOutcome(beforeOutcomes.get(outcome.id), afterSide);
    if (diff !== null) diffs.push(diff);
  }
  for (const outcome of beforeUnit?.outcomes ?? []) {
    if (listed.has(outcome.id)) continue;
    listed.add(outcome.id);
    const beforeSide = beforeOutcomes.get(outcome.id);
    if (beforeSide === undefined || beforeSide.unitId !== beforeUnit?.id) continue;
    // Moved away: listed once, under the unit it moved to.
    if (afterOutcomes.has(outcome.id)) continue;
    const diff = diffOutcome(beforeSide, undefined);
    if (diff !== null) diffs.push(diff);
  }
  return diffs;
}

function hasOutcomeMovedAway(
  beforeUnit: Unit | undefined,
  afterUnit: Unit | undefined,
  beforeOutcomes: Map<string, OutcomeSide>,
  afterOutcomes: Map<string, OutcomeSide>,
): boolean {
  if (beforeUnit === undefined || afterUnit === undefined) return false;
  return (beforeUnit.outcomes ?? []).some((outcome) => {
    const was = beforeOutcomes.get(outcome.id);
    const is = afterOutcomes.get(outcome.id);
    return was?.unitId === beforeUnit.id && is !== undefined && is.unitId !== afterUnit.id;
  });
}

function diffUnit(
  before: Unit | undefined,
  after: Unit | undefined,
  beforeOutcomes: Map<string, OutcomeSide>,
  afterOutcomes: Map<string, OutcomeSide>,
): UnitDiff {
  const title = diffText(before?.title, after?.title);
  const description = diffText(before?.description, after?.description);
  const fields = diffFields(UNIT_FIELDS, before, after);
  const assessmentCriteria = diffText(before?.assessment?.criteria, after?.assessment?.criteria);
  const outcomes = diffUnitOutcomes(before, after, beforeOutcomes, afterOutcomes);
  let change: UnitChangeKind;
  if (before === undefined) change = 'added';
  else if (after === undefined) change = 'removed';
  else if (
    title.length > 0 ||
    description.length > 0 ||
    fields.length > 0 ||
    assessmentCriteria.length > 0 ||
    outcomes.length > 0 ||
    hasOutcomeMovedAway(before, after, beforeOutcomes, afterOutcomes)
  ) {
    change = 'changed';
  } else change = 'unchanged';
  return {
    id: after?.id ?? before?.id ?? '',
    code: after?.code ?? before?.code ?? '',
    change,
    title,
    description,
    fields,
    assessmentCriteria,
    outcomes,
  };
}

function diffWbl(
  before: WorkBasedLearningPeriod | undefined,
  after: WorkBasedLearningPeriod | undefined,
): WblDiff | null {
  const title = diffText(before?.title, after?.title);
  const fields = diffFields(WBL_FIELDS, before, after);
  let change: WblChangeKind;
  if (before === undefined) change = 'added';
  else if (after === undefined) change = 'removed';
  else if (title.length > 0 || fields.length > 0) change = 'changed';
  else return null;
  return { id: after?.id ?? before?.id ?? '', change, title, fields };
}

/** Items of `after` in order, then items only in `before`, each id once. */
function pairs<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): { readonly before: T | undefined; readonly after: T | undefined }[] {
  const beforeById = byId(before);
  const afterById = byId(after);
  const result: { before: T | undefined; after: T | undefined }[] = [];
  for (const [id, item] of afterById) result.push({ before: beforeById.get(id), after: item });
  for (const [id, item] of beforeById) {
    if (!afterById.has(id)) result.push({ before: item, after: undefined });
  }
  return result;
}

function wblHours(periods: readonly WorkBasedLearningPeriod[]): number {
  return periods.reduce(
    (sum, period) => sum + (typeof period.durationHours === 'number' ? period.durationHours : 0),
    0,
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * The outcome-level difference between two versions of one curriculum. Units, outcomes and WBL
 * periods are matched by id; texts are compared per language with empty strings counting as
 * absent; lists are compared as sets and objects by value, independent of key order. The
 * `version` numbers of units and outcomes are storage metadata and are not compared.
 */
export function diffCurricula(
  before: DiffableCurriculum,
  after: DiffableCurriculum,
): CurriculumDiff {
  const beforeUnits = before.units ?? [];
  const afterUnits = after.units ?? [];
  const beforeWbl = before.workBasedLearning ?? [];
  const afterWbl = after.workBasedLearning ?? [];

  const curriculum: CurriculumLevelDiff = {
    title: diffText(before.title, after.title),
    description: diffText(before.description, after.description),
    fields: diffFields(CURRICULUM_FIELDS, before, after),
  };

  const beforeOutcomes = outcomeIndex(beforeUnits);
  const afterOutcomes = outcomeIndex(afterUnits);
  const units = pairs(beforeUnits, afterUnits)
    .map((pair) => diffUnit(pair.before, pair.after, beforeOutcomes, afterOutcomes))
    .filter((unit) => unit.change !== 'unchanged');

  const workBasedLearning = pairs(beforeWbl, afterWbl)
    .map((pair) => diffWbl(pair.before, pair.after))
    .filter((period): period is WblDiff => period !== null);

  const outcomes = units.flatMap((unit) => unit.outcomes);
  const summary: CurriculumDiffSummary = {
    unitsAdded: units.filter((unit) => unit.change === 'added').length,
    unitsRemoved: units.filter((unit) => unit.change === 'removed').length,
    unitsChanged: units.filter((unit) => unit.change === 'changed').length,
    outcomesAdded: outcomes.filter((outcome) => outcome.change === 'added').length,
    outcomesRemoved: outcomes.filter((outcome) => outcome.change === 'removed').length,
    outcomesChanged: outcomes.filter(
      (outcome) => outcome.change === 'changed' || outcome.change === 'moved',
    ).length,
    pointsBefore: before.ecvetPoints,
    pointsAfter: after.ecvetPoints,
    wblHoursBefore: wblHours(beforeWbl),
    wblHoursAfter: wblHours(afterWbl),
  };

  const identical =
    curriculum.title.length === 0 &&
    curriculum.description.length === 0 &&
    curriculum.fields.length === 0 &&
    units.length === 0 &&
    workBasedLearning.length === 0;

  return { curriculum, units, workBasedLearning, summary, identical };
}

/**
 * The diff of two versions of one unit, matched as one unit whatever their ids: e.g. two
 * versions of a shared library entry (ADR 0029). Its outcomes are matched by `id`.
 */
export function diffUnits(before: Unit, after: Unit): UnitDiff {
  const same = { ...after, id: before.id };
  return diffUnit(before, same, outcomeIndex([before]), outcomeIndex([same]));
}
