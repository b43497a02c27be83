import {
  computeYearLoads,
  type Curriculum,
  type ElectiveGroup,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';

/** The units and work-based learning periods of one term of a year; `term: null` is the whole year. */
export interface TimelineTerm {
  readonly term: number | null;
  readonly units: readonly Unit[];
  readonly periods: readonly WorkBasedLearningPeriod[];
}

/** One programme year of a learner's pathway and the ECVET points accumulated by its end. */
export interface TimelineYear {
  readonly year: number;
  readonly terms: readonly TimelineTerm[];
  /** Elective groups whose required points count in this year (their earliest year). */
  readonly electiveGroups: readonly ElectiveGroup[];
  /** Points of this year: mandatory units plus the required points of its elective groups. */
  readonly points: number;
  /** Points accumulated from year 1 to the end of this year. */
  readonly accumulated: number;
}

export interface Timeline {
  readonly years: readonly TimelineYear[];
  /** The qualification's ECVET points, the goal of the pathway. */
  readonly total: number;
}

const isYear = (year: number) => Number.isInteger(year) && year >= 1;

/** Whole-year items first, then the terms in order. */
const compareTerms = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b;

/**
 * The pathway year by year. Points per year follow the ECVET rule engine (`computeYearLoads`):
 * mandatory units count in their year, an elective group counts its required points once, in the
 * earliest year of its units; so the last year's running total is what a learner completes.
 */
export function buildTimeline(curriculum: Curriculum): Timeline {
  const loads = new Map(computeYearLoads(curriculum).map((load) => [load.year, load.points]));
  const years = new Set<number>(loads.keys());
  for (const item of [...curriculum.units, ...curriculum.workBasedLearning]) {
    if (isYear(item.year)) years.add(item.year);
  }
  const electiveYear = new Map<string, number>();
  for (const unit of curriculum.units) {
    if (unit.mandatory || unit.electiveGroup === null || !isYear(unit.year)) continue;
    const earliest = electiveYear.get(unit.electiveGroup);
    if (earliest === undefined || unit.year < earliest) {
      electiveYear.set(unit.electiveGroup, unit.year);
    }
  }

  let accumulated = 0;
  const timeline = [...years]
    .sort((a, b) => a - b)
    .map((year): TimelineYear => {
      const units = curriculum.units.filter((unit) => unit.year === year);
      const periods = curriculum.workBasedLearning.filter((period) => period.year === year);
      const terms = [...new Set([...units, ...periods].map((item) => item.term))]
        .sort(compareTerms)
        .map((term) => ({
          term,
          units: units.filter((unit) => unit.term === term),
          periods: periods.filter((period) => period.term === term),
        }));
      const points = loads.get(year) ?? 0;
      accumulated = Math.round((accumulated + points) * 1e6) / 1e6;
      return {
        year,
        terms,
        electiveGroups: curriculum.electiveGroups.filter(
          (group) => electiveYear.get(group.code) === year,
        ),
        points,
        accumulated,
      };
    });
  return { years: timeline, total: curriculum.ecvetPoints };
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
