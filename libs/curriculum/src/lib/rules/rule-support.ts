import { LIMITS } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import type {
  NormalizedCurriculum,
  NormalizedElectiveGroup,
  NormalizedUnit,
  NormalizedWblPeriod,
} from './normalize';

/* Small helpers shared by the rule families. Internal to the engine. */

export type MessageLanguage = 'en' | 'de';

/** The most terms a year is divided into. */
export const MAX_TERM = LIMITS.unit.term.max;

/** Sums of floating-point points are compared with this slack. */
const EPSILON = 1e-6;

/**
 * Whether two sums are the same: within floating-point slack, or the same at the precision the
 * messages show (2 decimals), so that no finding ever reads "together 210, but … has 210".
 */
export function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < EPSILON || round(a) === round(b);
}

export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number for a message: at most two decimals, decimal comma in German. */
export function fmt(value: number, language: MessageLanguage): string {
  if (Number.isNaN(value)) return language === 'de' ? 'keine Zahl' : 'not a number';
  if (!Number.isFinite(value)) return language === 'de' ? 'unendlich' : 'infinite';
  const s = String(round(value));
  return language === 'de' ? s.replace('.', ',') : s;
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

/** A term of a year: whole, from 1 to the most a year is divided into (quarters, `LIMITS`). */
export function isValidTerm(term: number | null): boolean {
  return term === null || (Number.isInteger(term) && term >= 1 && term <= MAX_TERM);
}

export function textIn(text: LocalizedText, language: string): string {
  const value = Object.prototype.hasOwnProperty.call(text, language) ? text[language] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

export function hasText(text: LocalizedText, language: string): boolean {
  return textIn(text, language) !== '';
}

export function hasAnyText(text: LocalizedText): boolean {
  return Object.values(text).some((value) => value.trim() !== '');
}

/** How a unit is named in messages: its code, or its position when it has none. */
export function unitName(unit: NormalizedUnit, index: number): string {
  const code = unit.code.trim();
  return code !== '' ? code : `#${index + 1}`;
}

/** How a WBL period is named in messages: its position and its title in the primary language. */
export function wblName(
  period: NormalizedWblPeriod,
  index: number,
  primaryLanguage: string,
  language: MessageLanguage,
): string {
  const title = textIn(period.title, primaryLanguage);
  if (title === '') return `${index + 1}`;
  return language === 'de' ? `${index + 1} „${title}“` : `${index + 1} "${title}"`;
}

export function quote(value: string, language: MessageLanguage): string {
  return language === 'de' ? `„${value}“` : `"${value}"`;
}

export function unitPath(index: number, field?: string): string {
  return field === undefined ? `units[${index}]` : `units[${index}].${field}`;
}

export function wblPath(index: number, field?: string): string {
  return field === undefined
    ? `workBasedLearning[${index}]`
    : `workBasedLearning[${index}].${field}`;
}

/**
 * Whether slot `a` is scheduled before slot `b` (an earlier year, or an earlier term of its year);
 * false when either is invalid.
 */
export function comesBefore(
  a: { year: number; term: number | null },
  b: { year: number; term: number | null },
): boolean {
  const slots = [a, b];
  if (!slots.every((s) => isValidYear(s.year) && isValidTerm(s.term))) return false;
  if (a.year !== b.year) return a.year < b.year;
  return a.term !== null && b.term !== null && a.term < b.term;
}

/**
 * Where a unit ends: its end year (its start year when it spans none) and its end term (the whole
 * year when it ends in a later year without a term; its start term when it spans nothing).
 */
export function endSlot(unit: NormalizedUnit): { year: number; term: number | null } {
  if (unit.endYear === null && unit.endTerm === null) return { year: unit.year, term: unit.term };
  return { year: unit.endYear ?? unit.year, term: unit.endTerm };
}

/** Slot of a unit or WBL period in a message: `year 2, term 1` or `year 2`. */
export function slotText(year: number, term: number | null, language: MessageLanguage): string {
  if (language === 'de') {
    return term === null
      ? `Jahr ${fmt(year, 'de')}`
      : `Jahr ${fmt(year, 'de')}, Abschnitt ${fmt(term, 'de')}`;
  }
  return term === null
    ? `year ${fmt(year, 'en')}`
    : `year ${fmt(year, 'en')}, term ${fmt(term, 'en')}`;
}
