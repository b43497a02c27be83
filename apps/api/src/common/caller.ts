import type { InterfaceLanguage, Role } from '@curriculum-builder/curriculum';

/** Who is calling: resolved from the session cookie or the bearer token by the AuthGuard. */
export interface Caller {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly institutionId: string | null;
  readonly uiLanguage: InterfaceLanguage | null;
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  /** Cookie-authenticated writes must carry the CSRF token; bearer tokens are not sent ambiently. */
  readonly via: 'cookie' | 'bearer';
}

/** The request as the guard leaves it. */
export interface CallerRequest {
  caller?: Caller;
  /** Set once the credentials of the request were looked at (whether or not they were valid). */
  callerResolved?: boolean;
}
