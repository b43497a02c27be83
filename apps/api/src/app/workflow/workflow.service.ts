import {
  diffCurricula,
  validateCurriculum,
  type Curriculum,
  type CurriculumDiff,
  type CurriculumStatus,
  type PublishedVersion,
} from '@curriculum-builder/curriculum';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import type { Representation } from '../../infrastructure/web/cached-representations';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { CurriculaRepository } from '../curricula/curricula.repository';
import { CurriculaService } from '../curricula/curricula.service';
import {
  nowIso,
  requireAuthor,
  requireReadable,
  requireVisible,
  WORKING_COPY_ACCESS,
} from '../curricula/curriculum-access';
import { CurriculumEntity } from '../curricula/entities/curriculum.entity';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { InstitutionsService } from '../institutions/institutions.service';
import { CurriculumVersionEntity } from './entities/curriculum-version.entity';
import { SubmissionEntity } from './entities/submission.entity';

type Transition = 'submit' | 'request-changes' | 'approve' | 'publish' | 'archive';

/** From which statuses each transition may start, and where it leads. */
const TRANSITIONS: Record<Transition, { from: readonly CurriculumStatus[]; to: CurriculumStatus }> =
  {
    submit: { from: ['draft', 'changes-requested'], to: 'in-review' },
    'request-changes': { from: ['in-review'], to: 'changes-requested' },
    approve: { from: ['in-review'], to: 'approved' },
    publish: { from: ['approved'], to: 'published' },
    archive: { from: ['published', 'draft', 'changes-requested', 'approved'], to: 'archived' },
  };

/**
 * The review workflow: draft → in review (at one or more associations) → changes requested or
 * approved → published (an immutable, numbered snapshot) → archived. Authors submit, publish and
 * archive; reviewers of an association the curriculum was submitted to request changes or approve.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly curricula: CurriculaService,
    private readonly institutions: InstitutionsService,
    private readonly audit: AuditService,
  ) {}

  submit(
    caller: Caller,
    id: string,
    associationIds: readonly string[] | undefined,
  ): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await requireAuthor(this.repository, em, caller, id);
      this.checkTransition(curriculum, 'submit');
      const targets =
        associationIds ?? (await this.institutions.partnersOf(em, curriculum.institutionId));
      await this.checkAssociations(em, targets);
      const tree = await this.curricula.tree(em, id);
      const errors = validateCurriculum(tree).findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        throw new InvalidStateError(
          `The curriculum has ${errors.length} rule error(s) and cannot go to review yet: ` +
            errors
              .slice(0, 5)
              .map((f) => `${f.path || 'curriculum'}: ${f.message}`)
              .join('; '),
        );
      }
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

  approve(caller: Caller, id: string): Promise<Curriculum> {
    return this.reviewerDecision(caller, id, 'approve');
  }

  /** Freezes the approved tree as the next numbered version; learners see it from now on. */
  publish(caller: Caller, id: string): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum = await requireAuthor(this.repository, em, caller, id);
      this.checkTransition(curriculum, 'publish');
      const snapshot = await this.freezeVersion(em, curriculum, caller.userId);
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.published',
        entityType: 'curriculum',
        entityId: id,
        before: { status: curriculum.status },
        after: { status: 'published', version: snapshot.publishedVersion },
      });
      return snapshot;
    });
  }

  /** Marks the curriculum published as its next version number and stores the immutable snapshot. */
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
      { status: 'published', publishedVersion: number, updatedAt: now },
    );
    if (moved.affected !== 1) {
      throw new InvalidStateError(
        'The curriculum changed while it was being published; reload it.',
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
    return snapshot;
  }

  archive(caller: Caller, id: string): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const curriculum =
        caller.role === 'admin'
          ? await this.requireExisting(em, id)
          : await requireAuthor(this.repository, em, caller, id);
      this.checkTransition(curriculum, 'archive');
      return this.move(em, caller, curriculum, 'archive');
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
   * who may see it). Defaults: from the latest published version to the draft.
   */
  diff(
    caller: Caller | null,
    id: string,
    from: string | undefined,
    to: string | undefined,
  ): Promise<CurriculumDiff> {
    return this.unitOfWork.read(async (em) => {
      const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
      const load = async (which: string, field: string): Promise<Curriculum> => {
        if (which === 'draft') {
          if (!WORKING_COPY_ACCESS.includes(access))
            throw new NotFoundError('Curriculum draft', id);
          return this.curricula.tree(em, id);
        }
        const number = Number(which);
        if (!Number.isInteger(number) || number < 1) {
          throw new InvalidInputError([
            { path: field, message: 'must be a version number or "draft"' },
          ]);
        }
        return this.curricula.publishedSnapshot(em, id, number);
      };
      const latest =
        curriculum.publishedVersion === null ? 'draft' : String(curriculum.publishedVersion);
      const before = await load(from ?? latest, 'from');
      const after = await load(
        to ?? (WORKING_COPY_ACCESS.includes(access) ? 'draft' : latest),
        'to',
      );
      return diffCurricula(before, after);
    });
  }

  private reviewerDecision(
    caller: Caller,
    id: string,
    transition: 'request-changes' | 'approve',
  ): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
      if (access !== 'review') {
        throw new ForbiddenException(
          'Only reviewers of an association this curriculum was submitted to may decide.',
        );
      }
      this.checkTransition(curriculum, transition);
      return this.move(em, caller, curriculum, transition);
    });
  }

  private async requireExisting(em: EntityManager, id: string): Promise<CurriculumEntity> {
    const curriculum = await this.repository.findCurriculum(em, id);
    if (curriculum === null) throw new NotFoundError('Curriculum', id);
    return curriculum;
  }

  private checkTransition(curriculum: CurriculumEntity, transition: Transition): void {
    const { from, to } = TRANSITIONS[transition];
    if (!from.includes(curriculum.status)) {
      throw new InvalidStateError(
        `Cannot ${transition} a curriculum that is ${curriculum.status} (it would become ${to}).`,
      );
    }
  }

  private async checkAssociations(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) {
      throw new InvalidInputError([
        {
          path: 'associationIds',
          message: 'name at least one association (the school works with none yet)',
        },
      ]);
    }
    const found = await em.findBy(InstitutionEntity, { id: In([...ids]), kind: 'association' });
    const known = new Set(found.map((i) => i.id));
    const errors = ids.flatMap((id, i) =>
      known.has(id)
        ? []
        : [{ path: `associationIds[${i}]`, message: `${id} is not an association` }],
    );
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  private async move(
    em: EntityManager,
    caller: Caller,
    curriculum: CurriculumEntity,
    transition: Transition,
    details: Record<string, unknown> = {},
  ): Promise<Curriculum> {
    const to = TRANSITIONS[transition].to;
    // Only from the status that was checked: of two concurrent decisions, one finds nothing to move.
    const moved = await em.update(
      CurriculumEntity,
      { id: curriculum.id, status: curriculum.status },
      { status: to, updatedAt: nowIso() },
    );
    if (moved.affected !== 1) {
      throw new InvalidStateError(
        `The curriculum changed while you decided; reload it (it was ${curriculum.status}).`,
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
    return this.curricula.tree(em, curriculum.id);
  }
}
