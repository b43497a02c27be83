import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Curriculum,
  CurriculumSummary,
  Learner,
  LearnerRecord,
  LearnerSummary,
  Page,
} from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type { CreateLearnerDto, RecordAchievementDto } from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/v1/learners';

/**
 * Learners and their records: the school's learners (a learner: only themself), enrolment, the
 * record with its points, results and recognised prior learning, the Europass credential.
 */
@Injectable({ providedIn: 'root' })
export class LearnersApi {
  private readonly http = inject(HttpClient);

  /** Staff: the learners of their school; a learner: one item, themself. */
  learners(): Promise<LearnerSummary[]> {
    return firstValueFrom(this.http.get<LearnerSummary[]>(BASE));
  }

  learner(id: string): Promise<Learner> {
    return firstValueFrom(this.http.get<Learner>(`${BASE}/${encodeURIComponent(id)}`));
  }

  enrol(body: CreateLearnerDto): Promise<Learner> {
    return firstValueFrom(this.http.post<Learner>(BASE, body));
  }

  record(id: string): Promise<LearnerRecord> {
    return firstValueFrom(this.http.get<LearnerRecord>(`${BASE}/${encodeURIComponent(id)}/record`));
  }

  /** A result of the school's assessment, or recognised prior learning (`evidence`); the new record. */
  recordAchievement(id: string, body: RecordAchievementDto): Promise<LearnerRecord> {
    return firstValueFrom(
      this.http.post<LearnerRecord>(`${BASE}/${encodeURIComponent(id)}/achievements`, body),
    );
  }

  deleteAchievement(id: string, achievementId: string): Promise<LearnerRecord> {
    return firstValueFrom(
      this.http.delete<LearnerRecord>(
        `${BASE}/${encodeURIComponent(id)}/achievements/${encodeURIComponent(achievementId)}`,
      ),
    );
  }

  /** The record as a Europass ELM credential (JSON-LD), for a download link. */
  elmUrl(id: string): string {
    return `${BASE}/${encodeURIComponent(id)}/record/elm`;
  }

  /** The published curricula a learner can be enrolled in (and an MoU be about). */
  async publishedCurricula(): Promise<CurriculumSummary[]> {
    const page = await firstValueFrom(
      this.http.get<Page<CurriculumSummary>>('/api/v1/curricula', {
        params: { status: 'published', pageSize: 100 },
      }),
    );
    return [...page.items];
  }

  /** A curriculum's tree: its units and their learning outcomes (for the pickers). */
  curriculum(id: string): Promise<Curriculum> {
    return firstValueFrom(this.http.get<Curriculum>(`/api/v1/curricula/${encodeURIComponent(id)}`));
  }
}
