import { msg, type Curriculum, type WorkBasedLearningPeriod } from '@curriculum-builder/curriculum';
import type {
  CreateWorkBasedLearningDto,
  ReorderDto,
  UpdateWorkBasedLearningDto,
} from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import { requireEditable, touchCurriculum } from './curriculum-access';
import { CurriculumPartsBase } from './curriculum-parts.base';
import { unknownReferences } from './unknown-ids';
import { toWorkBasedLearning } from './curriculum.mapper';
import { CurriculumEntity } from './entities/curriculum.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** The work-based learning periods of a curriculum. */
@Injectable()
export class WorkBasedLearningService extends CurriculumPartsBase {
  // ── work-based learning ──────────────────────────────────────────────────────────────────────────

  createWorkBasedLearning(
    caller: Caller,
    curriculumId: string,
    dto: CreateWorkBasedLearningDto,
  ): Promise<WorkBasedLearningPeriod> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      await this.checkCoverage(em, curriculumId, dto.unitIds ?? [], dto.outcomeIds ?? []);
      const period = em.create(WorkBasedLearningEntity, {
        id: randomUUID(),
        curriculumId,
        position: await this.repository.nextPosition(em, WorkBasedLearningEntity, {
          column: 'curriculum_id',
          id: curriculumId,
        }),
        title: dto.title,
        year: dto.year,
        term: dto.term ?? null,
        durationHours: dto.durationHours,
        companyProfile: dto.companyProfile ?? {},
        mentorRole: dto.mentorRole ?? {},
        unitIds: dto.unitIds ?? [],
        outcomeIds: dto.outcomeIds ?? [],
        assessment: dto.assessment ?? {},
        version: 1,
      });
      await em.insert(WorkBasedLearningEntity, period);
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'wbl.created',
        'work-based-learning',
        period.id,
        undefined,
        toWorkBasedLearning(period),
      );
      return toWorkBasedLearning(period);
    });
  }

  updateWorkBasedLearning(
    caller: Caller,
    curriculumId: string,
    periodId: string,
    dto: UpdateWorkBasedLearningDto,
  ): Promise<WorkBasedLearningPeriod> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const current = await this.requirePeriod(em, curriculumId, periodId);
      const { version, ...changes } = dto;
      await this.checkCoverage(em, curriculumId, changes.unitIds ?? [], changes.outcomeIds ?? []);
      if (!(await updateVersioned(em, WorkBasedLearningEntity, periodId, version, changes))) {
        throw new VersionConflictError(
          msg`work-based learning period`,
          toWorkBasedLearning(current),
        );
      }
      await touchCurriculum(em, curriculumId);
      const after = toWorkBasedLearning(await this.requirePeriod(em, curriculumId, periodId));
      await this.log(
        em,
        caller,
        curriculumId,
        'wbl.updated',
        'work-based-learning',
        periodId,
        toWorkBasedLearning(current),
        after,
      );
      return after;
    });
  }

  deleteWorkBasedLearning(
    caller: Caller,
    curriculumId: string,
    periodId: string,
    version: number,
  ): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const current = await this.requirePeriod(em, curriculumId, periodId);
      const deleted = await em.delete(WorkBasedLearningEntity, { id: periodId, version });
      if (deleted.affected !== 1) {
        throw new VersionConflictError(
          msg`work-based learning period`,
          toWorkBasedLearning(current),
        );
      }
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'wbl.deleted',
        'work-based-learning',
        periodId,
        toWorkBasedLearning(current),
      );
    });
  }

  reorderWorkBasedLearning(
    caller: Caller,
    curriculumId: string,
    dto: ReorderDto,
  ): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const periods = await em.find(WorkBasedLearningEntity, {
        where: { curriculumId },
        select: { id: true },
      });
      await this.bumpParent(em, CurriculumEntity, curriculumId, dto.version, () =>
        this.curricula.tree(em, curriculumId),
      );
      this.checkPermutation(
        dto.ids,
        periods.map((p) => p.id),
        'work-based learning period',
      );
      await this.writePositions(em, WorkBasedLearningEntity, dto.ids);
      await this.log(
        em,
        caller,
        curriculumId,
        'wbl.reordered',
        'curriculum',
        curriculumId,
        undefined,
        dto.ids,
      );
      return this.curricula.tree(em, curriculumId);
    });
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────────

  private async requirePeriod(em: EntityManager, curriculumId: string, periodId: string) {
    const period = await em.findOneBy(WorkBasedLearningEntity, { id: periodId, curriculumId });
    if (period === null) throw new NotFoundError(msg`Work-based learning period`, periodId);
    return period;
  }

  private async checkCoverage(
    em: EntityManager,
    curriculumId: string,
    unitIds: readonly string[],
    outcomeIds: readonly string[],
  ) {
    const errors = await unknownReferences(em, curriculumId, [{ at: '', unitIds, outcomeIds }]);
    if (errors.length > 0) throw new InvalidInputError(errors);
  }
}
