import { ISCED_F_CODES } from './isced-f';
import { ASSESSMENT_METHODS, INDUSTRY_40_AREAS } from './curriculum';
import type { FieldError } from './error-response';
import { msg } from './message';

/**
 * The field limits of a curriculum, in one table: the request DTOs' decorators read it, the shared
 * content validator (`contentProblems`, which both importers call) reads it, and so do the web
 * forms (as plain constants: nothing here loads class-validator). A limit is changed here, once.
 */

/** A number from `min` to `max`, whole when `integer`. */
export interface NumberLimit {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** A localized text: at most `maxLength` characters per language; `required`: not blank in all. */
export interface TextLimit {
  readonly maxLength: number;
  readonly required: boolean;
}

/** A plain text of at least `min` and at most `max` characters. */
export interface LengthLimit {
  readonly min: number;
  readonly max: number;
}

/** A list of at least `min` and at most `max` items. */
export interface ListLimit {
  readonly min: number;
  readonly max: number;
}

const whole = (min: number, max: number): NumberLimit => ({ min, max, integer: true });
const decimal = (min: number, max: number): NumberLimit => ({ min, max, integer: false });
const text = (maxLength: number, required = false): TextLimit => ({ maxLength, required });
const list = (max: number, min = 0): ListLimit => ({ min, max });
/** A plain text of `min` to `max` characters. */
const chars = (min: number, max: number): LengthLimit => ({ min, max });

/** Codes of curricula, units and elective groups: `M1`, `CNC-2.1`, `U 3/a`. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._\-/]{0,49}$/;
export const CODE_MESSAGE = msg`must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes`;
/** `CODE_MESSAGE` after the name of the field, as a request's validator says it: `code must be …`. */
export function fieldCodeMessage(field: string): string {
  return msg`${field} must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes`;
}
/** `CODE_MESSAGE` of a cell of an imported file: `a code must be …`. */
export const CELL_CODE_MESSAGE = msg`a code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes`;
/** ISCED-F 2013 field of education codes: a field of the 2013 list, 2 to 4 digits, e.g. `0715`. */
export const ISCED_F_PATTERN = new RegExp(`^(?:${ISCED_F_CODES.join('|')})$`);
/**
 * The two-letter language codes of ISO 639-1: BCP 47 takes these where a language has one (so `xx`
 * is no language, and English is `en`, never `eng` or `EN`).
 */
export const ISO_639_1 = (
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy ' +
  'da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu ' +
  'hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb ' +
  'lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
  'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ' +
  'ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');
/**
 * ISO 639-2 codes of languages that have a two-letter code: BCP 47 refuses them (`ger`, `deu` for
 * German …) — the ones the partners' languages and their neighbours would be written with.
 */
const REPLACED_BY_TWO_LETTERS = [
  'eng',
  'ger',
  'deu',
  'lit',
  'lav',
  'est',
  'fre',
  'fra',
  'pol',
  'rus',
];
/**
 * BCP 47 language tag as used for content: `de`, `en`, `lt`, `pt-BR`, `sr-Latn`; the language a
 * two-letter code of ISO 639-1 or a three-letter code of a language without one (`hsb`), in lower
 * case.
 */
export const LANGUAGE_PATTERN = new RegExp(
  `^(?:${ISO_639_1.join('|')}|(?!(?:${REPLACED_BY_TWO_LETTERS.join('|')})(?:-|$))[a-z]{3})(?:-[A-Za-z0-9]{2,8})*$`,
);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** An ESCO skill or knowledge concept: `http://data.europa.eu/esco/skill/<uuid>`. */
export const ESCO_SKILL_PATTERN = new RegExp(`^http://data\\.europa\\.eu/esco/skill/${UUID}$`);
/** An ESCO occupation: `http://data.europa.eu/esco/occupation/<uuid>`. */
export const ESCO_OCCUPATION_PATTERN = new RegExp(
  `^http://data\\.europa\\.eu/esco/occupation/${UUID}$`,
);

/**
 * The largest `version` (and published version number) there can be: the database stores them as
 * 32-bit integers, and PostgreSQL refuses to even compare with a larger number.
 */
export const MAX_VERSION = 2_147_483_647;

/** Language versions one localized text may hold. */
export const MAX_TEXT_LANGUAGES = 30;

export const LIMITS = {
  curriculum: {
    title: text(300, true),
    description: text(10000),
    eqfLevel: whole(1, 8),
    nqfLevel: whole(1, 10),
    /** Half months happen (42.5): durations and points are decimals (ADR 0018). */
    durationMonths: decimal(1, 120),
    referenceDurationMonths: decimal(1, 120),
    intensity: decimal(0.1, 1),
    ecvetPoints: decimal(1, 2000),
    languages: list(MAX_TEXT_LANGUAGES, 1),
    electiveGroups: list(50),
    assessmentPlan: list(20),
    partialQualifications: list(50),
  },
  partialQualification: {
    title: text(300, true),
    units: list(500, 1),
  },
  assessmentPart: {
    title: text(300, true),
    weight: decimal(0, 100),
    year: whole(1, 10),
    term: whole(1, 4),
    methods: list(ASSESSMENT_METHODS.length),
    units: list(500),
    outcomes: list(5000),
  },
  thresholds: {
    pointsPerYear: whole(1, 200),
    yearLoadTolerance: whole(0, 100),
    hoursPerYear: whole(100, 4000),
    minWblShare: decimal(0, 1),
  },
  electiveGroup: {
    title: text(300, true),
    pointsRequired: decimal(0, 1000),
    unitsRequired: whole(1, 100),
  },
  unit: {
    title: text(300, true),
    description: text(10000),
    eqfLevel: whole(1, 8),
    ecvetPoints: decimal(0, 1000),
    year: whole(1, 10),
    term: whole(1, 4),
    guidedHours: whole(0, 10000),
    nationalCredits: decimal(0, 1000),
    /** Each area at most once (a list of them is not longer than the areas there are). */
    areas: list(INDUSTRY_40_AREAS.length),
    escoSkills: list(50),
    prerequisites: list(100),
    methods: list(ASSESSMENT_METHODS.length),
    assessmentCriteria: text(10000),
  },
  outcome: {
    text: text(2000, true),
    criteria: text(5000),
    escoSkills: list(20),
  },
  workBasedLearning: {
    title: text(300, true),
    year: whole(1, 10),
    term: whole(1, 4),
    durationHours: whole(1, 10000),
    companyProfile: text(5000),
    mentorRole: text(1000),
    assessment: text(5000),
    units: list(500),
    outcomes: list(5000),
  },
  escoReference: {
    label: text(300, true),
  },
  review: {
    /** A reviewer's comment or reply, in the reviewer's language (a plain text). */
    text: chars(1, 5000),
    /** A proposed replacement text of the target, in its languages. */
    proposedText: text(2000, true),
  },
  /** Learners, their results and the mobility documents (ADR 0022): plain texts. */
  mobility: {
    name: chars(1, 100),
    learnerNumber: chars(1, 40),
    title: chars(1, 200),
    /** Assessment method, assessor, grade, place, contact and company names. */
    short: chars(1, 200),
    /** Arrangements, evidence, reasons. */
    long: chars(1, 5000),
    hours: decimal(1, 2000),
    partners: list(10, 2),
    units: list(500, 1),
    outcomes: list(2000),
  },
  placement: {
    title: text(300, true),
    activities: text(5000),
    /** Company, city, contact name. */
    name: chars(1, 200),
    hoursPerWeek: whole(1, 60),
    capacity: whole(1, 1000),
    skills: list(100, 1),
    languages: list(24, 1),
    places: whole(1, 1000),
    message: chars(0, 2000),
  },
  version: whole(1, MAX_VERSION),
} as const;

/** Why `value` breaks `limit`, or null. */
export function numberProblem(value: unknown, limit: NumberLimit): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return msg`must be a number`;
  if (limit.integer && !Number.isInteger(value)) return msg`must be a whole number`;
  if (value < limit.min || value > limit.max)
    return msg`must be from ${limit.min} to ${limit.max} (found ${value})`;
  return null;
}

/** Why `value` is not a localized text within `limit`, or null. */
export function localizedTextProblem(value: unknown, limit: TextLimit): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return msg`must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_TEXT_LANGUAGES)
    return msg`must not have more than ${MAX_TEXT_LANGUAGES} languages`;
  for (const [language, content] of entries) {
    if (!LANGUAGE_PATTERN.test(language))
      return msg`has an invalid language code "${language.slice(0, 20)}"`;
    if (typeof content !== 'string') return msg`must have a string for "${language}"`;
    if (content.length > limit.maxLength) {
      return msg`must not be longer than ${limit.maxLength} characters in "${language}"`;
    }
  }
  if (limit.required && !entries.some(([, content]) => (content as string).trim() !== '')) {
    return msg`must have a text in at least one language`;
  }
  return null;
}

/** Why a list of `length` items breaks `limit`, or null. */
export function listProblem(length: number, limit: ListLimit): string | null {
  if (length < limit.min)
    return limit.min > 1
      ? msg`must have at least ${limit.min} items`
      : msg`must have at least ${limit.min} item`;
  if (length > limit.max) return msg`must not have more than ${limit.max} items`;
  return null;
}

/** Collects `{ path, message }` problems, each a field path and what breaks there. */
export type ProblemSink = (path: string, message: string | null) => void;

/** A sink that pushes into `problems`, skipping `null` messages. */
export function collectInto(problems: FieldError[]): ProblemSink {
  return (path, message) => {
    if (message !== null) problems.push({ path, message });
  };
}
