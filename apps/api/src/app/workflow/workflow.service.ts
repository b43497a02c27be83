import {
  canTransition,
  diffCurricula,
  LIFECYCLE,
  validateCurriculum,
  type Curriculum,
  type PublishedVersion,
  type WorkflowAction,
  type WorkflowActor,
  msg,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  RuleErrorsError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import {
  jsonRepresentation,
  type Representation,
} from '../../infrastructure/web/cached-representations';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import {
  CurriculaRepository,
  CurriculaService,
  type Access,
  requireReadable,
  requireVisible,
  WORKING_COPY_ACCESS,
  CurriculumEntity,
  CurriculumVersionEntity,
  indexForSearch,
  SubmissionEntity,
} from '../curricula';
import { nowIso } from '../../common/clock';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ReviewsService } from '../reviews/reviews.service';
import { InstitutionsService } from '../institutions/institutions.service';

/** Which workflow actor a caller's access to a curriculum makes them (`LIFECYCLE[…].by`). */
const ACTOR: Record<Access, WorkflowActor | null> = {
  author: 'author',
  review: 'reviewer',
  admin: 'admin',
  published: null,
  none: null,
};

/** The 403 of those who may not take an action, by who may (`LIFECYCLE`'s `by`, joined). */
const ONLY_ACTORS: Readonly<Record<string, string>> = {
  author: msg`Only authors of the owning institution may do this.`,
  reviewer: msg`Only reviewers of an association this curriculum was submitted to may do this.`,
  'author admin': msg`Only authors of the owning institution and admins may do this.`,
};

/** 409 while the rules find errors in `tree` (the first five named, with their paths). */
function refuseRuleErrors(
  tree: Curriculum,
  country: string | null,
  action: 'submit' | 'publish',
): void {
  const errors = validateCurriculum({ ...tree, institutionCountry: country }).findings.filter(
    (f) => f.severity === 'error',
  );
  if (errors.length > 0) throw new RuleErrorsError(action, errors);
}

@Injectable()
export class WorkflowService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly curricula: CurriculaService,
    private readonly institutions: InstitutionsService,
    private readonly reviews: ReviewsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  submit(
    caller: Caller,
    id: string,
    associationIds: readonly string[] | undefined,
  ): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await this.requireActor(em, caller, id, 'submit');
      this.checkTransition(curriculum, 'submit');
      const targets =
        associationIds ?? (await this.institutions.partnersOf(em, curriculum.institutionId));
      await this.checkAssociations(em, targets);
      const country = await this.curricula.institutionCountry(curriculum.institutionId, em);
      refuseRuleErrors(await this.curricula.tree(em, id), country, 'submit');
      const submittedAt = nowIso();
      // A new round: only the associations named now review it (earlier rounds' lose access).
      await em.delete(SubmissionEntity, { curriculumId: id });
      for (const associationId of new Set(targets)) {
        await em.insert(SubmissionEntity, { curriculumId: id, associationId, submittedAt });
      }
      return this.move(em, caller, curriculum, 'submit', { associationIds: [...new Set(targets)] });
    });
  }

  requestChanges(caller: Caller, id: string): Promise<Curriculum> {
    return this.reviewerDecision(caller, id, 'request-changes');
  }

  /**
   * Approves; while the caller's association still disagrees in open threads, only with a reason,
   * which the audit trail keeps with the number of disagreements it overrode.
   */
  approve(caller: Caller, id: string, overrideReason?: string): Promise<Curriculum> {
    return this.reviewerDecision(caller, id, 'approve', async (em, curriculum) => {
      const open = await this.reviews.openDisagreements(em, curriculum.id, caller.institutionId);
      if (open === 0) return {};
      if (overrideReason === undefined) {
        throw new InvalidStateError(
          open === 1
            ? msg`Your association disagrees in ${open} open thread: resolve it first, or approve with a reason (overrideReason).`
            : msg`Your association disagrees in ${open} open threads: resolve them first, or approve with a reason (overrideReason).`,
        );
      }
      return { overrideReason, openDisagreements: open };
    });
  }

  /** Freezes the approved tree as the next numbered version; learners see it from now on. */
  publish(caller: Caller, id: string): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await this.requireActor(em, caller, id, 'publish');
      this.checkTransition(curriculum, 'publish');
      // Checked again: rules or required languages may have changed since the review.
      const country = await this.curricula.institutionCountry(curriculum.institutionId, em);
      refuseRuleErrors(await this.curricula.tree(em, id), country, 'publish');
      const snapshot = await this.freezeVersion(em, curriculum, caller.userId);
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.published',
        entityType: 'curriculum',
        entityId: id,
        before: { status: curriculum.status },
        after: { status: LIFECYCLE.publish.to, version: snapshot.publishedVersion },
      });
      return snapshot;
    });
  }

  /**
   * Marks the curriculum published as its next version number and stores the immutable snapshot
   * (after `publish` has checked the transition; the demo seeder publishes its content with it).
   */
  async freezeVersion(
    em: EntityManager,
    curriculum: CurriculumEntity,
    publishedBy: string | null,
  ): Promise<Curriculum> {
    const number = (curriculum.publishedVersion ?? 0) + 1;
    const now = nowIso();
    const moved = await em.update(
      CurriculumEntity,
      { id: curriculum.id, status: curriculum.status },
      { status: LIFECYCLE.publish.to, publishedVersion: number, updatedAt: now },
    );
    if (moved.affected !== 1) {
      throw new InvalidStateError(
        msg`The curriculum changed while it was being published; reload it.`,
      );
    }
    const snapshot = await this.curricula.tree(em, curriculum.id);
    await em.insert(CurriculumVersionEntity, {
      curriculumId: curriculum.id,
      number,
      snapshot,
      code: snapshot.code,
      title: snapshot.title,
      ecvetPoints: snapshot.ecvetPoints,
      eqfLevel: snapshot.eqfLevel,
      primaryLanguage: snapshot.primaryLanguage,
      languages: [...snapshot.languages],
      unitCount: snapshot.units.length,
      publishedAt: now,
      publishedBy,
    });
    await indexForSearch(em, curriculum.id, snapshot);
    return snapshot;
  }

  archive(caller: Caller, id: string): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await this.requireActor(em, caller, id, 'archive');
      this.checkTransition(curriculum, 'archive');
      return this.move(em, caller, curriculum, 'archive');
    });
  }

  /**
   * Reopens a published curriculum for editing: its working copy becomes a draft again, while
   * learners and visitors keep reading the published version until the next one is published.
   */
  reopen(caller: Caller, id: string): Promise<Curriculum> {
    return this.unitOfWork.write((em) => this.reopenWithin(em, caller, id));
  }

  /** `reopen` inside the caller's transaction (an import that updates a published curriculum). */
  async reopenWithin(em: EntityManager, caller: Caller, id: string): Promise<Curriculum> {
    const curriculum = await this.requireActor(em, caller, id, 'reopen');
    this.checkTransition(curriculum, 'reopen');
    return this.move(em, caller, curriculum, 'reopen', {
      publishedVersion: curriculum.publishedVersion,
    });
  }

  versions(caller: Caller | null, id: string): Promise<PublishedVersion[]> {
    return this.unitOfWork.read(async (em) => {
      await requireReadable(this.repository, em, caller, id);
      const rows = await em.find(CurriculumVersionEntity, {
        where: { curriculumId: id },
        order: { number: 'DESC' },
        select: {
          number: true,
          publishedAt: true,
          publishedBy: true,
          code: true,
          title: true,
          ecvetPoints: true,
        },
      });
      return rows.map(({ number, publishedAt, publishedBy, code, title, ecvetPoints }) => ({
        number,
        publishedAt,
        publishedBy,
        code,
        title,
        ecvetPoints,
      }));
    });
  }

  /** A published version as cached JSON bytes (versions never change once published). */
  version(caller: Caller | null, id: string, number: number): Promise<Representation> {
    return this.unitOfWork.read(async (em) => {
      await requireReadable(this.repository, em, caller, id);
      return this.curricula.publishedJson(em, id, number);
    });
  }

  /**
   * Outcome-level difference between two versions; `draft` names the working copy (only for those
   * who may see it). Defaults: from the latest published version to the draft. Between two
   * published versions it is computed once and then served from the cache (versions never change).
   */
  diff(
    caller: Caller | null,
    id: string,
    from: string | undefined,
    to: string | undefined,
  ): Promise<Representation> {
    return this.unitOfWork.read(async (em) => {
      const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
      const side = (which: string, field: string): number | 'draft' => {
        if (which === 'draft') {
          if (!WORKING_COPY_ACCESS.includes(access))
            throw new NotFoundError(msg`Curriculum draft`, id);
          return 'draft';
        }
        const number = Number(which);
        if (!Number.isInteger(number) || number < 1) {
          throw new InvalidInputError([
            { path: field, message: msg`must be a version number or "draft"` },
          ]);
        }
        return number;
      };
      const load = (which: number | 'draft'): Promise<Curriculum> =>
        which === 'draft'
          ? this.curricula.tree(em, id)
          : this.curricula.publishedSnapshot(em, id, which);
      const latest =
        curriculum.publishedVersion === null ? 'draft' : String(curriculum.publishedVersion);
      const before = side(from ?? latest, 'from');
      const after = side(to ?? (WORKING_COPY_ACCESS.includes(access) ? 'draft' : latest), 'to');
      const compute = async () => diffCurricula(await load(before), await load(after));
      if (before === 'draft' || after === 'draft') return jsonRepresentation(await compute());
      return this.curricula.derivedOfPublished(`${id}/diff/${before}/${after}`, compute);
    });
  }

  private reviewerDecision(
    caller: Caller,
    id: string,
    transition: 'request-changes' | 'approve',
    precondition?: (
      em: EntityManager,
      curriculum: CurriculumEntity,
    ) => Promise<Record<string, unknown>>,
  ): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await this.requireActor(em, caller, id, transition);
      this.checkTransition(curriculum, transition);
      const details = (await precondition?.(em, curriculum)) ?? {};
      return this.move(em, caller, curriculum, transition, details);
    });
  }

  /** The curriculum, if the caller is one of those who take `action` on it: 404 if invisible, else 403. */
  private async requireActor(
    em: EntityManager,
    caller: Caller,
    id: string,
    action: WorkflowAction,
  ): Promise<CurriculumEntity> {
    const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
    const actor = ACTOR[access];
    const { by } = LIFECYCLE[action];
    if (actor === null || !by.includes(actor)) {
      const only = ONLY_ACTORS[by.join(' ')];
      if (only === undefined) throw new Error(`No 403 message for the actors ${by.join(', ')}`);
      throw new ForbiddenError(only);
    }
    return curriculum;
  }

  private checkTransition(curriculum: CurriculumEntity, transition: WorkflowAction): void {
    if (!canTransition(curriculum.status, transition)) {
      throw new InvalidStateError(
        msg`Cannot ${transition} a curriculum that is ${curriculum.status} (it would become ${LIFECYCLE[transition].to}).`,
      );
    }
  }

  private async checkAssociations(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) {
      throw new InvalidInputError([
        {
          path: 'associationIds',
          message: msg`name at least one association (the school works with none yet)`,
        },
      ]);
    }
    const found = await em.findBy(InstitutionEntity, { id: In([...ids]), kind: 'association' });
    const known = new Set(found.map((i) => i.id));
    const errors = ids.flatMap((id, i) =>
      known.has(id)
        ? []
        : [{ path: `associationIds[${i}]`, message: msg`${id} is not an association` }],
    );
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  private async move(
    em: EntityManager,
    caller: Caller,
    curriculum: CurriculumEntity,
    transition: WorkflowAction,
    details: Record<string, unknown> = {},
  ): Promise<Curriculum> {
    const to = LIFECYCLE[transition].to;
    // Only from the status that was checked: of two concurrent decisions, one finds nothing to move.
    const moved = await em.update(
      CurriculumEntity,
      { id: curriculum.id, status: curriculum.status },
      { status: to, updatedAt: nowIso() },
    );
    if (moved.affected !== 1) {
      throw new InvalidStateError(
        msg`The curriculum changed while you decided; reload it (it was ${curriculum.status}).`,
      );
    }
    await this.audit.record(em, caller, {
      curriculumId: curriculum.id,
      action: `curriculum.${transition}`,
      entityType: 'curriculum',
      entityId: curriculum.id,
      before: { status: curriculum.status },
      after: { status: to, ...details },
    });
    const told = { curriculumId: curriculum.id, actorId: caller.userId };
    if (transition === 'submit')
      await this.notifications.notify(em, { kind: 'submitted', ...told });
    if (transition === 'approve' || transition === 'request-changes') {
      const detail = transition === 'approve' ? 'approved' : 'changes-requested';
      await this.notifications.notify(em, { kind: 'review-finished', detail, ...told });
    }
    return this.curricula.tree(em, curriculum.id);
  }
}
