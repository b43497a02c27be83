import type { SecurityEvent, SecurityEventAction } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, LessThan } from 'typeorm';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { SecurityEventEntity } from './entities/security-event.entity';
import { UserEntity } from './entities/user.entity';

/** How long the security log keeps an entry (it holds client addresses: personal data). */
export const SECURITY_EVENT_RETENTION_DAYS = 90;

export interface SecurityEntry {
  readonly action: SecurityEventAction;
  readonly userId: string | null;
  readonly byUserId?: string | null;
  readonly address: string | null;
  readonly detail?: string | null;
}

export interface SecurityEventQuery {
  readonly userId?: string;
  readonly action?: SecurityEventAction;
  readonly limit?: number;
}

/**
 * The security log (ASVS V16): who logged in or failed to, from where, which back-offs began, and
 * every password change and reset. Never a password, a token or an e-mail typed for an account
 * that does not exist. Admins read it; entries older than the retention are purged at logins.
 */
@Injectable()
export class SecurityLogService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Records an entry inside the caller's transaction. */
  async record(em: EntityManager, entry: SecurityEntry): Promise<void> {
    await em.insert(SecurityEventEntity, {
      id: randomUUID(),
      at: new Date().toISOString(),
      action: entry.action,
      userId: entry.userId,
      byUserId: entry.byUserId ?? null,
      address: entry.address?.slice(0, 45) ?? null,
      detail: entry.detail?.slice(0, 200) ?? null,
    });
  }

  /** Records an entry in a transaction of its own. */
  recordNow(entry: SecurityEntry): Promise<void> {
    return this.unitOfWork.write((em) => this.record(em, entry));
  }

  async purgeOld(em: EntityManager): Promise<void> {
    const before = new Date(Date.now() - SECURITY_EVENT_RETENTION_DAYS * 86_400_000);
    await em.delete(SecurityEventEntity, { at: LessThan(before.toISOString()) });
  }

  list(query: SecurityEventQuery): Promise<SecurityEvent[]> {
    return this.unitOfWork.read(async (em) => {
      const events = await em.find(SecurityEventEntity, {
        where: {
          ...(query.userId === undefined ? {} : { userId: query.userId }),
          ...(query.action === undefined ? {} : { action: query.action }),
        },
        order: { at: 'DESC', id: 'ASC' },
        take: query.limit ?? 200,
      });
      const ids = [...new Set(events.flatMap((e) => (e.userId === null ? [] : [e.userId])))];
      const users = ids.length === 0 ? [] : await em.findBy(UserEntity, { id: In(ids) });
      const emails = new Map(users.map((u) => [u.id, u.email]));
      return events.map((e) => ({
        id: e.id,
        at: e.at,
        action: e.action,
        userId: e.userId,
        userEmail: e.userId === null ? null : (emails.get(e.userId) ?? null),
        byUserId: e.byUserId,
        address: e.address,
        detail: e.detail,
      }));
    });
  }
}
