import type { Provenance } from './library';
import type { LanguageCode, LocalizedText } from './localized-text';
import { msg } from './message';
import type { StaleTranslation } from './translation';

/** EQF level, an integer from 1 to 8. */
export type EqfLevel = number;

export const CURRICULUM_STATUSES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
  'archived',
] as const;
export type CurriculumStatus = (typeof CURRICULUM_STATUSES)[number];

/**
 * How a programme delivers its qualification: mostly at school (with placements), in a dual
 * apprenticeship (school and company), or at the workplace (e.g. Estonian workplace-based study).
 */
export const PROGRAMME_FORMS = ['school-based', 'dual', 'workplace-based'] as const;
export type ProgrammeForm = (typeof PROGRAMME_FORMS)[number];

/**
 * The minimum share of work-based learning a form of study has unless a curriculum sets its own
 * (`thresholds.minWblShare` > 0): half for dual training, two thirds for workplace-based study.
 */
export const FORM_MIN_WBL_SHARE: Readonly<Record<ProgrammeForm, number>> = {
  'school-based': 0,
  dual: 0.5,
  'workplace-based': 2 / 3,
};

/**
 * The full-time months a delivered duration amounts to at an intensity: the default reference
 * duration of a programme (to the hundredth of a month, at least 1).
 */
export function fullTimeMonthsOf(durationMonths: number, intensity: number): number {
  return Math.max(1, Math.round(durationMonths * intensity * 100) / 100);
}

/** EQF 2017: knowledge, skills, responsibility and autonomy. */
export const OUTCOME_CATEGORIES = ['knowledge', 'skill', 'responsibility-autonomy'] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/**
 * Other names of the categories: ECVET (2009) and the EQF of 2008 call responsibility and autonomy
 * "competence", and imported frameworks write the categories in words.
 */
const CATEGORY_ALIASES: Readonly<Record<string, OutcomeCategory>> = {
  competence: 'responsibility-autonomy',
  competences: 'responsibility-autonomy',
  competency: 'responsibility-autonomy',
  'responsibility and autonomy': 'responsibility-autonomy',
  skills: 'skill',
};

/** The category a value names (a category, or an alias such as "competence"), or null. */
export function outcomeCategoryOf(value: unknown): OutcomeCategory | null {
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  const known = OUTCOME_CATEGORIES.find((category) => category === key);
  return known ?? CATEGORY_ALIASES[key] ?? null;
}

/** The six qualification areas of the SME 4.0 initiative that units are tagged with. */
export const INDUSTRY_40_AREAS = [
  'innovation-capacity',
  'digital-production',
  'digital-work',
  'organisational-learning',
  'leadership-communication',
  'workplace-innovation',
] as const;
export type Industry40Area = (typeof INDUSTRY_40_AREAS)[number];

export const ASSESSMENT_METHODS = [
  'practical-task',
  'work-sample',
  'written-exam',
  'oral-exam',
  'project',
  'portfolio',
  'observation-at-work',
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** An ESCO concept by URI plus label; URIs are never invented. */
export interface EscoReference {
  readonly uri: string;
  readonly label: LocalizedText;
}

export interface Assessment {
  readonly methods: readonly AssessmentMethod[];
  readonly criteria: LocalizedText;
}

/**
 * How a learner satisfies an elective group: by units worth at least its points, by units worth
 * exactly its points, or by choosing `unitsRequired` of its units ("choose 1 of 4").
 */
export const CHOICE_RULES = ['points-at-least', 'points-exactly', 'units'] as const;
export type ChoiceRule = (typeof CHOICE_RULES)[number];

/**
 * Elective units belong to a group. The group counts `pointsRequired` towards the qualification's
 * points; its `rule` says how a pathway chooses units to earn them (ADR 0015).
 */
export interface ElectiveGroup {
  readonly code: string;
  readonly title: LocalizedText;
  readonly pointsRequired: number;
  readonly rule: ChoiceRule;
  /** For the rule `units`: how many of the group's units a learner chooses; null otherwise. */
  readonly unitsRequired: number | null;
}

/** A group as clients may send it: without a rule it is "at least `pointsRequired` points". */
export type ElectiveGroupInput = Omit<ElectiveGroup, 'rule' | 'unitsRequired'> &
  Partial<Pick<ElectiveGroup, 'rule' | 'unitsRequired'>>;

/** `group` with its choice rule stated: the default rule is "at least its points". */
export function withChoiceRule(group: ElectiveGroupInput): ElectiveGroup {
  const rule = group.rule ?? 'points-at-least';
  return { ...group, rule, unitsRequired: rule === 'units' ? (group.unitsRequired ?? 1) : null };
}

/**
 * A part of the qualification's examination (the assessment plan), e.g. the German final
 * examination part 1 at 40 % in year 2: what it weighs, when it takes place, how, and which units
 * (all their outcomes) and single outcomes it assesses.
 */
export interface AssessmentPart {
  readonly code: string;
  readonly title: LocalizedText;
  /** Its share of the final result in percent (0 to 100); the parts of a plan add up to 100. */
  readonly weight: number;
  /** When it takes place: programme year (1-based) and term, or null for the end of the year. */
  readonly year: number;
  readonly term: number | null;
  readonly methods: readonly AssessmentMethod[];
  /** Units it assesses with all their outcomes. */
  readonly unitIds: readonly string[];
  /** Single outcomes it assesses beyond those units. */
  readonly outcomeIds: readonly string[];
}

/**
 * A partial qualification: a named set of units a learner can be certified for alone (e.g. a
 * "Teilqualifikation" for adults, or a unit set one mobility completes), worth the points of its
 * units. A unit may belong to several.
 */
export interface PartialQualification {
  readonly code: string;
  readonly title: LocalizedText;
  /** The units certified together, by id. */
  readonly unitIds: readonly string[];
}

/** Thresholds of the rule engine, configurable per curriculum (national conventions differ). */
export interface RuleThresholds {
  /** ECVET points for one year of full-time VET (ECVET convention 60). */
  readonly pointsPerYear: number;
  /** Allowed deviation of a year's load from `pointsPerYear`, in points. */
  readonly yearLoadTolerance: number;
  /** Hours of learning in one full-time year, to compute the WBL share of the programme. */
  readonly hoursPerYear: number;
  /** Minimum share (0..1) of the programme spent in work-based learning; 0 disables the check. */
  readonly minWblShare: number;
}

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  pointsPerYear: 60,
  yearLoadTolerance: 5,
  hoursPerYear: 1600,
  minWblShare: 0,
};

/**
 * Where a curriculum, unit or learning outcome came from in a 1EdTech CASE package: its CASE
 * identity and what of the record the product has no field for, kept so that a CASE export gives
 * the same framework back (same identifiers and URIs, foreign codes, unknown fields) and a later
 * import of the same package updates instead of duplicating. Absent for what was made here.
 */
/** A JSON value kept from a CASE package as it came. */
export type CaseValue = string | number | boolean | null | object;
export type CaseRecord = Readonly<Record<string, CaseValue>>;

export interface CaseOrigin {
  /** The record's CASE `identifier` (a UUID). */
  readonly identifier: string;
  /** The record's CASE `uri`, as the package gave it. */
  readonly uri: string;
  /** `lastChangeDateTime` of the record as imported, given back while the record is unchanged. */
  readonly lastChangeDateTime?: string;
  /** Fingerprint of the product's content of the record when it was imported (changed = differs). */
  readonly fingerprint?: string;
  /** The package's `humanCodingScheme` where the product's code differs from it (or has none). */
  readonly humanCodingScheme?: string;
  /** Fields of the record the product does not read, verbatim (e.g. `licenseURI`, `notes`, `x-…`). */
  readonly fields?: CaseRecord;
  /**
   * The associations whose origin is this record and that the product models (its `isChildOf` its
   * parent, `precedes`), as the package gave them: the same association keeps its identifier.
   */
  readonly associations?: readonly CaseRecord[];
  /**
   * On the document: associations the product does not model (e.g. `exactMatchOf`, `isRelatedTo`),
   * given back verbatim while their ends in the package (`inPackage`, identifiers) still exist.
   */
  readonly unmodelled?: readonly {
    readonly association: CaseRecord;
    readonly inPackage: readonly string[];
  }[];
  /** On the document: top-level package fields the product does not model (`CFRubrics` …). */
  readonly package?: CaseRecord;
  /**
   * Fields of this record the package did not state, which the import filled with a default
   * (`ecvetPoints`, `eqfLevel`, `category` …): guesses, not facts, until an author sets or confirms
   * them. The rules warn of each (IMPORT-DEFAULT); the ELM export refuses while any is left.
   */
  readonly defaults?: readonly string[];
}

/**
 * `origin` once `fields` are no longer guesses (an author set or confirmed them); the same origin
 * when none of them was a default.
 */
export function confirmDefaults(
  origin: CaseOrigin | null | undefined,
  fields: readonly string[],
): CaseOrigin | null {
  const defaults = origin?.defaults;
  if (origin === null || origin === undefined || defaults === undefined) return origin ?? null;
  const left = defaults.filter((field) => !fields.includes(field));
  if (left.length === defaults.length) return origin;
  const { defaults: _confirmed, ...rest } = origin;
  return left.length === 0 ? rest : { ...rest, defaults: left };
}

export interface LearningOutcome {
  readonly id: string;
  readonly version: number;
  readonly category: OutcomeCategory;
  readonly text: LocalizedText;
  /**
   * How its achievement is judged (assessment criteria of this outcome); empty when the unit's
   * criteria say it for all its outcomes.
   */
  readonly criteria: LocalizedText;
  /** The ESCO skills the outcome develops, its main skill first, each URI once. */
  readonly escoSkills: readonly EscoReference[];
  /** The main skill: the first of `escoSkills`, null when none (one skill per outcome before #17). */
  readonly escoSkill: EscoReference | null;
  /** Its CASE identity when it was imported from a CASE package (absent otherwise). */
  readonly case?: CaseOrigin | null;
}

/**
 * `outcome` with every field a stored one has: its criteria (none when absent), `escoSkills` and
 * `escoSkill` (see `outcomeSkillsOf`).
 */
export function withOutcomeDefaults<
  T extends Parameters<typeof outcomeSkillsOf>[0] & { readonly criteria?: LocalizedText },
>(outcome: T): T & Pick<LearningOutcome, 'escoSkills' | 'escoSkill' | 'criteria'> {
  const escoSkills = outcomeSkillsOf(outcome);
  return {
    ...outcome,
    criteria: outcome.criteria ?? {},
    escoSkills,
    escoSkill: escoSkills[0] ?? null,
  };
}

/** Every ESCO skill of a unit and of its outcomes, each URI once (the unit's first). */
export function allSkillsOf(unit: {
  readonly escoSkills: readonly EscoReference[];
  readonly outcomes: readonly Parameters<typeof outcomeSkillsOf>[0][];
}): EscoReference[] {
  return outcomeSkillsOf({
    escoSkills: [...unit.escoSkills, ...unit.outcomes.flatMap(outcomeSkillsOf)],
  });
}

/** Whether a curriculum shows ESCO labels (and so ESCO's attribution): an occupation or a skill. */
export function usesEsco(curriculum: {
  readonly occupation: unknown;
  readonly units: readonly Parameters<typeof allSkillsOf>[0][];
}): boolean {
  return curriculum.occupation !== null || curriculum.units.some((u) => allSkillsOf(u).length > 0);
}

/**
 * An outcome's skills after a change that states `escoSkills`, `escoSkill` or both (`current`
 * before it): the list replaces them all; `escoSkill` alone replaces the main skill (null removes
 * it, the next becoming the main one), so a client that knows one skill per outcome keeps the
 * others. Both together must agree (the main skill first), else the problem is returned.
 */
export function changedOutcomeSkills(
  current: readonly EscoReference[],
  change: {
    readonly escoSkill?: EscoReference | null;
    readonly escoSkills?: readonly EscoReference[];
  },
): { skills: EscoReference[] } | { problem: string } {
  const { escoSkill, escoSkills } = change;
  if (escoSkills !== undefined) {
    const skills = outcomeSkillsOf({ escoSkills });
    if (escoSkill !== undefined && (escoSkill?.uri ?? null) !== (skills[0]?.uri ?? null))
      return { problem: msg`must be the first of escoSkills (the main skill), or left out` };
    return { skills };
  }
  if (escoSkill === undefined) return { skills: [...current] };
  if (escoSkill === null) return { skills: current.slice(1) };
  return { skills: [escoSkill, ...current.filter((skill) => skill.uri !== escoSkill.uri)] };
}

/**
 * An outcome's ESCO skills, each URI once: its `escoSkills` when it states them, else its one
 * `escoSkill` (data, files and clients from before several skills per outcome).
 */
export function outcomeSkillsOf(outcome: {
  readonly escoSkill?: EscoReference | null;
  readonly escoSkills?: readonly EscoReference[] | null;
}): EscoReference[] {
  const skills = Array.isArray(outcome.escoSkills)
    ? outcome.escoSkills
    : outcome.escoSkill
      ? [outcome.escoSkill]
      : [];
  return skills.filter((skill, i) => skills.findIndex((s) => s.uri === skill.uri) === i);
}

export interface Unit {
  readonly id: string;
  readonly version: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly eqfLevel: EqfLevel;
  readonly ecvetPoints: number;
  readonly mandatory: boolean;
  /** Code of the elective group for elective units; null for mandatory ones and add-ons. */
  readonly electiveGroup: string | null;
  /**
   * An add-on qualification (e.g. the German Industry 4.0 "Zusatzqualifikationen"): optional, with
   * its own assessment, its points added to the learner's record and not to the qualification's
   * total. An add-on is neither mandatory nor in an elective group.
   */
  readonly addOn: boolean;
  /** Programme year, 1-based: the year the unit starts in. */
  readonly year: number;
  /** Term within the year (1-based), or null for the whole year. */
  readonly term: number | null;
  /**
   * The last year of a unit that spans several years (null: it ends in its start year), and the
   * term it ends in (null: the whole year, or its start term within its start year).
   */
  readonly endYear: number | null;
  readonly endTerm: number | null;
  /** Hours of guided learning (school and workshop, not WBL); null when not stated. */
  readonly guidedHours: number | null;
  /** Credits in the national system beside ECVET points (e.g. Latvian or Estonian credits). */
  readonly nationalCredits: number | null;
  readonly areas: readonly Industry40Area[];
  readonly escoSkills: readonly EscoReference[];
  /** Ids of units that must come before this one. */
  readonly prerequisites: readonly string[];
  readonly assessment: Assessment;
  readonly outcomes: readonly LearningOutcome[];
  /** Its CASE identity when it was imported from a CASE package (absent otherwise). */
  readonly case?: CaseOrigin | null;
  /** Where it came from when it was adopted from the shared library (absent otherwise; ADR 0029). */
  readonly provenance?: Provenance | null;
}

/**
 * The programme years a unit runs in: its start year to its end year; only its start year when it
 * ends in it, its end is no later whole year, or its start is no whole year. The rule engine and
 * the learner's pathway count a spanning unit's points evenly over these years.
 */
export function unitYearsOf(unit: {
  readonly year: number;
  readonly endYear?: number | null;
}): number[] {
  const whole = (year: number) => Number.isInteger(year) && year >= 1;
  const end = unit.endYear ?? null;
  if (end === null || !whole(unit.year) || !whole(end) || end <= unit.year) return [unit.year];
  return Array.from({ length: end - unit.year + 1 }, (_, i) => unit.year + i);
}

/**
 * `group` with a choice rule this version knows: an unknown or missing one is "at least its
 * points" (data of a later version, or before choice rules).
 */
export function withKnownChoiceRule(group: ElectiveGroupInput): ElectiveGroup {
  const rule = CHOICE_RULES.find((known) => known === group.rule);
  return withChoiceRule({ ...group, rule });
}

/** A unit's fields added with issue #17 that older data and files lack (null when absent). */
export const UNIT_EXTENT_FIELDS = ['endYear', 'endTerm', 'guidedHours', 'nationalCredits'] as const;
export type UnitExtent = Pick<Unit, (typeof UNIT_EXTENT_FIELDS)[number]>;

/** The extent fields of `unit`, absent ones as null. */
export function unitExtentOf(unit: Partial<UnitExtent>): UnitExtent {
  return {
    endYear: unit.endYear ?? null,
    endTerm: unit.endTerm ?? null,
    guidedHours: unit.guidedHours ?? null,
    nationalCredits: unit.nationalCredits ?? null,
  };
}

export interface WorkBasedLearningPeriod {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly year: number;
  readonly term: number | null;
  readonly durationHours: number;
  readonly companyProfile: LocalizedText;
  readonly mentorRole: LocalizedText;
  readonly unitIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly assessment: LocalizedText;
}

export interface Curriculum {
  readonly id: string;
  readonly version: number;
  readonly status: CurriculumStatus;
  readonly institutionId: string;
  readonly code: string;
  /**
   * The code of the qualification it delivers, shared by the programmes of one qualification at
   * the institution (full-time, part-time, shortened); null: a qualification of its own (ADR 0021).
   */
  readonly qualificationCode: string | null;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly eqfLevel: EqfLevel;
  readonly nqfLevel: number | null;
  readonly iscedFCode: string;
  readonly occupation: EscoReference | null;
  /** The delivered duration of the programme in months: the years its units are scheduled in. */
  readonly durationMonths: number;
  /**
   * The qualification's reference full-time duration in months: what its ECVET points stand for
   * (60 a year, ECVET-R1). Equal to `durationMonths` for a full-time programme of standard length.
   */
  readonly referenceDurationMonths: number;
  /** How the programme delivers the qualification. */
  readonly programmeForm: ProgrammeForm;
  /** The programme's intensity as a share of full-time study (FTE): 1 full-time, 0.5 half-time. */
  readonly intensity: number;
  /** Whether the programme is full-time: `intensity` is 1 (kept in step with it). */
  readonly fullTime: boolean;
  readonly ecvetPoints: number;
  readonly primaryLanguage: LanguageCode;
  readonly languages: readonly LanguageCode[];
  /**
   * The declared languages every text must have before the curriculum can go to review or be
   * published (the primary language always); the other declared languages are optional.
   */
  readonly requiredLanguages: readonly LanguageCode[];
  readonly electiveGroups: readonly ElectiveGroup[];
  /** The examination's parts; empty when the units' own assessments are all there is. */
  readonly assessmentPlan: readonly AssessmentPart[];
  /** Named sets of units certified alone; empty when there are none. */
  readonly partialQualifications: readonly PartialQualification[];
  readonly thresholds: RuleThresholds;
  /** Number of the latest published version, null before the first publication. */
  readonly publishedVersion: number | null;
  readonly units: readonly Unit[];
  readonly workBasedLearning: readonly WorkBasedLearningPeriod[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Its CASE identity when it was imported from a CASE package (absent otherwise). */
  readonly case?: CaseOrigin | null;
  /**
   * The translations whose source changed after they were made (ADR 0025): of the working copy,
   * or of a published version when it was published. Absent: none known.
   */
  readonly staleTranslations?: readonly StaleTranslation[];
}

/** The qualification facts its programmes share (ADR 0021). */
export const QUALIFICATION_FACTS = [
  'eqfLevel',
  'nqfLevel',
  'iscedFCode',
  'occupation',
  'ecvetPoints',
  'referenceDurationMonths',
] as const;
export type QualificationFact = (typeof QUALIFICATION_FACTS)[number];

/**
 * One row of `GET /api/v1/curricula/:id/programmes`: another programme of the same qualification,
 * and the qualification facts in which it differs from the curriculum asked about.
 */
export interface ProgrammeSummary {
  readonly id: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly status: CurriculumStatus;
  readonly programmeForm: ProgrammeForm;
  readonly intensity: number;
  readonly durationMonths: number;
  readonly referenceDurationMonths: number;
  readonly ecvetPoints: number;
  readonly eqfLevel: EqfLevel;
  readonly nqfLevel: number | null;
  readonly iscedFCode: string;
  readonly occupation: EscoReference | null;
  /** The facts whose value differs from the curriculum asked about. */
  readonly differences: readonly QualificationFact[];
}

/** One row of `GET /api/v1/curricula`. */
export interface CurriculumSummary {
  readonly id: string;
  readonly version: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly status: CurriculumStatus;
  readonly ecvetPoints: number;
  readonly eqfLevel: EqfLevel;
  readonly primaryLanguage: LanguageCode;
  readonly languages: readonly LanguageCode[];
  readonly institutionId: string;
  readonly unitCount: number;
  readonly publishedVersion: number | null;
  readonly updatedAt: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}
