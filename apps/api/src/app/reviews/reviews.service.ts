import {
  ESCO_SKILL_BASE,
  isDiscussable,
  textKey,
  type LocalizedText,
  type ReviewComment,
  type TextOwner,
  type ReviewSummary,
  type ReviewTargetType,
  type ReviewVerdict,
  msg,
} from '@curriculum-builder/curriculum';
import type { CreateReviewCommentDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import {
  CurriculaRepository,
  requireAuthor,
  requireEditable,
  requireVisible,
  touchCurriculum,
  TranslationLedger,
  CurriculumEntity,
  LearningOutcomeEntity,
  UnitEntity,
  WorkBasedLearningEntity,
} from '../curricula';
import { nowIso } from '../../common/clock';
import { EscoCatalogueService } from '../esco/esco-catalogue.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ReviewCommentEntity } from './entities/review-comment.entity';
import { requireOwnThread, threadsOf, type ThreadViewer, viewerOf } from './review-threads';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly translations: TranslationLedger,
    private readonly esco: EscoCatalogueService,
  ) {}

  /**
   * Threads of a curriculum, oldest first, of every round; for its authors, admins and the
   * reviewers of the current round, who see other associations' comments without their people.
   */
  list(caller: Caller, curriculumId: string): Promise<ReviewComment[]> {
    return this.unitOfWork.read(async (em) => {
      const viewer = await this.requireParticipant(em, caller, curriculumId);
      return threadsOf(em, viewer, curriculumId);
    });
  }

  /** Counts over the same threads as `list`; it names no one, so nothing is hidden. */
  summary(caller: Caller, curriculumId: string): Promise<ReviewSummary> {
    return this.unitOfWork.read(async (em) => {
      await this.requireParticipant(em, caller, curriculumId);
      const comments = await em.findBy(ReviewCommentEntity, { curriculumId });
      const top = comments.filter((c) => c.parentId === null);
      const units = await em.find(UnitEntity, {
        where: { curriculumId },
        order: { position: 'ASC' },
      });
      const outcomes = await em.find(LearningOutcomeEntity, {
        where: { curriculumId },
        select: { id: true, unitId: true },
      });
      const unitOf = new Map(outcomes.map((o) => [o.id, o.unitId]));
      const unitOfComment = (c: ReviewCommentEntity) =>
        c.targetType === 'unit'
          ? c.targetId
          : c.targetType === 'outcome'
            ? (unitOf.get(c.targetId ?? '') ?? null)
            : null;
      const byVerdict = { agree: 0, 'suggest-change': 0, disagree: 0 } as Record<
        ReviewVerdict,
        number
      >;
      for (const c of top) if (c.verdict) byVerdict[c.verdict] += 1;
      return {
        open: top.filter((c) => c.status === 'open').length,
        resolved: top.filter((c) => c.status === 'resolved').length,
        accepted: top.filter((c) => c.acceptedAt !== null).length,
        byVerdict,
        byUnit: units
          .map((unit) => {
            const mine = top.filter((c) => unitOfComment(c) === unit.id);
            return {
              unitId: unit.id,
              code: unit.code,
              open: mine.filter((c) => c.status === 'open').length,
              resolved: mine.filter((c) => c.status === 'resolved').length,
            };
          })
          .filter((u) => u.open + u.resolved > 0),
      };
    });
  }

  comment(
    caller: Caller,
    curriculumId: string,
    dto: CreateReviewCommentDto,
  ): Promise<ReviewComment> {
    return this.unitOfWork.write(async (em) => {
      const { curriculum, access } = await requireVisible(
        this.repository,
        em,
        caller,
        curriculumId,
      );
      if (access !== 'review')
        throw new ForbiddenError(
          msg`Only reviewers of an association this curriculum was submitted to may comment.`,
        );
      const viewer = viewerOf(caller, curriculum, access);
      if (!isDiscussable(curriculum.status)) {
        throw new InvalidStateError(
          msg`Comments are taken while a curriculum is in review; this one is ${curriculum.status}.`,
        );
      }
      await this.checkTarget(em, curriculumId, dto.targetType, dto.targetId ?? null);
      if (dto.targetType === 'esco-skill' && dto.proposedText !== undefined)
        throw new InvalidInputError([
          {
            path: 'proposedText',
            message: msg`a comment on an ESCO skill proposes no rewording`,
          },
        ]);
      const comment = await this.insert(em, caller, curriculumId, {
        parentId: null,
        targetType: dto.targetType,
        targetId: dto.targetType === 'curriculum' ? null : (dto.targetId ?? null),
        verdict: dto.verdict,
        text: dto.text,
        proposedText: dto.proposedText ?? null,
      });
      await this.audit.record(em, caller, {
        curriculumId,
        action: 'review.commented',
        entityType: 'review-comment',
        entityId: comment.id,
        after: comment,
      });
      if (comment.proposedText !== null) {
        await this.notifications.notify(em, {
          kind: 'suggestion',
          curriculumId,
          actorId: caller.userId,
          commentId: comment.id,
        });
      }
      return this.one(em, viewer, comment.id);
    });
  }

  reply(
    caller: Caller,
    curriculumId: string,
    commentId: string,
    text: string,
  ): Promise<ReviewComment> {
    return this.unitOfWork.write(async (em) => {
      const viewer = await this.requireParticipant(em, caller, curriculumId, true);
      const parent = await this.requireComment(em, curriculumId, commentId);
      const root =
        parent.parentId === null
          ? parent
          : await this.requireComment(em, curriculumId, parent.parentId);
      requireOwnThread(viewer, root);
      const reply = await this.insert(em, caller, curriculumId, {
        parentId: root.id,
        targetType: root.targetType,
        targetId: root.targetId,
        verdict: null,
        text,
        proposedText: null,
      });
      await this.audit.record(em, caller, {
        curriculumId,
        action: 'review.replied',
        entityType: 'review-comment',
        entityId: reply.id,
        after: reply,
      });
      const thread = await em.find(ReviewCommentEntity, {
        where: [{ id: root.id }, { parentId: root.id }],
        select: { authorId: true },
      });
      await this.notifications.notify(em, {
        kind: 'reply',
        curriculumId,
        actorId: caller.userId,
        commentId: root.id,
        participantIds: thread.map((c) => c.authorId),
      });
      return this.one(em, viewer, reply.id);
    });
  }

  setStatus(
    caller: Caller,
    curriculumId: string,
    commentId: string,
    status: 'open' | 'resolved',
  ): Promise<ReviewComment> {
    return this.unitOfWork.write(async (em) => {
      const viewer = await this.requireParticipant(em, caller, curriculumId, true);
      const comment = await this.requireComment(em, curriculumId, commentId);
      requireOwnThread(viewer, comment);
      if (comment.parentId !== null)
        throw new InvalidStateError(msg`Resolve or reopen the thread, not a reply.`);
      await em.update(
        ReviewCommentEntity,
        { id: commentId },
        { status, version: comment.version + 1, updatedAt: nowIso() },
      );
      await this.audit.record(em, caller, {
        curriculumId,
        action: status === 'resolved' ? 'review.resolved' : 'review.reopened',
        entityType: 'review-comment',
        entityId: commentId,
        before: { status: comment.status },
        after: { status },
      });
      return this.one(em, viewer, commentId);
    });
  }

  /**
   * Applies a proposed rewording to the draft in one action and records that on the comment. Also
   * allowed once approved: the approval covers the reviewers' own proposals, so the status stays.
   */
  accept(caller: Caller, curriculumId: string, commentId: string): Promise<ReviewComment> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await requireAuthor(this.repository, em, caller, curriculumId);
      const viewer = viewerOf(caller, curriculum, 'author');
      if (curriculum.status !== 'approved')
        await requireEditable(this.repository, em, caller, curriculumId);
      const comment = await this.requireComment(em, curriculumId, commentId);
      if (comment.proposedText === null)
        throw new InvalidStateError(msg`This comment proposes no rewording.`);
      if (comment.acceptedAt !== null)
        throw new InvalidStateError(msg`This rewording was accepted already.`);
      const { field, before, after, key } = await this.applyRewording(em, comment);
      // The rewording's languages are new translations; the others were made from the text before.
      await this.translations.track(
        em,
        curriculumId,
        new Map([[key, before]]),
        new Map([[key, after]]),
      );
      const now = nowIso();
      const taken = await em.update(
        ReviewCommentEntity,
        { id: commentId, acceptedAt: IsNull() },
        {
          acceptedAt: now,
          acceptedBy: caller.userId,
          status: 'resolved',
          version: comment.version + 1,
          updatedAt: now,
        },
      );
      // Two accepts at once: the second finds the comment taken, and its transaction is undone.
      if (taken.affected !== 1)
        throw new InvalidStateError(msg`This rewording was accepted already.`);
      await touchCurriculum(em, curriculumId);
      await this.audit.record(em, caller, {
        curriculumId,
        action: 'review.accepted',
        entityType: comment.targetType,
        entityId: comment.targetId ?? curriculumId,
        before: { [field]: before },
        after: { [field]: after },
      });
      return this.one(em, viewer, commentId);
    });
  }

  /**
   * The open "disagree" threads the association of `institutionId` started on this curriculum:
   * while there are any, its reviewer's approval needs a reason (WorkflowService.approve).
   */
  openDisagreements(em: EntityManager, curriculumId: string, institutionId: string | null) {
    return em.countBy(ReviewCommentEntity, {
      curriculumId,
      authorInstitutionId: institutionId ?? IsNull(),
      parentId: IsNull(),
      verdict: 'disagree',
      status: 'open',
    });
  }

  private async applyRewording(em: EntityManager, comment: ReviewCommentEntity) {
    const proposed = comment.proposedText ?? {};
    const id = comment.targetId ?? comment.curriculumId;
    // Comments on an ESCO skill carry no rewording (refused when made), so never reach here.
    if (comment.targetType === 'esco-skill')
      throw new InvalidStateError(msg`This comment proposes no rewording.`);
    const target = {
      outcome: { entity: LearningOutcomeEntity, field: 'text', owner: 'outcome' },
      unit: { entity: UnitEntity, field: 'title', owner: 'unit' },
      'work-based-learning': { entity: WorkBasedLearningEntity, field: 'title', owner: 'wbl' },
      curriculum: { entity: CurriculumEntity, field: 'title', owner: 'curriculum' },
    }[comment.targetType] as {
      entity: EntityTarget<ObjectLiteral>;
      field: string;
      owner: TextOwner;
    };
    const row = (await em.findOneBy(target.entity, { id })) as unknown as
      (Record<string, unknown> & { version: number }) | null;
    if (row === null)
      throw new InvalidStateError(msg`The part this comment is about no longer exists.`);
    const before = row[target.field] as LocalizedText;
    const after: LocalizedText = { ...before, ...proposed };
    await em.update(target.entity, { id }, { [target.field]: after, version: row.version + 1 });
    const key = textKey(target.owner, target.owner === 'curriculum' ? null : id, target.field);
    return { field: target.field, before, after, key };
  }

  private async requireParticipant(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    writes = false,
  ): Promise<ThreadViewer> {
    const { curriculum, access } = await requireVisible(this.repository, em, caller, curriculumId);
    const allowed = writes ? ['author', 'review'] : ['author', 'review', 'admin'];
    if (!allowed.includes(access))
      throw new ForbiddenError(
        msg`Only the authors and the reviewers of this curriculum take part in its review.`,
      );
    if (writes && !isDiscussable(curriculum.status)) {
      throw new InvalidStateError(
        msg`Review threads take part while a curriculum is in review; this one is ${curriculum.status}.`,
      );
    }
    return viewerOf(caller, curriculum, access);
  }

  private async requireComment(
    em: EntityManager,
    curriculumId: string,
    id: string,
  ): Promise<ReviewCommentEntity> {
    const comment = await em.findOneBy(ReviewCommentEntity, { id, curriculumId });
    if (comment === null) throw new NotFoundError(msg`Review comment`, id);
    return comment;
  }

  private async checkTarget(
    em: EntityManager,
    curriculumId: string,
    type: ReviewTargetType,
    targetId: string | null,
  ): Promise<void> {
    if (type === 'curriculum') return;
    if (type === 'esco-skill') {
      const known =
        targetId !== null && (await this.esco.describer('en'))(`${ESCO_SKILL_BASE}${targetId}`);
      if (!known)
        throw new InvalidInputError([
          { path: 'targetId', message: msg`must be the UUID of an ESCO skill of the catalogue` },
        ]);
      return;
    }
    const { entity, message } = {
      unit: { entity: UnitEntity, message: msg`must be the id of a unit of this curriculum` },
      outcome: {
        entity: LearningOutcomeEntity,
        message: msg`must be the id of a outcome of this curriculum`,
      },
      'work-based-learning': {
        entity: WorkBasedLearningEntity,
        message: msg`must be the id of a work-based-learning of this curriculum`,
      },
    }[type];
    const exists =
      targetId !== null && (await em.countBy(entity, { id: targetId, curriculumId })) > 0;
    if (!exists) throw new InvalidInputError([{ path: 'targetId', message }]);
  }

  private async insert(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    fields: Pick<
      ReviewCommentEntity,
      'parentId' | 'targetType' | 'targetId' | 'verdict' | 'text' | 'proposedText'
    >,
  ): Promise<ReviewCommentEntity> {
    const now = nowIso();
    const comment = em.create(ReviewCommentEntity, {
      id: randomUUID(),
      curriculumId,
      authorId: caller.userId,
      authorInstitutionId: caller.institutionId,
      status: 'open',
      acceptedAt: null,
      acceptedBy: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...fields,
    });
    await em.insert(ReviewCommentEntity, comment);
    return comment;
  }

  private async one(em: EntityManager, viewer: ThreadViewer, id: string): Promise<ReviewComment> {
    const comment = await em.findOneByOrFail(ReviewCommentEntity, { id });
    const all = await threadsOf(em, viewer, comment.curriculumId);
    const found = all.flatMap((t) => [t, ...t.replies]).find((c) => c.id === id);
    if (!found) throw new NotFoundError(msg`Review comment`, id);
    return found;
  }
}
