import { INDUSTRY_40_AREAS } from '@curriculum-builder/curriculum';
import type { LibrarySearchQuery } from '../library-api';

/** Entries per page of results. */
export const PAGE_SIZE = 20;

/** The search's query parameters as the address has them (any of them may be missing or wrong). */
export interface LibraryParams {
  readonly q?: string;
  readonly eqf?: string;
  readonly area?: string;
  readonly language?: string;
  readonly country?: string;
  readonly offset?: string;
}

/** The level from `eqf`, or null when it is no EQF level. */
export function parseEqf(value: string | undefined): number | null {
  const level = Number(value);
  return value !== undefined && Number.isInteger(level) && level >= 1 && level <= 8 ? level : null;
}

/** The start of a page: a multiple of the page size from 0, else 0. */
export function parseOffset(value: string | undefined, pageSize = PAGE_SIZE): number {
  const offset = Number(value);
  return Number.isInteger(offset) && offset > 0 ? offset - (offset % pageSize) : 0;
}

/**
 * The search the address asks for: values the API would refuse (an unknown area, a country or
 * language that is no code) are left out rather than turned into an error.
 */
export function searchOf(params: LibraryParams, pageSize = PAGE_SIZE): LibrarySearchQuery {
  const area = params.area ?? '';
  const language = params.language ?? '';
  const country = params.country ?? '';
  return {
    q: (params.q ?? '').trim(),
    eqf: parseEqf(params.eqf),
    area: (INDUSTRY_40_AREAS as readonly string[]).includes(area) ? area : '',
    language: /^[a-z]{2}$/.test(language) ? language : '',
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
