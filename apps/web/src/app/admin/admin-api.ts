import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
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

/** The administration's view of the API: accounts, their reset links, the security log. */
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
}
