import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AnonymousSession,
  InterfaceLanguage,
  LoginResponse,
  SessionInfo,
} from '@curriculum-builder/curriculum';
import { may, type Permission, type Role } from '@curriculum-builder/curriculum/policy';
import { firstValueFrom } from 'rxjs';

export type SessionUser = LoginResponse['user'];

/**
 * The logged-in user. The session itself is an HttpOnly cookie the browser sends by itself; this
 * service keeps the user and the CSRF token that cookie-authenticated writes must carry.
 */
@Injectable({ providedIn: 'root' })
export class Auth {
  private readonly http = inject(HttpClient);
  private readonly userSignal = signal<SessionUser | null>(null);
  private csrf: string | null = null;
  private restored: Promise<void> | null = null;

  readonly user = this.userSignal.asReadonly();
  readonly loggedIn = computed(() => this.userSignal() !== null);
  readonly role = computed<Role | null>(() => this.userSignal()?.role ?? null);

  get csrfToken(): string | null {
    return this.csrf;
  }

  /** Picks up an existing session cookie once (after a reload). */
  restore(): Promise<void> {
    this.restored ??= firstValueFrom(
      this.http.get<SessionInfo | AnonymousSession>('/api/v1/auth/session'),
    )
      .then((session) =>
        session.user === null ? this.clear() : this.set(session.user, session.csrfToken),
      )
      .catch(() => this.clear());
    return this.restored;
  }

  async login(email: string, password: string): Promise<SessionUser> {
    const response = await firstValueFrom(
      this.http.post<LoginResponse>('/api/v1/auth/login', { email, password }),
    );
    this.set(response.user, response.csrfToken);
    this.restored = Promise.resolve();
    return response.user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/v1/auth/logout', {}));
    } finally {
      this.clear();
    }
  }

  /** The session ended on the server (401): forget the user. */
  clear(): void {
    this.userSignal.set(null);
    this.csrf = null;
  }

  /** The signed-in user chose an interface language (kept with the account by the caller). */
  noteLanguage(uiLanguage: InterfaceLanguage): void {
    const user = this.userSignal();
    if (user !== null) this.userSignal.set({ ...user, uiLanguage });
  }

  /** Whether the signed-in user's role holds `permission` (the role table of libs/curriculum). */
  may(permission: Permission): boolean {
    return may(this.role(), permission);
  }

  private set(user: SessionUser, csrfToken: string): void {
    this.userSignal.set(user);
    this.csrf = csrfToken;
  }
}
