import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReviewComment } from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/v1/curricula';

/** Review threads as both sides take part in them: read, reply, resolve and reopen. */
@Injectable({ providedIn: 'root' })
export class ThreadsApi {
  private readonly http = inject(HttpClient);

  reply(curriculumId: string, commentId: string, text: string): Promise<ReviewComment> {
    return firstValueFrom(
      this.http.post<ReviewComment>(`${BASE}/${curriculumId}/reviews/${commentId}/replies`, {
        text,
      }),
    );
  }

  setStatus(
    curriculumId: string,
    commentId: string,
    status: 'open' | 'resolved',
  ): Promise<ReviewComment> {
    const action = status === 'resolved' ? 'resolve' : 'reopen';
    return firstValueFrom(
      this.http.post<ReviewComment>(`${BASE}/${curriculumId}/reviews/${commentId}/${action}`, {}),
    );
  }
}
