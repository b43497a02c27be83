import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, LessThan, Not } from 'typeorm';
import type { Caller } from '../../common/caller';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

/** A session ends after this long without a request… */
export const IDLE_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** …and at the latest this long after login. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often (one write per minute, not per request). */
const TOUCH_INTERVAL_MS = 60 * 1000;

const SESSION_WITH_USER = `SELECT s.user_id, s.csrf_token, s.last_seen_at, s.expires_at,
  u.id, u.email, u.display_name, u.role, u.institution_id, u.ui_language, u.active
  FROM user_session s LEFT JOIN user_account u ON u.id = s.user_id WHERE s.id = :id`;

/** A row of `SESSION_WITH_USER`; the user's columns are null when the account is gone. */
interface SessionRow {
  readonly user_id: string;
  readonly csrf_token: string;
  readonly last_seen_at: string;
  readonly expires_at: string;
  readonly id: string | null;
  readonly email: string;
  readonly display_name: string;
  readonly role: UserEntity['role'];
  readonly institution_id: string | null;
  readonly ui_language: UserEntity['uiLanguage'];
  readonly active: boolean | number | null;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: usable as an HttpOnly cookie or as a bearer token. */
@Injectable()
export class SessionsService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** A new session; the token is returned once and only its hash is stored. */
  async create(
    em: EntityManager,
    userId: string,
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session = em.create(SessionEntity, {
      id: sha256(token),
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ABSOLUTE_LIFETIME_MS).toISOString(),
    });
    await em.insert(SessionEntity, session);
    return { token, session };
  }

  /** The caller behind a token, or null when the session is unknown, expired or the user inactive. */
  resolve(token: string, via: Caller['via']): Promise<Caller | null> {
    return this.unitOfWork.read(async (em) => {
      const id = sha256(token);
      const found = await this.sessionWithUser(em, id);
      if (found === null) return null;
      const { session, user } = found;
      const now = Date.now();
      const idle = now - Date.parse(session.lastSeenAt) > IDLE_LIFETIME_MS;
      if (idle || now >= Date.parse(session.expiresAt) || user === null || !user.active) {
        await em.delete(SessionEntity, { id });
        return null;
      }
      if (now - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
        await em.update(SessionEntity, { id }, { lastSeenAt: new Date(now).toISOString() });
      }
      return {
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        institutionId: user.institutionId,
        uiLanguage: user.uiLanguage,
        sessionId: id,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        via,
      };
    });
  }

  revoke(sessionId: string): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      await em.delete(SessionEntity, { id: sessionId });
    });
  }

  /** Ends every session of a user at once (deactivation, a new password), but `keep`. */
  /**
   * A session and its user in one statement: every request that is signed in asks this, so it is
   * one join, written once, not two entity look-ups through the query builder.
   */
  private async sessionWithUser(
    em: EntityManager,
    id: string,
  ): Promise<{
    session: Pick<SessionEntity, 'userId' | 'csrfToken' | 'lastSeenAt' | 'expiresAt'>;
    user: Pick<
      UserEntity,
      'id' | 'email' | 'displayName' | 'role' | 'institutionId' | 'uiLanguage' | 'active'
    > | null;
  } | null> {
    const [sql, parameters] = em.connection.driver.escapeQueryWithParameters(SESSION_WITH_USER, {
      id,
    });
    const rows: SessionRow[] = await em.query(sql, parameters);
    const row = rows[0];
    if (row === undefined) return null;
    return {
      session: {
        userId: row.user_id,
        csrfToken: row.csrf_token,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      },
      user:
        row.id === null
          ? null
          : {
              id: row.id,
              email: row.email,
              displayName: row.display_name,
              role: row.role,
              institutionId: row.institution_id,
              uiLanguage: row.ui_language,
              // SQLite gives 1 or 0, PostgreSQL a boolean.
              active: row.active === true || row.active === 1,
            },
    };
  }

  async revokeAllOf(em: EntityManager, userId: string, keep?: string): Promise<void> {
    await em.delete(SessionEntity, keep === undefined ? { userId } : { userId, id: Not(keep) });
  }

  /** Removes sessions past their absolute lifetime (called on login). */
  async purgeExpired(em: EntityManager): Promise<void> {
    await em.delete(SessionEntity, { expiresAt: LessThan(new Date().toISOString()) });
  }
}
