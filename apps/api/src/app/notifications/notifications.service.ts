import {
  rolesWith,
  type AppNotification,
  type NotificationKind,
  type NotificationList,
  msg,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import { NotFoundError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { UserEntity } from '../accounts/entities/user.entity';
import { CurriculumEntity, SubmissionEntity } from '../curricula';
import { EmailOutboxEntity } from './entities/email-outbox.entity';
import { NotificationEntity } from './entities/notification.entity';
import { mailFor } from './notification-mail';

/** Something that happened to a curriculum, told to those it concerns (never to the actor). */
export type NotificationEvent =
  | { readonly kind: 'submitted'; readonly curriculumId: string; readonly actorId: string }
  | {
      readonly kind: 'review-finished';
      readonly curriculumId: string;
      readonly actorId: string;
      readonly detail: 'approved' | 'changes-requested';
    }
  | {
      readonly kind: 'suggestion';
      readonly curriculumId: string;
      readonly actorId: string;
      readonly commentId: string;
    }
  | {
      readonly kind: 'reply';
      readonly curriculumId: string;
      readonly actorId: string;
      readonly commentId: string;
      /** Who wrote in the thread so far (the reviewers among them only while they review it). */
      readonly participantIds: readonly string[];
    }
  | {
      readonly kind: 'library-update';
      readonly curriculumId: string;
      readonly actorId: string;
      /** The code of the unit adopted from the entry. */
      readonly detail: string;
    }
  | {
      /** To the offerer's accounts: a school asks for places for a WBL period of the curriculum. */
      readonly kind: 'placement-request';
      readonly curriculumId: string;
      readonly actorId: string;
      readonly offererId: string;
      /** How many places are asked for. */
      readonly detail: string;
    }
  | {
      readonly kind: 'placement-answer';
      readonly curriculumId: string;
      readonly actorId: string;
      readonly detail: 'accepted' | 'declined';
    };

const AUTHORS = rolesWith('curriculum.write');
const REVIEWERS = rolesWith('curriculum.review');
const OFFERERS = rolesWith('placement.offer');
/** The newest notifications a list shows. */
const PAGE = 50;

/**
 * In-app notifications and their e-mails. `notify` runs inside the transaction of the change it
 * tells about, so a notification exists exactly when the change does.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async notify(em: EntityManager, event: NotificationEvent): Promise<void> {
    const curriculum = await em.findOneByOrFail(CurriculumEntity, { id: event.curriculumId });
    const recipients = (await this.recipients(em, curriculum, event)).filter(
      (user) => user.id !== event.actorId,
    );
    if (recipients.length === 0) return;
    const createdAt = nowIso();
    const notifications = recipients.map((user): NotificationEntity => ({
      id: randomUUID(),
      userId: user.id,
      curriculumId: curriculum.id,
      kind: event.kind,
      commentId: 'commentId' in event ? event.commentId : null,
      detail: 'detail' in event ? event.detail : null,
      createdAt,
      readAt: null,
    }));
    // One statement each, whatever the number of recipients (the event's transaction is open).
    await em.insert(NotificationEntity, notifications);
    await em.insert(
      EmailOutboxEntity,
      notifications.map((notification, i) => ({
        id: randomUUID(),
        notificationId: notification.id,
        toEmail: recipients[i].email,
        ...mailFor(notification, curriculum, {
          forReviewer: REVIEWERS.includes(recipients[i].role),
          uiLanguage: recipients[i].uiLanguage,
        }),
        createdAt,
        sentAt: null,
      })),
    );
  }

  list(caller: Caller): Promise<NotificationList> {
    return this.unitOfWork.read((em) => this.listIn(em, caller));
  }

  /** Marks one of the caller's notifications read (404 for anybody else's). */
  markRead(caller: Caller, id: string): Promise<NotificationList> {
    return this.unitOfWork.write(async (em) => {
      const found = await em.findOneBy(NotificationEntity, { id, userId: caller.userId });
      if (found === null) throw new NotFoundError(msg`Notification`, id);
      if (found.readAt === null) await em.update(NotificationEntity, { id }, { readAt: nowIso() });
      return this.listIn(em, caller);
    });
  }

  markAllRead(caller: Caller): Promise<NotificationList> {
    return this.unitOfWork.write(async (em) => {
      await em.update(
        NotificationEntity,
        { userId: caller.userId, readAt: IsNull() },
        { readAt: nowIso() },
      );
      return this.listIn(em, caller);
    });
  }

  private async listIn(em: EntityManager, caller: Caller): Promise<NotificationList> {
    const rows = await em.find(NotificationEntity, {
      where: { userId: caller.userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: PAGE,
    });
    const unread = await em.countBy(NotificationEntity, {
      userId: caller.userId,
      readAt: IsNull(),
    });
    const curricula = new Map(
      (
        await em.find(CurriculumEntity, {
          where: { id: In([...new Set(rows.map((r) => r.curriculumId))]) },
          select: { id: true, code: true, title: true },
        })
      ).map((c) => [c.id, c]),
    );
    const items = rows.map((row): AppNotification => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      curriculumId: row.curriculumId,
      curriculumCode: curricula.get(row.curriculumId)?.code ?? '',
      curriculumTitle: curricula.get(row.curriculumId)?.title ?? {},
      commentId: row.commentId,
      detail: row.detail,
      createdAt: row.createdAt,
      readAt: row.readAt,
    }));
    return { items, unread };
  }

  /**
   * The active accounts an event concerns: the school's authors, the associations' reviewers, or
   * a placement offerer's accounts.
   */
  private async recipients(
    em: EntityManager,
    curriculum: CurriculumEntity,
    event: NotificationEvent,
  ): Promise<UserEntity[]> {
    const authors = () =>
      em.findBy(UserEntity, {
        institutionId: curriculum.institutionId,
        role: In(AUTHORS),
        active: true,
      });
    const reviewers = async () => {
      const submissions = await em.findBy(SubmissionEntity, { curriculumId: curriculum.id });
      return submissions.length === 0
        ? []
        : em.findBy(UserEntity, {
            institutionId: In(submissions.map((s) => s.associationId)),
            role: In(REVIEWERS),
            active: true,
          });
    };
    switch (event.kind) {
      case 'submitted':
        return reviewers();
      case 'review-finished':
      case 'suggestion':
      case 'library-update':
      case 'placement-answer':
        return authors();
      case 'placement-request':
        return em.findBy(UserEntity, {
          institutionId: event.offererId,
          role: In(OFFERERS),
          active: true,
        });
      case 'reply': {
        // Those who wrote in the thread and may still see the curriculum; a reviewer's reply is
        // for the school's authors too, even those who have not written in it yet.
        const school = await authors();
        const panel = await reviewers();
        const participants = new Set(event.participantIds);
        const actorIsAuthor = school.some((user) => user.id === event.actorId);
        return [
          ...school.filter((user) => !actorIsAuthor || participants.has(user.id)),
          ...panel.filter((user) => participants.has(user.id)),
        ];
      }
    }
  }
}
