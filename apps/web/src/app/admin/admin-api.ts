import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LearnerSummary,
  PasswordResetLink,
  SecurityEvent,
  SecurityEventAction,
  UserAccount,
} from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type { UpdateUserDto } from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

/** Which security events to read (`GET /api/v1/security-events`). */
export interface SecurityEventFilter {
  readonly action?: SecurityEventAction;
  readonly userId?: string;
  readonly limit?: number;
}

/**
 * The administration's view of the API: accounts, their reset links, the security log; learners'
 * personal data (export and erasure).
 */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  users(): Promise<UserAccount[]> {
    return firstValueFrom(this.http.get<UserAccount[]>('/api/v1/users'));
  }

  updateUser(id: string, body: UpdateUserDto): Promise<UserAccount> {
    return firstValueFrom(
      this.http.patch<UserAccount>(`/api/v1/users/${encodeURIComponent(id)}`, body),
    );
  }

  /** A new one-time link to set a password; earlier links of the account stop working. */
  issueResetLink(id: string): Promise<PasswordResetLink> {
    return firstValueFrom(
      this.http.post<PasswordResetLink>(
        `/api/v1/users/${encodeURIComponent(id)}/password-reset`,
        {},
      ),
    );
  }

  /** Newest first. */
  async securityEvents(filter: SecurityEventFilter = {}): Promise<SecurityEvent[]> {
    const params: Record<string, string | number> = {};
    if (filter.action !== undefined) params['action'] = filter.action;
    if (filter.userId !== undefined) params['userId'] = filter.userId;
    if (filter.limit !== undefined) params['limit'] = filter.limit;
    const page = await firstValueFrom(
      this.http.get<{ items: SecurityEvent[] }>('/api/v1/security-events', { params }),
    );
    return page.items;
  }

  /** Every learner of every school (an erased one: name "—", no learner number). */
  learners(): Promise<LearnerSummary[]> {
    return firstValueFrom(this.http.get<LearnerSummary[]>('/api/v1/learners'));
  }

  /** Everything stored about a learner, as one JSON document (the right of access). */
  exportLearner(id: string): Promise<object> {
    return firstValueFrom(
      this.http.get<object>(`/api/v1/learners/${encodeURIComponent(id)}/export`),
    );
  }

  /**
   * Erases a learner's names, date of birth, learner number and account link; the results stay
   * as anonymised statistics.
   */
  eraseLearner(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/v1/learners/${encodeURIComponent(id)}`));
  }
}
