import {
  computeYearLoads,
  unitYearsOf,
  withKnownChoiceRule,
  type AssessmentPart,
  type Curriculum,
  type ElectiveGroup,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum/pathway';
import type { LocalizedText } from '@curriculum-builder/curriculum/model';

/** An elective group as the pathway shows it: its choice rule stated and the units it offers. */
export interface TimelineGroup extends ElectiveGroup {
  /** How many units the group offers (the m of "choose n of m units"). */
  readonly unitCount: number;
}

/**
 * The units and work-based learning periods of one term of a year; `term: null` is the whole year.
 * A unit that spans years is in each of them (see `termIn` and `spanNote`).
 */
export interface TimelineTerm {
  readonly term: number | null;
  readonly units: readonly Unit[];
  readonly periods: readonly WorkBasedLearningPeriod[];
}

/** One programme year of a learner's pathway and the ECVET points accumulated by its end. */
export interface TimelineYear {
  readonly year: number;
  readonly terms: readonly TimelineTerm[];
  /** The parts of the examination that take place in this year, in the order of their terms. */
  readonly assessments: readonly AssessmentPart[];
  /** Elective groups whose required points count in this year (their earliest year). */
  readonly electiveGroups: readonly TimelineGroup[];
  /**
   * Points of this year: mandatory units plus the required points of its elective groups (add-on
   * units count in no total).
   */
  readonly points: number;
  /**
   * Points of the optional add-on units of this year, outside the qualification's total (an add-on
   * that spans years counts its points evenly in each).
   */
  readonly addOnPoints: number;
  /** Points accumulated from year 1 to the end of this year. */
  readonly accumulated: number;
}

export interface Timeline {
  readonly years: readonly TimelineYear[];
  /** The qualification's ECVET points, the goal of the pathway. */
  readonly total: number;
  /** The optional add-on units of the pathway, whose points count outside `total`. */
  readonly addOns: {
    readonly count: number;
    readonly points: number;
  };
}

/** Whether a unit is an add-on qualification: optional, its points outside the total. */
export function isAddOn(unit: Pick<Unit, 'addOn'>): boolean {
  return unit.addOn === true;
}

/** A group with its choice rule stated (an unknown or missing one: "at least its points"). */
export const withRule = withKnownChoiceRule;

const isYear = (year: number) => Number.isInteger(year) && year >= 1;

/** The programme years a unit runs in, as the rule engine counts them. */
export const yearsOf = unitYearsOf;

/**
 * What the pathway says about a unit's span in `year`, one of its years: in its start year, until
 * when it continues (a later year, or a later term of its start year); in a later year, that it
 * continues from its start year, and in its last year the term it ends in. Null for a unit that
 * starts and ends in one term or year.
 */
export type SpanNote =
  | { readonly kind: 'until'; readonly year: number; readonly term: number | null }
  | { readonly kind: 'untilTerm'; readonly term: number }
  | { readonly kind: 'from'; readonly year: number; readonly term: number | null };

/** The span note of `unit` in `year`, see `SpanNote`. */
export function spanNote(
  unit: Pick<Unit, 'year' | 'term' | 'endYear' | 'endTerm'>,
  year: number,
): SpanNote | null {
  const years = yearsOf(unit);
  const last = years[years.length - 1];
  const endTerm = unit.endTerm ?? null;
  if (year === unit.year) {
    if (years.length > 1) return { kind: 'until', year: last, term: endTerm };
    return endTerm !== null && unit.term !== null && endTerm > unit.term
      ? { kind: 'untilTerm', term: endTerm }
      : null;
  }
  if (!years.includes(year)) return null;
  return { kind: 'from', year: unit.year, term: year === last ? endTerm : null };
}

/**
 * Where in `year` a unit is shown: its start term in its start year; in a later year the whole year,
 * or, in its last year when it ends in a term, the first term (it runs from the year's start).
 */
export function termIn(
  unit: Pick<Unit, 'year' | 'term' | 'endYear' | 'endTerm'>,
  year: number,
): number | null {
  if (year === unit.year) return unit.term;
  const years = yearsOf(unit);
  return year === years[years.length - 1] && (unit.endTerm ?? null) !== null ? 1 : null;
}

const sum = (values: readonly number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 1e6) / 1e6;

/** Whole-year items first, then the terms in order. */
const compareTerms = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b;

/** Parts in a term first, in the order of the terms; parts at the end of the year (null) last. */
const compareExamTerms = (a: AssessmentPart, b: AssessmentPart) =>
  a.term === b.term ? 0 : a.term === null ? 1 : b.term === null ? -1 : a.term - b.term;

/** The curriculum's assessment plan (none for a curriculum stored before plans existed). */
function planOf(curriculum: Curriculum): readonly AssessmentPart[] {
  return (curriculum as Partial<Pick<Curriculum, 'assessmentPlan'>>).assessmentPlan ?? [];
}

/**
 * The pathway year by year. Points per year follow the ECVET rule engine (`computeYearLoads`):
 * mandatory units count in their year (a unit that spans years evenly in each, shown in each but
 * counted once in all), an elective group counts its required points once, in the
 * earliest year of its units, add-on units count nowhere; so the last year's running total is what
 * a learner completes. The add-ons' points are told apart, outside the total. Each part of the
 * examination (the assessment plan) is in the year it takes place.
 */
export function buildTimeline(curriculum: Curriculum): Timeline {
  const loads = new Map(computeYearLoads(curriculum).map((load) => [load.year, load.points]));
  const years = new Set<number>(loads.keys());
  const plan = planOf(curriculum);
  for (const item of [...curriculum.units, ...curriculum.workBasedLearning, ...plan]) {
    if (isYear(item.year)) years.add(item.year);
  }
  for (const unit of curriculum.units) {
    if (isYear(unit.year)) for (const year of yearsOf(unit)) years.add(year);
  }
  const electiveYear = new Map<string, number>();
  const unitCount = new Map<string, number>();
  for (const unit of curriculum.units) {
    if (unit.mandatory || isAddOn(unit) || unit.electiveGroup === null) continue;
    unitCount.set(unit.electiveGroup, (unitCount.get(unit.electiveGroup) ?? 0) + 1);
    if (!isYear(unit.year)) continue;
    const earliest = electiveYear.get(unit.electiveGroup);
    if (earliest === undefined || unit.year < earliest) {
      electiveYear.set(unit.electiveGroup, unit.year);
    }
  }
  const addOns = curriculum.units.filter(isAddOn);

  let accumulated = 0;
  const timeline = [...years]
    .sort((a, b) => a - b)
    .map((year): TimelineYear => {
      const units = curriculum.units.filter((unit) => yearsOf(unit).includes(year));
      const periods = curriculum.workBasedLearning.filter((period) => period.year === year);
      const unitTerms = units.map((unit) => termIn(unit, year));
      const terms = [...new Set([...unitTerms, ...periods.map((period) => period.term)])]
        .sort(compareTerms)
        .map((term) => ({
          term,
          units: units.filter((_, i) => unitTerms[i] === term),
          periods: periods.filter((period) => period.term === term),
        }));
      const points = loads.get(year) ?? 0;
      accumulated = Math.round((accumulated + points) * 1e6) / 1e6;
      return {
        year,
        terms,
        assessments: plan.filter((part) => part.year === year).sort(compareExamTerms),
        electiveGroups: curriculum.electiveGroups
          .filter((group) => electiveYear.get(group.code) === year)
          .map((group) => ({ ...withRule(group), unitCount: unitCount.get(group.code) ?? 0 })),
        points,
        addOnPoints: sum(
          units.filter(isAddOn).map((unit) => unit.ecvetPoints / yearsOf(unit).length),
        ),
        accumulated,
      };
    });
  return {
    years: timeline,
    total: curriculum.ecvetPoints,
    addOns: { count: addOns.length, points: sum(addOns.map((unit) => unit.ecvetPoints)) },
  };
}

/** A partial qualification as the pathway lists it: the codes of its units and their points. */
export interface PathwayPartial {
  readonly code: string;
  readonly title: LocalizedText;
  /** The codes of its units, in the order of the curriculum. */
  readonly unitCodes: readonly string[];
  /** The ECVET points of its units. */
  readonly points: number;
}

/**
 * The partial qualifications of a curriculum (sets of units a learner can be certified for
 * alone), none for a curriculum stored before they existed.
 */
export function partialsOf(curriculum: Curriculum): PathwayPartial[] {
  const partials =
    (curriculum as Partial<Pick<Curriculum, 'partialQualifications'>>).partialQualifications ?? [];
  return partials.map((partial) => {
    const ids = new Set(partial.unitIds);
    const units = curriculum.units.filter((unit) => ids.has(unit.id));
    return {
      code: partial.code,
      title: partial.title,
      unitCodes: units.map((unit) => unit.code),
      points: sum(units.map((unit) => unit.ecvetPoints)),
    };
  });
}

/** The curriculum's languages, the primary one first. */
export function contentLanguages(curriculum: Pick<Curriculum, 'languages' | 'primaryLanguage'>) {
  return [...new Set([curriculum.primaryLanguage, ...curriculum.languages])];
}

/**
 * The content language to show: the learner's choice if the curriculum has it, else the interface
 * language if the curriculum has it, else the curriculum's primary language.
 */
export function chooseContentLanguage(
  curriculum: Pick<Curriculum, 'languages' | 'primaryLanguage'>,
  uiLanguage: string,
  chosen: string | null = null,
): string {
  const available = contentLanguages(curriculum);
  if (chosen !== null && available.includes(chosen)) return chosen;
  return available.includes(uiLanguage) ? uiLanguage : curriculum.primaryLanguage;
}
