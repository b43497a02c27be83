import { unitYearsOf } from '../model/curriculum';
import {
  normalizeCurriculum,
  type NormalizedCurriculum,
  type NormalizedElectiveGroup,
  type NormalizedUnit,
} from './normalize';
import type { ValidatableCurriculum } from './validatable-curriculum';

/*
 * The points of a curriculum per programme year and the arithmetic they need: what a learner's
 * pathway shows (`@curriculum-builder/curriculum/pathway`) without the rule engine's messages, and
 * what the rules build on (`rule-support.ts` and `year-load.ts` re-export it).
 */

/** How close two point sums count as equal. */
export const EPSILON = 1e-6;

export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The points a unit adds to sums: invalid points (NaN, ≤ 0) count as 0 and are reported by R3. */
export function unitPoints(unit: NormalizedUnit): number {
  return Number.isFinite(unit.ecvetPoints) && unit.ecvetPoints > 0 ? unit.ecvetPoints : 0;
}

/** The points an elective group requires: invalid values count as 0 and are reported by R2. */
export function groupPoints(pointsRequired: number): number {
  return Number.isFinite(pointsRequired) && pointsRequired >= 0 ? pointsRequired : 0;
}

/** The units a learner chooses from in `group`: elective, not add-ons, naming its code. */
export function groupUnits(
  c: NormalizedCurriculum,
  group: Pick<NormalizedElectiveGroup, 'code'>,
): NormalizedUnit[] {
  return c.units.filter((u) => !u.mandatory && !u.addOn && u.electiveGroup === group.code);
}

export function isPositiveFinite(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/** Number of programme years (3.5 years → 4), or null when the duration is no positive number. */
export function programmeYears(c: NormalizedCurriculum): number | null {
  if (!isPositiveFinite(c.durationMonths)) return null;
  return Math.ceil(c.durationMonths / 12 - EPSILON);
}

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1;
}

/** The points scheduled in one programme year and the points expected there. */
export interface YearLoad {
  readonly year: number;
  readonly points: number;
  readonly expected: number;
}

/** Programme years listed even without any unit, at most; guards against absurd durations. */
const MAX_LISTED_YEARS = 100;

/**
 * Points expected in a programme year: `pointsPerYear`, and in the last year of a programme that
 * is not a whole number of years the fraction (3.5 years → year 4 expects 30 of 60). 0 outside the
 * programme or when the duration or the threshold is no positive number.
 */
export function expectedPointsForYear(
  year: number,
  durationMonths: number,
  pointsPerYear: number,
): number {
  if (!isPositiveFinite(durationMonths) || !isPositiveFinite(pointsPerYear)) return 0;
  const years = durationMonths / 12;
  const share = Math.min(1, Math.max(0, years - (year - 1)));
  return round(pointsPerYear * share, 6);
}

/**
 * The year loads of the normalised curriculum: mandatory units count in their year; each elective
 * group counts its `pointsRequired` in the earliest year among its units; add-ons count nowhere. Units with an invalid
 * year are left out (ECVET-YEAR-RANGE reports them).
 */
export function yearLoadsOf(c: NormalizedCurriculum): YearLoad[] {
  const loads = new Map<number, number>();
  const add = (year: number, points: number): void => {
    loads.set(year, (loads.get(year) ?? 0) + points);
  };
  for (const unit of c.units) {
    if (!unit.mandatory || unit.addOn || !isValidYear(unit.year)) continue;
    // A unit that spans several years counts its points evenly in each.
    const spanned = unitYearsOf(unit);
    for (const year of spanned) add(year, unitPoints(unit) / spanned.length);
  }
  for (const group of c.electiveGroups) {
    const years = groupUnits(c, group)
      .filter((u) => isValidYear(u.year))
      .map((u) => u.year);
    if (years.length > 0) add(Math.min(...years), groupPoints(group.pointsRequired));
  }
  const listed = Math.min(programmeYears(c) ?? 0, MAX_LISTED_YEARS);
  for (let year = 1; year <= listed; year++) add(year, 0);
  return [...loads.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, points]) => ({
      year,
      points: round(points, 6),
      // A part-time programme schedules its share of a full-time year's points in each year.
      expected: expectedPointsForYear(
        year,
        c.durationMonths,
        c.thresholds.pointsPerYear * (isPositiveFinite(c.intensity) ? c.intensity : 1),
      ),
    }));
}

/** The points scheduled per programme year, see `yearLoadsOf`. */
export function computeYearLoads(c: ValidatableCurriculum): YearLoad[] {
  return yearLoadsOf(normalizeCurriculum(c));
}
