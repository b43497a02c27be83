import {
  ESCO_OCCUPATION_PATTERN,
  ESCO_SKILL_PATTERN,
  INDUSTRY_40_AREAS,
  LIBRARY_ENTRY_KINDS,
  type LibraryEntryKind,
} from '@curriculum-builder/curriculum';
import type { LibrarySearchQuery } from '../library-api';

/** Entries per page of results. */
export const PAGE_SIZE = 20;

/** The search's query parameters as the address has them (any of them may be missing or wrong). */
export interface LibraryParams {
  readonly q?: string;
  readonly kind?: string;
  readonly eqf?: string;
  readonly minPoints?: string;
  readonly maxPoints?: string;
  readonly area?: string;
  readonly skill?: string;
  readonly occupation?: string;
  readonly language?: string;
  readonly institution?: string;
  readonly country?: string;
  readonly offset?: string;
}

/** The most ECVET points the API takes as a bound of a search. */
export const MAX_POINTS = 1000;

/** How long a label kept in the address for a chip may be. */
const MAX_LABEL = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The level from `eqf`, or null when it is no EQF level. */
export function parseEqf(value: string | undefined): number | null {
  const level = Number(value);
  return value !== undefined && Number.isInteger(level) && level >= 1 && level <= 8 ? level : null;
}

/** What kind of entry `kind` asks for, or '' (both) when it is none. */
export function parseKind(value: string | undefined): LibraryEntryKind | '' {
  return LIBRARY_ENTRY_KINDS.find((kind) => kind === value) ?? '';
}

/** A bound of ECVET points from 0 to 1000 (`7.5` too), or null when it is no such number. */
export function parsePoints(value: string | undefined): number | null {
  const text = value?.trim() ?? '';
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const points = Number(text);
  return points <= MAX_POINTS ? points : null;
}

/**
 * The words a chip shows for a filter: the label the address keeps beside the value (trimmed,
 * cut to a sensible length), else `fallback`.
 */
export function chipLabel(label: string | undefined, fallback: string): string {
  const text = (label ?? '').trim().replace(/\s+/g, ' ');
  return text === '' ? fallback : text.slice(0, MAX_LABEL);
}

/** The start of a page: a multiple of the page size from 0, else 0. */
export function parseOffset(value: string | undefined, pageSize = PAGE_SIZE): number {
  const offset = Number(value);
  return Number.isInteger(offset) && offset > 0 ? offset - (offset % pageSize) : 0;
}

/**
 * The search the address asks for: values the API would refuse (an unknown area or kind, a
 * country or language that is no code, points out of 0–1000, a skill, occupation or institution
 * that is no ESCO URI or id) are left out rather than turned into an error.
 */
export function searchOf(params: LibraryParams, pageSize = PAGE_SIZE): LibrarySearchQuery {
  const area = params.area ?? '';
  const language = params.language ?? '';
  const country = params.country ?? '';
  const skill = params.skill ?? '';
  const occupation = params.occupation ?? '';
  const institution = params.institution ?? '';
  return {
    q: (params.q ?? '').trim(),
    kind: parseKind(params.kind),
    eqf: parseEqf(params.eqf),
    minPoints: parsePoints(params.minPoints),
    maxPoints: parsePoints(params.maxPoints),
    area: (INDUSTRY_40_AREAS as readonly string[]).includes(area) ? area : '',
    skill: ESCO_SKILL_PATTERN.test(skill) ? skill : '',
    occupation: ESCO_OCCUPATION_PATTERN.test(occupation) ? occupation : '',
    language: /^[a-z]{2}$/.test(language) ? language : '',
    institution: UUID.test(institution) ? institution : '',
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    limit: pageSize,
    offset: parseOffset(params.offset, pageSize),
  };
}

/** Where a page of results stands: "21–40 of 57", and whether there are pages before and after. */
export interface PageInfo {
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly previous: number | null;
  readonly next: number | null;
}

export function pageInfo(
  offset: number,
  shown: number,
  total: number,
  pageSize = PAGE_SIZE,
): PageInfo {
  return {
    from: shown === 0 ? 0 : offset + 1,
    to: offset + shown,
    total,
    previous: offset > 0 ? Math.max(0, offset - pageSize) : null,
    next: offset + pageSize < total ? offset + pageSize : null,
  };
}
