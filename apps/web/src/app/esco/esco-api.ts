import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CoverageInventory,
  CurriculumCoverage,
  EscoOccupation,
  EscoPage,
  EscoSkill,
  EscoSuggestion,
  ReviewComment,
} from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/v1';

/** Whose published curricula an inventory is about, and against which occupations. */
export interface InventoryQuery {
  readonly institution?: string;
  readonly partnership?: string;
  readonly occupations?: string;
}

/** Parameters without the ones left out. */
function params(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(
        (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
      )
      .map(([key, value]) => [key, String(value)]),
  );
}

/** The ESCO catalogue, suggestions and coverage reports (issue #20). */
@Injectable({ providedIn: 'root' })
export class EscoApi {
  private readonly http = inject(HttpClient);

  occupations(q: string, lang: string, limit = 8): Promise<EscoPage<EscoOccupation>> {
    return firstValueFrom(
      this.http.get<EscoPage<EscoOccupation>>(`${BASE}/esco/occupations`, {
        params: params({ q, lang, limit }),
      }),
    );
  }

  skills(q: string, lang: string, limit = 8): Promise<EscoPage<EscoSkill>> {
    return firstValueFrom(
      this.http.get<EscoPage<EscoSkill>>(`${BASE}/esco/skills`, {
        params: params({ q, lang, limit }),
      }),
    );
  }

  suggestions(query: {
    text: string;
    context?: string;
    occupation?: string;
    lang: string;
    exclude: readonly string[];
  }): Promise<EscoPage<EscoSuggestion>> {
    return firstValueFrom(
      this.http.get<EscoPage<EscoSuggestion>>(`${BASE}/esco/suggestions`, {
        params: params({
          text: query.text,
          context: query.context,
          occupation: query.occupation,
          lang: query.lang,
          exclude: query.exclude.join(','),
        }),
      }),
    );
  }

  coverage(curriculumId: string, lang: string): Promise<CurriculumCoverage> {
    return firstValueFrom(
      this.http.get<CurriculumCoverage>(`${BASE}/curricula/${curriculumId}/coverage`, {
        params: params({ lang }),
      }),
    );
  }

  /** Where the report's CSV is downloaded. */
  coverageCsvUrl(curriculumId: string, lang: string): string {
    return `${BASE}/curricula/${curriculumId}/coverage?format=csv&lang=${encodeURIComponent(lang)}`;
  }

  /** The inventory of an institution's or a network's published curricula (`occupations`: URIs, comma-separated). */
  inventory(query: InventoryQuery, lang: string): Promise<CoverageInventory> {
    return firstValueFrom(
      this.http.get<CoverageInventory>(`${BASE}/coverage`, { params: params({ ...query, lang }) }),
    );
  }

  /** Where the inventory's CSV is downloaded. */
  inventoryCsvUrl(query: InventoryQuery, lang: string): string {
    const search = new URLSearchParams(params({ ...query, lang, format: 'csv' }));
    return `${BASE}/coverage?${search.toString()}`;
  }

  /** The review threads of a curriculum (those about skills are filtered by the caller). */
  threads(curriculumId: string): Promise<ReviewComment[]> {
    return firstValueFrom(
      this.http.get<ReviewComment[]>(`${BASE}/curricula/${curriculumId}/reviews`),
    );
  }

  /** A reviewer's comment on a skill of the target occupation (a gap). */
  commentOnSkill(
    curriculumId: string,
    skillId: string,
    verdict: 'agree' | 'suggest-change' | 'disagree',
    text: string,
  ): Promise<ReviewComment> {
    return firstValueFrom(
      this.http.post<ReviewComment>(`${BASE}/curricula/${curriculumId}/reviews`, {
        targetType: 'esco-skill',
        targetId: skillId,
        verdict,
        text,
      }),
    );
  }
}
