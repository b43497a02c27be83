import {
  CHOICE_RULES,
  outcomeCategoryOf,
  PROGRAMME_FORMS,
  type ChoiceRule,
  type ProgrammeForm,
} from '../model/curriculum';
import type {
  AssessmentPart,
  PartialQualification,
  Curriculum,
  ElectiveGroup,
  LearningOutcome,
  RuleThresholds,
  Unit,
  WorkBasedLearningPeriod,
} from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import type { ValidatableCurriculum } from './validatable-curriculum';

/*
 * The rules work on a normalised copy of the input, so that nonsense from an import (null instead
 * of a list, a string instead of a number, a missing text) never makes them throw. Normalising keeps
 * every array index, so paths still point into the original input. Numbers that are not numbers
 * become NaN; the rules report them.
 */

/* The normalised shapes keep the model's fields; where input may be anything, the type is wider. */

export interface NormalizedOutcome extends Pick<LearningOutcome, 'id' | 'text' | 'criteria'> {
  readonly category: string;
}

/** `electiveGroup` null when missing or blank; `term` null for the whole year, NaN when no number. */
export interface NormalizedUnit extends Pick<
  Unit,
  | 'id'
  | 'code'
  | 'title'
  | 'description'
  | 'ecvetPoints'
  | 'mandatory'
  | 'electiveGroup'
  | 'addOn'
  | 'year'
  | 'term'
  | 'endYear'
  | 'endTerm'
  | 'guidedHours'
  | 'nationalCredits'
  | 'prerequisites'
> {
  /** null when missing. */
  readonly eqfLevel: number | null;
  readonly areas: readonly string[];
  readonly criteria: LocalizedText;
  /** The assessment methods (entries that are no string become ''). */
  readonly methods: readonly string[];
  readonly outcomes: readonly NormalizedOutcome[];
}

/** Numbers that are not numbers are NaN (`term`, `durationHours`), missing texts `{}`. */
export type NormalizedWblPeriod = Omit<WorkBasedLearningPeriod, 'version'>;
/** A part of the assessment plan; numbers that are not numbers are NaN, lists of strings. */
export interface NormalizedAssessmentPart extends Omit<AssessmentPart, 'methods'> {
  readonly methods: readonly string[];
}

/** Without a rule (data before choice rules): at least its points; `unitsRequired` NaN if no number. */
export interface NormalizedElectiveGroup extends Omit<ElectiveGroup, 'rule'> {
  /** The rule as given; '' when missing or unknown (reported by R2). */
  readonly rule: ChoiceRule | '';
}
export type NormalizedThresholds = RuleThresholds;

export interface NormalizedCurriculum extends Pick<
  Curriculum,
  'code' | 'title' | 'description' | 'durationMonths' | 'ecvetPoints'
> {
  /** The reference full-time duration; the delivered one when missing (data before programmes). */
  readonly referenceDurationMonths: number;
  /** Share of full-time study; 1 when missing. */
  readonly intensity: number;
  /** The form of study; school-based when missing or unknown. */
  readonly programmeForm: ProgrammeForm;
  readonly eqfLevel: number | null;
  readonly nqfLevel: number | null;
  /** The owning institution's country when the caller stated it, else null. */
  readonly institutionCountry: string | null;
  readonly primaryLanguage: string;
  /** As declared, entries that are no string become ''. */
  readonly languages: readonly string[];
  /** The languages required complete: as declared (trimmed); the primary language when missing. */
  readonly requiredLanguages: readonly string[];
  readonly electiveGroups: readonly NormalizedElectiveGroup[];
  /** None when missing. */
  readonly assessmentPlan: readonly NormalizedAssessmentPart[];
  /** None when missing. */
  readonly partialQualifications: readonly PartialQualification[];
  readonly thresholds: NormalizedThresholds;
  readonly units: readonly NormalizedUnit[];
  readonly workBasedLearning: readonly NormalizedWblPeriod[];
}

type Loose = Readonly<Record<string, unknown>>;

function record(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : NaN;
}

function optionalNum(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : NaN;
}

function level(value: unknown): number | null {
  return typeof value === 'number' && !Number.isNaN(value) ? value : null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strings(value: unknown): readonly string[] {
  return list(value).map(str);
}

function text(value: unknown): LocalizedText {
  const result: Record<string, string> = {};
  for (const [language, content] of Object.entries(record(value))) {
    if (typeof content === 'string') result[language] = content;
  }
  return result;
}

function normalizeOutcome(value: unknown): NormalizedOutcome {
  const o = record(value);
  // An alias (ECVET 2009's "competence") counts as the category it names.
  const category = str(o['category']);
  return {
    id: str(o['id']),
    category: outcomeCategoryOf(category) ?? category,
    text: text(o['text']),
    criteria: text(o['criteria']),
  };
}

function normalizeUnit(value: unknown): NormalizedUnit {
  const u = record(value);
  const group = str(u['electiveGroup']);
  return {
    id: str(u['id']),
    code: str(u['code']),
    title: text(u['title']),
    description: text(u['description']),
    eqfLevel: level(u['eqfLevel']),
    ecvetPoints: num(u['ecvetPoints']),
    mandatory: u['mandatory'] === true,
    electiveGroup: group.trim() === '' ? null : group,
    addOn: u['addOn'] === true,
    year: num(u['year']),
    term: optionalNum(u['term']),
    endYear: optionalNum(u['endYear']),
    endTerm: optionalNum(u['endTerm']),
    guidedHours: optionalNum(u['guidedHours']),
    nationalCredits: optionalNum(u['nationalCredits']),
    areas: strings(u['areas']),
    prerequisites: strings(u['prerequisites']),
    criteria: text(record(u['assessment'])['criteria']),
    methods: strings(record(u['assessment'])['methods']),
    outcomes: list(u['outcomes']).map(normalizeOutcome),
  };
}

function normalizeWbl(value: unknown): NormalizedWblPeriod {
  const w = record(value);
  return {
    id: str(w['id']),
    title: text(w['title']),
    year: num(w['year']),
    term: optionalNum(w['term']),
    durationHours: num(w['durationHours']),
    companyProfile: text(w['companyProfile']),
    mentorRole: text(w['mentorRole']),
    assessment: text(w['assessment']),
    unitIds: strings(w['unitIds']),
    outcomeIds: strings(w['outcomeIds']),
  };
}

function normalizeGroup(value: unknown): NormalizedElectiveGroup {
  const g = record(value);
  return {
    code: str(g['code']),
    title: text(g['title']),
    pointsRequired: num(g['pointsRequired']),
    rule:
      g['rule'] === undefined
        ? 'points-at-least'
        : (CHOICE_RULES.find((rule) => rule === g['rule']) ?? ''),
    unitsRequired: optionalNum(g['unitsRequired']),
  };
}

function normalizePartial(value: unknown): PartialQualification {
  const p = record(value);
  return { code: str(p['code']), title: text(p['title']), unitIds: strings(p['unitIds']) };
}

function normalizePart(value: unknown): NormalizedAssessmentPart {
  const p = record(value);
  return {
    code: str(p['code']),
    title: text(p['title']),
    weight: num(p['weight']),
    year: num(p['year']),
    term: optionalNum(p['term']),
    methods: strings(p['methods']),
    unitIds: strings(p['unitIds']),
    outcomeIds: strings(p['outcomeIds']),
  };
}

export function normalizeCurriculum(input: ValidatableCurriculum): NormalizedCurriculum {
  const c = record(input);
  const t = record(c['thresholds']);
  return {
    code: str(c['code']),
    title: text(c['title']),
    description: text(c['description']),
    eqfLevel: level(c['eqfLevel']),
    nqfLevel: level(c['nqfLevel']),
    institutionCountry: str(c['institutionCountry']).trim() || null,
    durationMonths: num(c['durationMonths']),
    referenceDurationMonths:
      c['referenceDurationMonths'] === undefined
        ? num(c['durationMonths'])
        : num(c['referenceDurationMonths']),
    intensity: c['intensity'] === undefined ? 1 : num(c['intensity']),
    programmeForm: PROGRAMME_FORMS.find((form) => form === c['programmeForm']) ?? 'school-based',
    ecvetPoints: num(c['ecvetPoints']),
    primaryLanguage: str(c['primaryLanguage']).trim(),
    languages: strings(c['languages']).map((language) => language.trim()),
    requiredLanguages:
      c['requiredLanguages'] === undefined
        ? [str(c['primaryLanguage']).trim()]
        : strings(c['requiredLanguages']).map((language) => language.trim()),
    electiveGroups: list(c['electiveGroups']).map(normalizeGroup),
    assessmentPlan: list(c['assessmentPlan']).map(normalizePart),
    partialQualifications: list(c['partialQualifications']).map(normalizePartial),
    thresholds: {
      pointsPerYear: num(t['pointsPerYear']),
      yearLoadTolerance: num(t['yearLoadTolerance']),
      hoursPerYear: num(t['hoursPerYear']),
      minWblShare: num(t['minWblShare']),
    },
    units: list(c['units']).map(normalizeUnit),
    workBasedLearning: list(c['workBasedLearning']).map(normalizeWbl),
  };
}
