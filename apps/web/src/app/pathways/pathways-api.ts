import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Curriculum,
  CurriculumSummary,
  Page,
  PublishedVersion,
} from '@curriculum-builder/curriculum/model';
import type { Observable } from 'rxjs';

export interface CatalogueQuery {
  readonly q: string;
  readonly eqfLevel: number | null;
  readonly pageSize?: number;
}

const BASE = '/api/v1/curricula';

/**
 * The public, read-only side of the curricula API: what learners and anonymous visitors see is the
 * latest published version of each curriculum.
 */
@Injectable({ providedIn: 'root' })
export class PathwaysApi {
  private readonly http = inject(HttpClient);

  list(query: CatalogueQuery): Observable<Page<CurriculumSummary>> {
    let params = new HttpParams().set('pageSize', query.pageSize ?? 100);
    if (query.q.trim() !== '') params = params.set('q', query.q.trim());
    if (query.eqfLevel !== null) params = params.set('eqfLevel', query.eqfLevel);
    return this.http.get<Page<CurriculumSummary>>(BASE, { params });
  }

  get(id: string): Observable<Curriculum> {
    return this.http.get<Curriculum>(`${BASE}/${encodeURIComponent(id)}`);
  }

  versions(id: string): Observable<PublishedVersion[]> {
    return this.http.get<PublishedVersion[]>(`${BASE}/${encodeURIComponent(id)}/versions`);
  }

  /**
   * The learner pathway as a PDF in one content language: `POST` renders it as a background job
   * (ExportJob), `GET` still answers the file itself.
   */
  pathwayPdfUrl(id: string, language: string): string {
    return `${BASE}/${encodeURIComponent(id)}/export/pathway-pdf?lang=${encodeURIComponent(language)}`;
  }

  /** The whole curriculum document as a PDF in one content language. */
  documentPdfUrl(id: string, language: string): string {
    return `${BASE}/${encodeURIComponent(id)}/export/pdf?lang=${encodeURIComponent(language)}`;
  }
}
