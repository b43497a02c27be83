import type { Role } from './policy';

/** A user as the API shows it (never with a password hash). */
export interface UserAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  /** The school of an author, the association of a reviewer; null for admins and learners. */
  readonly institutionId: string | null;
  readonly active: boolean;
}

/** `POST /api/v1/auth/login` → the user, a bearer token and (for the browser) the CSRF token. */
export interface LoginResponse {
  readonly user: Pick<UserAccount, 'id' | 'email' | 'role' | 'institutionId'> & {
    displayName: string;
  };
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** `GET /api/v1/auth/session`: who is logged in on this cookie or token. */
export interface SessionInfo {
  readonly user: LoginResponse['user'];
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** `GET /api/v1/auth/session` without a valid session. */
export interface AnonymousSession {
  readonly user: null;
  readonly csrfToken: null;
  readonly expiresAt: null;
}
