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

/** The languages the interface speaks (ADR 0024); an account may keep one as its own. */
export const INTERFACE_LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The shortest password an account may have (ASVS 5.0 V6.2.1 allows 8, recommends 15). */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * `POST /api/v1/auth/login` → the user, the CSRF token and a session cookie. The bearer `token` is
 * in the body only for clients that ask for it (`bearer: true`) or that are not a browser (no
 * `Sec-Fetch-Site` header): a page never sees the token its HttpOnly cookie holds.
 */
export interface LoginResponse {
  readonly user: Pick<UserAccount, 'id' | 'email' | 'role' | 'institutionId'> & {
    displayName: string;
    /** The interface language the user chose, on any device; null until they choose one. */
    uiLanguage: InterfaceLanguage | null;
  };
  readonly token?: string;
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

/** `POST /api/v1/users/:id/password-reset` (admin): a one-time link to set a new password. */
export interface PasswordResetLink {
  /** `<public URL>/reset-password#token=…`: the token is in the fragment, never sent to a server log. */
  readonly link: string;
  readonly expiresAt: string;
}

/** What the security log records: logins, back-offs and password changes. */
export const SECURITY_EVENT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'login.throttled',
  'password.changed',
  'password.reset-issued',
  'password.reset-used',
  'account.created',
] as const;
export type SecurityEventAction = (typeof SECURITY_EVENT_ACTIONS)[number];

/** `GET /api/v1/security-events` (admin): one entry of the security log, newest first. */
export interface SecurityEvent {
  readonly id: string;
  readonly at: string;
  readonly action: SecurityEventAction;
  /** The account concerned; null for an attempt with an e-mail that has no account. */
  readonly userId: string | null;
  readonly userEmail: string | null;
  /** Who did it, when not the account itself (the admin issuing a reset link). */
  readonly byUserId: string | null;
  /** The client address (behind a trusted proxy: from X-Forwarded-For); null from the CLI. */
  readonly address: string | null;
  /** e.g. why a login failed (`wrong-password`, `inactive`, `unknown-account`) or the back-off. */
  readonly detail: string | null;
}
