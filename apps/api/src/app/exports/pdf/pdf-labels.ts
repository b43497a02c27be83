import type { ChoiceRule } from '@curriculum-builder/curriculum';
import type {
  AssessmentMethod,
  CurriculumStatus,
  Industry40Area,
  OutcomeCategory,
  ProgrammeForm,
} from '@curriculum-builder/curriculum';
import { de } from './labels/de';
import { en } from './labels/en';
import { et } from './labels/et';
import { lt } from './labels/lt';
import { lv } from './labels/lv';

/**
 * The words of the exported documents themselves (not the curriculum's content), per language.
 * English and German are complete and reviewed; Lithuanian, Latvian and Estonian follow the terms of
 * the EQF/ECVET translations of those countries. Any other language gets the English labels.
 * One file per language in labels/.
 */
/** How a learner chooses from an elective group, for its sentence. */
export interface GroupChoice {
  readonly rule: ChoiceRule;
  /** For the rule `units`: how many to choose, of how many. */
  readonly units: number;
  readonly of: number;
}

export interface PdfLabels {
  readonly curriculum: string;
  readonly pathway: string;
  readonly contents: string;
  readonly overview: string;
  readonly description: string;
  readonly unitsOverview: string;
  readonly ecvetPoints: string;
  readonly pointsByYear: string;
  readonly pointsByArea: string;
  /** The assessment plan: its heading, and the columns weight (%) and what a part assesses. */
  readonly assessmentPlan: string;
  readonly weight: string;
  readonly assesses: string;
  /** The partial qualifications: their heading and the column of the units each holds. */
  readonly partialQualifications: string;
  readonly partialUnits: string;
  readonly pointsByAreaNote: string;
  readonly expected: string;
  readonly wblPlan: string;
  readonly units: string;
  readonly institution: string;
  readonly qualificationCode: string;
  readonly eqfLevel: string;
  readonly nqfLevel: string;
  readonly iscedF: string;
  readonly occupation: string;
  readonly totalPoints: string;
  readonly duration: string;
  readonly version: string;
  readonly status: string;
  readonly date: string;
  readonly languages: string;
  readonly code: string;
  readonly title: string;
  readonly yearTerm: string;
  readonly type: string;
  readonly mandatory: string;
  readonly elective: string;
  /** A unit that is an add-on qualification, outside the qualification's points. */
  readonly addOn: string;
  readonly hours: string;
  readonly period: string;
  readonly unitsCovered: string;
  readonly assessment: string;
  readonly companyProfile: string;
  readonly mentor: string;
  readonly learningOutcomes: string;
  readonly methods: string;
  readonly criteria: string;
  readonly prerequisites: string;
  readonly escoSkills: string;
  readonly none: string;
  readonly notSet: string;
  readonly workingCopy: string;
  readonly noWbl: string;
  readonly noPlacementThisYear: string;
  readonly placements: string;
  readonly pointsAccumulated: string;
  readonly pathwayIntro: string;
  readonly categories: Readonly<Record<OutcomeCategory, string>>;
  readonly methodNames: Readonly<Record<AssessmentMethod, string>>;
  readonly areas: Readonly<Record<Industry40Area, string>>;
  readonly statuses: Readonly<Record<CurriculumStatus, string>>;
  year(n: number): string;
  term(n: number): string;
  readonly wholeYear: string;
  months(n: string): string;
  years(n: string): string;
  readonly fullTime: string;
  readonly partTime: string;
  /** The forms of study. */
  readonly forms: Readonly<Record<ProgrammeForm, string>>;
  /** "reference duration 42 months" (of the qualification, when the programme differs). */
  referenceDuration(months: string): string;
  pageOf(page: number, count: number): string;
  fallbackNote(language: string, primary: string, code: string): string;
  /** The mark of a translation whose source changed after it was made: `[needs review]`. */
  staleMarker: string;
  /** The cover's note on them (ADR 0025). */
  staleNote(count: number, language: string, primary: string, marker: string): string;
  createdOn(date: string): string;
  wblShare(hours: string, share: string, total: string): string;
  /** A group's choice rule: `choice.units` of its `choice.of` units, or units worth `points`. */
  electiveGroup(code: string, title: string, points: string, choice: GroupChoice): string;
  /** The points of the add-on qualifications, outside the total. */
  addOnPoints(points: string): string;
  yearPoints(points: string): string;
  guidedHours(hours: string): string;
  nationalCredits(credits: string): string;
  accumulated(points: string, total: string): string;
  thisLanguage(language: string): string;
  /** The skills coverage section (issue #20, ADR 0028). */
  readonly coverage: string;
  readonly skill: string;
  readonly developedIn: string;
  readonly gap: string;
  readonly areasByYear: string;
  readonly notNeededSkills: string;
  readonly noOccupation: string;
  /** "14 of 19 essential skills covered (73.7 %); 61.2 % of the points spent on them". */
  coverageSummary(covered: string, total: string, percent: string, share: string): string;
  pointsAndOutcomes(points: string, outcomes: number): string;
  /** The attribution, and that labels are English where ESCO has none in the language. */
  escoSource(source: string): string;
  /** Where a unit adopted from the shared library came from; "adapted" after local edits (ADR 0029). */
  provenance(attribution: string, adapted: boolean): string;
}

const LABELS: Readonly<Record<string, PdfLabels>> = { en, de, lt, lv, et };

/** The labels for a document language; English for languages without their own labels. */
export function labelsFor(language: string): PdfLabels {
  return LABELS[language.toLowerCase().split('-')[0]] ?? en;
}

/** Languages with labels of their own. */
export const LABEL_LANGUAGES = Object.keys(LABELS);

/** Locale for numbers and dates; English uses the European day-month-year order. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** The name of a language in the document's language ("German", "vokiečių", …). */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([localeOf(inLanguage)], { type: 'language' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

/** Numbers and dates in the document's language. */
export class PdfFormat {
  private readonly numbers: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(readonly language: string) {
    const locale = localeOf(language);
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  share(value: number): string {
    return this.percent.format(value);
  }

  date(value: string | Date): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    return Number.isNaN(date.getTime()) ? String(value) : this.dates.format(date);
  }
}
