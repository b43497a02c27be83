import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  EDITABLE_STATUSES,
  type CurriculumSummary,
  type LibraryEntry,
  type LibraryEntryKind,
  type LibraryEntrySummary,
  type LibraryVersion,
  type Page,
  type Unit,
} from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request body is the API's DTO class.
import type { AdoptFromLibraryDto } from '@curriculum-builder/curriculum/dto';
import { type Observable, firstValueFrom } from 'rxjs';

const BASE = '/api/v1/library';

/** A search of the library: blank texts and null numbers are left out of the request. */
export interface LibrarySearchQuery {
  readonly q: string;
  /** Units or whole curricula; '' for both. */
  readonly kind: LibraryEntryKind | '';
  readonly eqf: number | null;
  /** ECVET points at least / at most. */
  readonly minPoints: number | null;
  readonly maxPoints: number | null;
  readonly area: string;
  /** An ESCO skill URI. */
  readonly skill: string;
  /** An ESCO occupation URI: entries with a skill it needs. */
  readonly occupation: string;
  readonly language: string;
  /** The publisher's id. */
  readonly institution: string;
  readonly country: string;
  readonly limit: number;
  readonly offset: number;
}

export interface LibraryPage {
  readonly items: readonly LibraryEntrySummary[];
  readonly total: number;
}

const id = (value: string) => encodeURIComponent(value);

/** The query string of a search: only the filters that are set. */
export function searchParams(search: LibrarySearchQuery): HttpParams {
  let params = new HttpParams().set('limit', search.limit).set('offset', search.offset);
  const q = search.q.trim();
  if (q !== '') params = params.set('q', q);
  if (search.eqf !== null) params = params.set('eqf', search.eqf);
  for (const key of ['area', 'language', 'country'] as const) {
    if (search[key] !== '') params = params.set(key, search[key]);
  }
  for (const key of ['minPoints', 'maxPoints'] as const) {
    const points = search[key];
    if (points !== null) params = params.set(key, points);
  }
  for (const key of ['kind', 'skill', 'occupation', 'institution'] as const) {
    if (search[key] !== '') params = params.set(key, search[key]);
  }
  return params;
}

/**
 * The shared library of units (ADR 0029): search it, read an entry and its versions, and adopt a
 * copy of a unit into a draft of the caller's school.
 */
@Injectable({ providedIn: 'root' })
export class LibraryApi {
  private readonly http = inject(HttpClient);

  /** An Observable, so that a newer search cancels the one still on its way. */
  search(search: LibrarySearchQuery): Observable<LibraryPage> {
    return this.http.get<LibraryPage>(BASE, { params: searchParams(search) });
  }

  entry(entryId: string): Promise<LibraryEntry> {
    return firstValueFrom(this.http.get<LibraryEntry>(`${BASE}/${id(entryId)}`));
  }

  version(entryId: string, number: number): Promise<LibraryVersion> {
    return firstValueFrom(
      this.http.get<LibraryVersion>(`${BASE}/${id(entryId)}/versions/${number}`),
    );
  }

  /**
   * A copy of the entry's unit (the latest version when `version` is left out) in a draft; of a
   * curriculum entry, its unit `unitId`.
   */
  adopt(entryId: string, curriculumId: string, version?: number, unitId?: string): Promise<Unit> {
    const body: AdoptFromLibraryDto = {
      curriculumId,
      ...(version === undefined ? {} : { version }),
      ...(unitId === undefined ? {} : { unitId }),
    };
    return firstValueFrom(this.http.post<Unit>(`${BASE}/${id(entryId)}/adopt`, body));
  }

  /** A curriculum entry's version copied whole as a new draft of the caller's school: its id. */
  copyAsDraft(entryId: string, version: number): Promise<{ id: string }> {
    const body: AdoptFromLibraryDto = { version };
    return firstValueFrom(this.http.post<{ id: string }>(`${BASE}/${id(entryId)}/adopt`, body));
  }

  /**
   * The curricula of the caller's school a unit can be adopted into: those in an editable status
   * (draft, changes requested), by code.
   */
  async editableCurricula(institutionId: string | null): Promise<CurriculumSummary[]> {
    const pages = await Promise.all(
      EDITABLE_STATUSES.map((status) =>
        firstValueFrom(
          this.http.get<Page<CurriculumSummary>>('/api/v1/curricula', {
            params: new HttpParams().set('status', status).set('pageSize', 100),
          }),
        ),
      ),
    );
    return pages
      .flatMap((page) => page.items)
      .filter(
        (curriculum) =>
          curriculum.institutionId === institutionId &&
          EDITABLE_STATUSES.includes(curriculum.status),
      )
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}
