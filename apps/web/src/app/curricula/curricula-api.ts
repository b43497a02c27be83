import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEvent,
  Curriculum,
  CurriculumDiff,
  CurriculumSummary,
  ExportFormatInfo,
  ImportPreview,
  LearningOutcome,
  Page,
  ProgrammeSummary,
  PublishedVersion,
  ReviewComment,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type {
  CreateCurriculumDto,
  CreateOutcomeDto,
  CreateUnitDto,
  CreateWorkBasedLearningDto,
  UpdateCurriculumDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
  UpdateWorkBasedLearningDto,
} from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const base = '/api/v1/curricula';

/** The authoring endpoints a teacher uses; all typed with the shared model. */
/** The files a curriculum can be imported from, by the media type the API takes them as. */
export const IMPORT_MEDIA_TYPES = {
  csv: 'text/csv',
  case: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type ImportFormat = keyof typeof IMPORT_MEDIA_TYPES;

@Injectable({ providedIn: 'root' })
export class CurriculaApi {
  private readonly http = inject(HttpClient);

  list(): Promise<Page<CurriculumSummary>> {
    return firstValueFrom(this.http.get<Page<CurriculumSummary>>(`${base}?pageSize=100`));
  }
  get(id: string): Promise<Curriculum> {
    return firstValueFrom(this.http.get<Curriculum>(`${base}/${id}`));
  }
  create(body: CreateCurriculumDto): Promise<Curriculum> {
    return firstValueFrom(this.http.post<Curriculum>(base, body));
  }
  update(id: string, body: UpdateCurriculumDto): Promise<Curriculum> {
    return firstValueFrom(this.http.patch<Curriculum>(`${base}/${id}`, body));
  }
  duplicate(id: string): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(`${base}/${id}/duplicate`, {}));
  }
  addUnit(id: string, body: CreateUnitDto): Promise<Unit> {
    return firstValueFrom(this.http.post<Unit>(`${base}/${id}/units`, body));
  }
  updateUnit(id: string, unitId: string, body: UpdateUnitDto): Promise<Unit> {
    return firstValueFrom(this.http.patch<Unit>(`${base}/${id}/units/${unitId}`, body));
  }
  deleteUnit(id: string, unitId: string, version: number): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`${base}/${id}/units/${unitId}?version=${version}`),
    );
  }
  reorderUnits(id: string, version: number, ids: string[]): Promise<Curriculum> {
    return firstValueFrom(
      this.http.post<Curriculum>(`${base}/${id}/units/reorder`, { version, ids }),
    );
  }
  addOutcome(id: string, unitId: string, body: CreateOutcomeDto): Promise<LearningOutcome> {
    return firstValueFrom(
      this.http.post<LearningOutcome>(`${base}/${id}/units/${unitId}/outcomes`, body),
    );
  }
  reorderOutcomes(id: string, unitId: string, version: number, ids: string[]): Promise<Unit> {
    return firstValueFrom(
      this.http.post<Unit>(`${base}/${id}/units/${unitId}/outcomes/reorder`, { version, ids }),
    );
  }
  updateOutcome(
    id: string,
    unitId: string,
    outcomeId: string,
    body: UpdateOutcomeDto,
  ): Promise<LearningOutcome> {
    return firstValueFrom(
      this.http.patch<LearningOutcome>(`${base}/${id}/units/${unitId}/outcomes/${outcomeId}`, body),
    );
  }
  deleteOutcome(id: string, unitId: string, outcomeId: string, version: number): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(
        `${base}/${id}/units/${unitId}/outcomes/${outcomeId}?version=${version}`,
      ),
    );
  }
  addPeriod(id: string, body: CreateWorkBasedLearningDto): Promise<WorkBasedLearningPeriod> {
    return firstValueFrom(
      this.http.post<WorkBasedLearningPeriod>(`${base}/${id}/work-based-learning`, body),
    );
  }
  updatePeriod(
    id: string,
    periodId: string,
    body: UpdateWorkBasedLearningDto,
  ): Promise<WorkBasedLearningPeriod> {
    return firstValueFrom(
      this.http.patch<WorkBasedLearningPeriod>(
        `${base}/${id}/work-based-learning/${periodId}`,
        body,
      ),
    );
  }
  deletePeriod(id: string, periodId: string, version: number): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`${base}/${id}/work-based-learning/${periodId}?version=${version}`),
    );
  }
  /** The workflow steps of authors; `reopen` turns a published curriculum into a new draft. */
  transition(id: string, step: 'submit' | 'publish' | 'archive' | 'reopen'): Promise<Curriculum> {
    return firstValueFrom(this.http.post<Curriculum>(`${base}/${id}/${step}`, {}));
  }
  /**
   * The author confirms every value an import filled with a default (the IMPORT-DEFAULT findings)
   * as it is; answers the tree (409: `version` is stale, or the curriculum is not editable now).
   */
  confirmImportedValues(id: string, version: number): Promise<Curriculum> {
    return firstValueFrom(
      this.http.post<Curriculum>(`${base}/${id}/imported-values/confirm`, { version }),
    );
  }
  reviews(id: string): Promise<ReviewComment[]> {
    return firstValueFrom(this.http.get<ReviewComment[]>(`${base}/${id}/reviews`));
  }
  acceptSuggestion(id: string, commentId: string): Promise<ReviewComment> {
    return firstValueFrom(
      this.http.post<ReviewComment>(`${base}/${id}/reviews/${commentId}/accept`, {}),
    );
  }
  /** The other programmes of its qualification (the same `qualificationCode`) the caller may read. */
  programmes(id: string): Promise<ProgrammeSummary[]> {
    return firstValueFrom(this.http.get<ProgrammeSummary[]>(`${base}/${id}/programmes`));
  }
  versions(id: string): Promise<PublishedVersion[]> {
    return firstValueFrom(this.http.get<PublishedVersion[]>(`${base}/${id}/versions`));
  }
  /** The formats of the API's export registry, in display order. */
  exportFormats(): Promise<ExportFormatInfo[]> {
    return firstValueFrom(this.http.get<ExportFormatInfo[]>('/api/v1/export-formats'));
  }
  /**
   * The export route of the curriculum in `format`: `POST` starts it as a background job (the web
   * app's ExportJob); `GET` still answers the file itself, for a plain link.
   */
  exportUrl(id: string, format: string, language?: string, version?: string): string {
    const path = `${base}/${encodeURIComponent(id)}/export/${encodeURIComponent(format)}`;
    const query = [
      ...(language === undefined ? [] : [`lang=${encodeURIComponent(language)}`]),
      ...(version === undefined ? [] : [`version=${encodeURIComponent(version)}`]),
    ];
    return query.length === 0 ? path : `${path}?${query.join('&')}`;
  }
  /**
   * What importing the file would create (or, `update`, change in a curriculum the institution
   * has), with its warnings; nothing is written (422 as the import).
   */
  previewImport(format: ImportFormat, file: Blob): Promise<ImportPreview> {
    return firstValueFrom(
      this.http.post<ImportPreview>(`${base}/import/${format}/preview`, file, {
        headers: { 'Content-Type': IMPORT_MEDIA_TYPES[format] },
      }),
    );
  }

  /**
   * A new draft from a file of one of the import formats, all or nothing (422 with every problem).
   * A CASE package of a curriculum the institution has updates its draft instead (`created: false`);
   * `version` is the one its preview was made against (409 when the curriculum changed since).
   */
  importFile(
    format: ImportFormat,
    file: Blob,
    version?: number,
  ): Promise<{ id: string; created?: boolean }> {
    const query = format === 'case' && version !== undefined ? `?version=${version}` : '';
    return firstValueFrom(
      this.http.post<{ id: string; created?: boolean }>(`${base}/import/${format}${query}`, file, {
        headers: { 'Content-Type': IMPORT_MEDIA_TYPES[format] },
      }),
    );
  }
  /** Who changed what and when (authors of the school, admins). */
  audit(id: string): Promise<AuditEvent[]> {
    return firstValueFrom(this.http.get<AuditEvent[]>(`${base}/${id}/audit`));
  }
  diff(id: string, from: string, to: string): Promise<CurriculumDiff> {
    return firstValueFrom(
      this.http.get<CurriculumDiff>(`${base}/${id}/diff?from=${from}&to=${to}`),
    );
  }
}
