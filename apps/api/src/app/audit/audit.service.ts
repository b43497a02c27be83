import type { AuditEvent } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import { afterCommit } from '../../infrastructure/database/unit-of-work';
import { CurriculumEvents } from '../../infrastructure/events/curriculum-events';
import { UserEntity } from '../accounts/entities/user.entity';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditEntry {
  readonly curriculumId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * The audit trail: written in the same transaction as the change it records. Once that commits,
 * the open editors of the curriculum are told (`CurriculumEvents`): every change is audited, so
 * none is missed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly events: CurriculumEvents) {}

  async record(em: EntityManager, caller: Caller | null, entry: AuditEntry): Promise<void> {
    const { curriculumId } = entry;
    if (curriculumId !== null) {
      afterCommit(em, () =>
        this.events.publish({
          curriculumId,
          type: 'changed',
          data: {
            by: caller?.userId ?? null,
            action: entry.action,
            entityType: entry.entityType,
            entityId: entry.entityId,
          },
        }),
      );
    }
    await em.insert(AuditEventEntity, {
      id: randomUUID(),
      userId: caller?.userId ?? null,
      curriculumId: entry.curriculumId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as object,
      after: (entry.after ?? null) as object,
      at: new Date().toISOString(),
    });
  }

  /** A curriculum's trail, newest first. */
  async list(em: EntityManager, curriculumId: string): Promise<AuditEvent[]> {
    const events = await em.find(AuditEventEntity, {
      where: { curriculumId },
      order: { at: 'DESC' },
      take: 1000,
    });
    const userIds = [
      ...new Set(events.map((e) => e.userId).filter((id): id is string => id !== null)),
    ];
    const users = userIds.length === 0 ? [] : await em.findBy(UserEntity, { id: In(userIds) });
    const emails = new Map(users.map((u) => [u.id, u.email]));
    return events.map((e) => ({
      id: e.id,
      at: e.at,
      userId: e.userId,
      userEmail: e.userId === null ? null : (emails.get(e.userId) ?? null),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
    }));
  }
}
