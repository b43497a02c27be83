import type {
  Curriculum,
  FieldError,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import type {
  CreateOutcomeDto,
  CreateUnitDto,
  CreateWorkBasedLearningDto,
  ReorderDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
  UpdateWorkBasedLearningDto,
} from '@curriculum-builder/curriculum/dto';
import type { LearningOutcome } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import {
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import { CurriculaRepository } from './curricula.repository';
import { CurriculaService } from './curricula.service';
import { toOutcome, toUnit, toWorkBasedLearning } from './curriculum.mapper';
import type { Caller } from '../../common/caller';
import { AuditService } from '../audit/audit.service';
import { requireEditable, touchCurriculum } from './curriculum-access';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** Ids that are not in `known`, as field errors `field[i]`. */
function unknownIds(
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): FieldError[] {
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ path: `${field}[${i}]`, message: `${id} is not a ${what} of this curriculum` }],
  );
}

/** Units, learning outcomes and work-based learning periods of a curriculum. */
@Injectable()
export class CurriculumPartsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly curricula: CurriculaService,
    private readonly audit: AuditService,
  ) {}

  private log(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    action: string,
    entityType: string,
    entityId: string,
    before?: unknown,
    after?: unknown,
  ) {
    return this.audit.record(em, caller, {
      curriculumId,
      action,
      entityType,
      entityId,
      before,
      after,
    });
  }

  // ── units ──────────────────────────────────────────────────────────────────────────────────────

  createUnit(caller: Caller, curriculumId: string, dto: CreateUnitDto): Promise<Unit> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const id = randomUUID();
      await this.checkPrerequisites(em, curriculumId, id, dto.prerequisites ?? []);
      const unit = em.create(UnitEntity, {
        id,
        curriculumId,
        position: await this.repository.nextPosition(em, UnitEntity, {
          column: 'curriculum_id',
          id: curriculumId,
        }),
        code: dto.code.trim(),
        title: dto.title,
        description: dto.description ?? {},
        eqfLevel: dto.eqfLevel,
        ecvetPoints: dto.ecvetPoints,
        mandatory: dto.mandatory ?? true,
        electiveGroup: dto.electiveGroup ?? null,
        year: dto.year,
        term: dto.term ?? null,
        areas: dto.areas ?? [],
        escoSkills: dto.escoSkills ?? [],
        prerequisites: dto.prerequisites ?? [],
        assessment: dto.assessment ?? { methods: [], criteria: {} },
        version: 1,
      });
      await em.insert(UnitEntity, unit);
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'unit.created',
        'unit',
        id,
        undefined,
        toUnit(unit, []),
      );
      return toUnit(unit, []);
    });
  }

  updateUnit(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    dto: UpdateUnitDto,
  ): Promise<Unit> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const before = await this.unit(em, curriculumId, unitId);
      const { version, ...changes } = dto;
      if (changes.prerequisites !== undefined) {
        await this.checkPrerequisites(em, curriculumId, unitId, changes.prerequisites);
      }
      const fields = {
        ...changes,
        ...(changes.code !== undefined && { code: changes.code.trim() }),
      };
      if (!(await updateVersioned(em, UnitEntity, unitId, version, fields))) {
        throw new VersionConflictError('unit', await this.unit(em, curriculumId, unitId));
      }
      await touchCurriculum(em, curriculumId);
      const after = await this.unit(em, curriculumId, unitId);
      await this.log(em, caller, curriculumId, 'unit.updated', 'unit', unitId, before, after);
      return after;
    });
  }

  deleteUnit(caller: Caller, curriculumId: string, unitId: string, version: number): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const before = await this.unit(em, curriculumId, unitId);
      const outcomeIds = (
        await em.find(LearningOutcomeEntity, { where: { unitId }, select: { id: true } })
      ).map((o) => o.id);
      const deleted = await em.delete(UnitEntity, { id: unitId, version });
      if (deleted.affected !== 1) {
        throw new VersionConflictError('unit', await this.unit(em, curriculumId, unitId));
      }
      await this.removeReferences(em, curriculumId, new Set([unitId, ...outcomeIds]));
      await touchCurriculum(em, curriculumId);
      await this.log(em, caller, curriculumId, 'unit.deleted', 'unit', unitId, before);
    });
  }

  /** New order of all units, based on the curriculum's version (which it increments). */
  reorderUnits(caller: Caller, curriculumId: string, dto: ReorderDto): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const units = await em.find(UnitEntity, { where: { curriculumId }, select: { id: true } });
      await this.bumpParent(em, CurriculumEntity, curriculumId, dto.version, () =>
        this.curricula.tree(em, curriculumId),
      );
      this.checkPermutation(
        dto.ids,
        units.map((u) => u.id),
        'unit',
      );
      await this.writePositions(em, UnitEntity, dto.ids);
      await this.log(
        em,
        caller,
        curriculumId,
        'units.reordered',
        'curriculum',
        curriculumId,
        undefined,
        dto.ids,
      );
      return this.curricula.tree(em, curriculumId);
    });
  }

  // ── learning outcomes ───────────────────────────────────────────────────────────────────────────

  createOutcome(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    dto: CreateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      await this.requireUnit(em, curriculumId, unitId);
      const outcome = em.create(LearningOutcomeEntity, {
        id: randomUUID(),
        unitId,
        curriculumId,
        position: await this.repository.nextPosition(em, LearningOutcomeEntity, {
          column: 'unit_id',
          id: unitId,
        }),
        category: dto.category,
        text: dto.text,
        escoSkill: dto.escoSkill ?? null,
        version: 1,
      });
      await em.insert(LearningOutcomeEntity, outcome);
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'outcome.created',
        'learning-outcome',
        outcome.id,
        undefined,
        toOutcome(outcome),
      );
      return toOutcome(outcome);
    });
  }

  updateOutcome(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    outcomeId: string,
    dto: UpdateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const before = toOutcome(await this.requireOutcome(em, curriculumId, unitId, outcomeId));
      const { version, ...changes } = dto;
      if (!(await updateVersioned(em, LearningOutcomeEntity, outcomeId, version, changes))) {
        throw new VersionConflictError(
          'learning outcome',
          toOutcome(await this.requireOutcome(em, curriculumId, unitId, outcomeId)),
        );
      }
      await touchCurriculum(em, curriculumId);
      const after = toOutcome(await this.requireOutcome(em, curriculumId, unitId, outcomeId));
      await this.log(
        em,
        caller,
        curriculumId,
        'outcome.updated',
        'learning-outcome',
        outcomeId,
        before,
        after,
      );
      return after;
    });
  }

  deleteOutcome(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    outcomeId: string,
    version: number,
  ): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      const current = await this.requireOutcome(em, curriculumId, unitId, outcomeId);
      const deleted = await em.delete(LearningOutcomeEntity, { id: outcomeId, version });
      if (deleted.affected !== 1)
        throw new VersionConflictError('learning outcome', toOutcome(current));
      await this.removeReferences(em, curriculumId, new Set([outcomeId]));
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'outcome.deleted',
        'learning-outcome',
        outcomeId,
        toOutcome(current),
      );
    });
  }

  /** New order of a unit's outcomes, based on the unit's version (which it increments). */
  reorderOutcomes(
    caller: Caller,
    curriculumId: string,
    unitId: string,
    dto: ReorderDto,
  ): Promise<Unit> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, curriculumId);
      await this.requireUnit(em, curriculumId, unitId);
      const outcomes = await em.find(LearningOutcomeEntity, {
        where: { unitId },
        select: { id: true },
      });
      await this.bumpParent(em, UnitEntity, unitId, dto.version, () =>
        this.unit(em, curriculumId, unitId),
      );
      this.checkPermutation(
        dto.ids,
        outcomes.map((o) => o.id),
        'learning outcome',
      );
      await this.writePositions(em, LearningOutcomeEntity, dto.ids);
      await touchCurriculum(em, curriculumId);
      await this.log(
        em,
        caller,
        curriculumId,
        'outcomes.reordered',
        'unit',
        unitId,
        undefined,
        dto.ids,
      );
      return this.unit(em, curriculumId, unitId);
    });
  }

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
        throw new VersionConflictError('work-based learning period', toWorkBasedLearning(current));
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
        throw new VersionConflictError('work-based learning period', toWorkBasedLearning(current));
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

  private async requireUnit(
    em: EntityManager,
    curriculumId: string,
    unitId: string,
  ): Promise<UnitEntity> {
    const unit = await em.findOneBy(UnitEntity, { id: unitId, curriculumId });
    if (unit === null) throw new NotFoundError('Unit', unitId);
    return unit;
  }

  private async unit(em: EntityManager, curriculumId: string, unitId: string): Promise<Unit> {
    const unit = await this.requireUnit(em, curriculumId, unitId);
    return toUnit(
      unit,
      await em.find(LearningOutcomeEntity, { where: { unitId }, order: { position: 'ASC' } }),
    );
  }

  private async requireOutcome(
    em: EntityManager,
    curriculumId: string,
    unitId: string,
    outcomeId: string,
  ): Promise<LearningOutcomeEntity> {
    const outcome = await em.findOneBy(LearningOutcomeEntity, {
      id: outcomeId,
      unitId,
      curriculumId,
    });
    if (outcome === null) throw new NotFoundError('Learning outcome', outcomeId);
    return outcome;
  }

  private async requirePeriod(em: EntityManager, curriculumId: string, periodId: string) {
    const period = await em.findOneBy(WorkBasedLearningEntity, { id: periodId, curriculumId });
    if (period === null) throw new NotFoundError('Work-based learning period', periodId);
    return period;
  }

  private async checkPrerequisites(
    em: EntityManager,
    curriculumId: string,
    unitId: string,
    ids: readonly string[],
  ) {
    const units = await em.find(UnitEntity, { where: { curriculumId }, select: { id: true } });
    const known = new Set(units.map((u) => u.id).filter((id) => id !== unitId));
    const errors = unknownIds('prerequisites', ids, known, 'unit');
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  private async checkCoverage(
    em: EntityManager,
    curriculumId: string,
    unitIds: readonly string[],
    outcomeIds: readonly string[],
  ) {
    const [units, outcomes] = [
      await em.find(UnitEntity, { where: { curriculumId }, select: { id: true } }),
      outcomeIds.length === 0
        ? []
        : await em.find(LearningOutcomeEntity, {
            where: { curriculumId, id: In([...outcomeIds]) },
            select: { id: true },
          }),
    ];
    const errors = [
      ...unknownIds('unitIds', unitIds, new Set(units.map((u) => u.id)), 'unit'),
      ...unknownIds(
        'outcomeIds',
        outcomeIds,
        new Set(outcomes.map((o) => o.id)),
        'learning outcome',
      ),
    ];
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  /** `ids` must name every current child exactly once. */
  private checkPermutation(ids: readonly string[], current: readonly string[], what: string) {
    const given = new Set(ids);
    const complete =
      given.size === ids.length &&
      ids.length === current.length &&
      current.every((id) => given.has(id));
    if (!complete) {
      throw new InvalidInputError([
        {
          path: 'ids',
          message: `must list each of the ${current.length} ${what} ids exactly once`,
        },
      ]);
    }
  }

  private async bumpParent(
    em: EntityManager,
    entity: typeof CurriculumEntity | typeof UnitEntity,
    id: string,
    version: number,
    current: () => Promise<unknown>,
  ) {
    const changes = entity === CurriculumEntity ? { updatedAt: new Date().toISOString() } : {};
    // The entity type spelled out: inferred from the union, TypeScript may pick either member.
    if (!(await updateVersioned<CurriculumEntity | UnitEntity>(em, entity, id, version, changes))) {
      throw new VersionConflictError(
        entity === CurriculumEntity ? 'curriculum' : 'unit',
        await current(),
      );
    }
  }

  private async writePositions(
    em: EntityManager,
    entity: typeof UnitEntity | typeof LearningOutcomeEntity | typeof WorkBasedLearningEntity,
    ids: readonly string[],
  ) {
    for (const [position, id] of ids.entries()) await em.update(entity, { id }, { position });
  }

  /** Removes deleted units and outcomes from prerequisites and WBL coverage (those rows get new versions). */
  private async removeReferences(
    em: EntityManager,
    curriculumId: string,
    removed: ReadonlySet<string>,
  ) {
    const keep = (ids: readonly string[]) => ids.filter((id) => !removed.has(id));
    for (const unit of await em.find(UnitEntity, { where: { curriculumId } })) {
      if (unit.prerequisites.some((id) => removed.has(id))) {
        await em.update(
          UnitEntity,
          { id: unit.id },
          { prerequisites: keep(unit.prerequisites), version: unit.version + 1 },
        );
      }
    }
    for (const period of await em.find(WorkBasedLearningEntity, { where: { curriculumId } })) {
      if ([...period.unitIds, ...period.outcomeIds].some((id) => removed.has(id))) {
        await em.update(
          WorkBasedLearningEntity,
          { id: period.id },
          {
            unitIds: keep(period.unitIds),
            outcomeIds: keep(period.outcomeIds),
            version: period.version + 1,
          },
        );
      }
    }
  }
}
