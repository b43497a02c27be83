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
      const session = await em.findOneBy(SessionEntity, { id });
      if (session === null) return null;
      const now = Date.now();
      const idle = now - Date.parse(session.lastSeenAt) > IDLE_LIFETIME_MS;
      const user = await em.findOneBy(UserEntity, { id: session.userId });
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
  async revokeAllOf(em: EntityManager, userId: string, keep?: string): Promise<void> {
    await em.delete(SessionEntity, keep === undefined ? { userId } : { userId, id: Not(keep) });
  }

  /** Removes sessions past their absolute lifetime (called on login). */
  async purgeExpired(em: EntityManager): Promise<void> {
    await em.delete(SessionEntity, { expiresAt: LessThan(new Date().toISOString()) });
  }
}
