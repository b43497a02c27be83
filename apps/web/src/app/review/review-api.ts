import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  IN_REVIEW_STATUSES,
  type Curriculum,
  type CurriculumStatus,
  type CurriculumSummary,
  type Page,
  type ReviewComment,
  type ReviewSummary,
} from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';
import type { CommentBody } from './review-walk';

/** The statuses of curricula a reviewer works on (a review round's): waiting for a decision first. */
export const QUEUE_STATUSES: readonly CurriculumStatus[] = IN_REVIEW_STATUSES;

const BASE = '/api/v1/curricula';

/** The review area's view of the API: the queue, a curriculum's working copy, comments, decisions. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);

  /**
   * The curricula submitted to the reviewer's association. For a reviewer the API shows the working
   * copy (and its real status) only of those; everything else appears as `published`.
   */
  async queue(): Promise<CurriculumSummary[]> {
    const pages = await Promise.all(
      QUEUE_STATUSES.map((status) =>
        firstValueFrom(
          this.http.get<Page<CurriculumSummary>>(BASE, { params: { status, pageSize: 100 } }),
        ),
      ),
    );
    return pages.flatMap((page) => page.items);
  }

  curriculum(id: string): Promise<Curriculum> {
    return firstValueFrom(this.http.get<Curriculum>(`${BASE}/${id}`));
  }

  comments(id: string): Promise<ReviewComment[]> {
    return firstValueFrom(this.http.get<ReviewComment[]>(`${BASE}/${id}/reviews`));
  }

  summary(id: string): Promise<ReviewSummary> {
    return firstValueFrom(this.http.get<ReviewSummary>(`${BASE}/${id}/reviews/summary`));
  }

  comment(id: string, body: CommentBody): Promise<ReviewComment> {
    return firstValueFrom(this.http.post<ReviewComment>(`${BASE}/${id}/reviews`, body));
  }

  /** `approve` or `request-changes`; answers the curriculum in its new status (409 when not in review). */
  decide(
    id: string,
    decision: 'approve' | 'request-changes',
    overrideReason?: string,
  ): Promise<Curriculum> {
    const body = overrideReason === undefined ? {} : { overrideReason };
    return firstValueFrom(this.http.post<Curriculum>(`${BASE}/${id}/${decision}`, body));
  }
}
