import {
  canonicalJson,
  changedOutcomeSkills,
  type MergedUnit,
  unitExtentOf,
  type Curriculum,
  type EscoReference,
  type LearningOutcome,
  type ProvenanceRecord,
  type Unit,
  msg,
} from '@curriculum-builder/curriculum';
import type {
  CreateOutcomeDto,
  CreateUnitDto,
  ReorderDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
} from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import { requireEditable, touchCurriculum } from './curriculum-access';
import { confirmGuesses, fieldsSet } from './imported-guesses';
import { CurriculumPartsBase } from './curriculum-parts.base';
import { unknownIds } from './unknown-ids';
import { toOutcome, toUnit } from './curriculum.mapper';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** The units of a curriculum and their learning outcomes. */
@Injectable()
export class UnitsService extends CurriculumPartsBase {
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
        // An add-on is optional unless the request says otherwise (R2 then reports it).
        mandatory: dto.mandatory ?? dto.addOn !== true,
        electiveGroup: dto.electiveGroup ?? null,
        addOn: dto.addOn ?? false,
        year: dto.year,
        term: dto.term ?? null,
        ...unitExtentOf(dto),
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

  /**
   * A copy of `unit` (another curriculum's: the shared library's, ADR 0029) as a new unit at the
   * end of `curriculumId`, within the caller's transaction `em`, with new ids for it and its
   * outcomes and the provenance given. Its year and term stay; its elective group and
   * prerequisites name another curriculum's parts and do not (it is mandatory until the author
   * places it).
   */
  async insertCopy(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    unit: Unit,
    provenance: Omit<ProvenanceRecord, 'outcomeSources'>,
  ): Promise<Unit> {
    await requireEditable(this.repository, em, caller, curriculumId);
    const outcomeIds = unit.outcomes.map(() => randomUUID());
    const id = randomUUID();
    const row = em.create(UnitEntity, {
      id,
      curriculumId,
      position: await this.repository.nextPosition(em, UnitEntity, {
        column: 'curriculum_id',
        id: curriculumId,
      }),
      code: unit.code,
      title: unit.title,
      description: unit.description,
      eqfLevel: unit.eqfLevel,
      ecvetPoints: unit.ecvetPoints,
      mandatory: !unit.addOn,
      electiveGroup: null,
      addOn: unit.addOn,
      year: unit.year,
      term: unit.term,
      ...unitExtentOf(unit),
      areas: [...unit.areas],
      escoSkills: [...unit.escoSkills],
      prerequisites: [],
      assessment: unit.assessment,
      version: 1,
      caseIdentifier: null,
      caseOrigin: null,
      provenance: {
        ...provenance,
        outcomeSources: Object.fromEntries(unit.outcomes.map((o, i) => [outcomeIds[i], o.id])),
      },
    });
    await em.insert(UnitEntity, row);
    const outcomes = unit.outcomes.map((outcome, position) =>
      em.create(LearningOutcomeEntity, {
        id: outcomeIds[position],
        unitId: id,
        curriculumId,
        position,
        category: outcome.category,
        text: outcome.text,
        criteria: outcome.criteria,
        escoSkills: [...outcome.escoSkills],
        version: 1,
        caseIdentifier: null,
        caseOrigin: null,
      }),
    );
    if (outcomes.length > 0) await em.insert(LearningOutcomeEntity, outcomes);
    await touchCurriculum(em, curriculumId);
    const created = toUnit(row, outcomes);
    await this.log(em, caller, curriculumId, 'unit.adopted', 'unit', id, undefined, created);
    return created;
  }

  /**
   * Rewrites an adopted unit as `merged`, a library update taken (ADR 0029), within the caller's
   * transaction `em`: its content, its outcomes (kept, changed, new; references to the ones it
   * loses go too) in the merged order, and its provenance, which now names the version taken.
   */
  async rewriteFromLibrary(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    unitId: string,
    merged: MergedUnit,
    provenance: Omit<ProvenanceRecord, 'outcomeSources'>,
  ): Promise<Unit> {
    await requireEditable(this.repository, em, caller, curriculumId);
    const before = await this.unit(em, curriculumId, unitId);
    const ids = merged.outcomes.map((outcome) => outcome.localId ?? randomUUID());
    const outcomeSources = Object.fromEntries(
      merged.outcomes.flatMap((o, i) => (o.sourceId === null ? [] : [[ids[i], o.sourceId]])),
    );
    await updateVersioned(em, UnitEntity, unitId, before.version, {
      ...merged.content,
      areas: [...merged.content.areas],
      escoSkills: [...merged.content.escoSkills],
      provenance: { ...provenance, outcomeSources },
    });
    const kept = new Set(ids);
    const removed = before.outcomes.filter((o) => !kept.has(o.id)).map((o) => o.id);
    if (removed.length > 0) {
      await em.delete(LearningOutcomeEntity, { id: In(removed) });
      await this.removeReferences(em, curriculumId, new Set(removed));
    }
    const existing = new Map(before.outcomes.map((o) => [o.id, o]));
    for (const [position, outcome] of merged.outcomes.entries()) {
      const was = outcome.localId === null ? undefined : existing.get(outcome.localId);
      const content = { ...outcome.content, escoSkills: [...outcome.content.escoSkills], position };
      if (was === undefined) {
        await em.insert(LearningOutcomeEntity, {
          ...content,
          id: ids[position],
          unitId,
          curriculumId,
          version: 1,
        });
      } else if (
        was.category !== content.category ||
        canonicalJson([was.text, was.criteria, was.escoSkills]) !==
          canonicalJson([content.text, content.criteria, content.escoSkills])
      ) {
        await updateVersioned(em, LearningOutcomeEntity, was.id, was.version, content);
      } else {
        await em.update(LearningOutcomeEntity, { id: was.id }, { position });
      }
    }
    await touchCurriculum(em, curriculumId);
    const after = await this.unit(em, curriculumId, unitId);
    await this.log(em, caller, curriculumId, 'unit.library-update', 'unit', unitId, before, after);
    return after;
  }

  /** Replaces an adopted unit's provenance record (a library update dismissed), within `em`. */
  async setProvenance(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    unitId: string,
    provenance: ProvenanceRecord,
  ): Promise<void> {
    await requireEditable(this.repository, em, caller, curriculumId);
    const before = await this.requireUnit(em, curriculumId, unitId);
    await updateVersioned(em, UnitEntity, unitId, before.version, { provenance });
    await touchCurriculum(em, curriculumId);
    await this.log(
      em,
      caller,
      curriculumId,
      'unit.provenance',
      'unit',
      unitId,
      before.provenance,
      provenance,
    );
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
        // Becoming an add-on makes a unit optional and takes it out of its group, unless the
        // request says otherwise (R2 then reports the contradiction).
        ...(changes.addOn === true &&
          !before.addOn && {
            mandatory: changes.mandatory ?? false,
            electiveGroup: changes.electiveGroup ?? null,
          }),
      };
      if (!(await updateVersioned(em, UnitEntity, unitId, version, fields))) {
        throw new VersionConflictError(msg`unit`, await this.unit(em, curriculumId, unitId));
      }
      await confirmGuesses(em, UnitEntity, unitId, before.case, fieldsSet(fields));
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
        throw new VersionConflictError(msg`unit`, await this.unit(em, curriculumId, unitId));
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
        criteria: dto.criteria ?? {},
        escoSkills: outcomeSkills([], dto),
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
      const { version, escoSkill, escoSkills, ...rest } = dto;
      const skillsChanged = escoSkill !== undefined || escoSkills !== undefined;
      const changes = skillsChanged
        ? { ...rest, escoSkills: outcomeSkills(before.escoSkills, { escoSkill, escoSkills }) }
        : rest;
      if (!(await updateVersioned(em, LearningOutcomeEntity, outcomeId, version, changes))) {
        throw new VersionConflictError(
          msg`learning outcome`,
          toOutcome(await this.requireOutcome(em, curriculumId, unitId, outcomeId)),
        );
      }
      await confirmGuesses(em, LearningOutcomeEntity, outcomeId, before.case, fieldsSet(changes));
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
        throw new VersionConflictError(msg`learning outcome`, toOutcome(current));
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

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────────

  private async requireUnit(
    em: EntityManager,
    curriculumId: string,
    unitId: string,
  ): Promise<UnitEntity> {
    const unit = await em.findOneBy(UnitEntity, { id: unitId, curriculumId });
    if (unit === null) throw new NotFoundError(msg`Unit`, unitId);
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
    if (outcome === null) throw new NotFoundError(msg`Learning outcome`, outcomeId);
    return outcome;
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
    // The assessment plan and the partial qualifications name them by id too (a new curriculum
    // version: they changed).
    const curriculum = await em.findOneByOrFail(CurriculumEntity, { id: curriculumId });
    const plan = curriculum.assessmentPlan;
    const partials = curriculum.partialQualifications;
    const names = (ids: readonly string[]) => ids.some((id) => removed.has(id));
    if (
      plan.some((part) => names([...part.unitIds, ...part.outcomeIds])) ||
      partials.some((partial) => names(partial.unitIds))
    ) {
      await em.update(
        CurriculumEntity,
        { id: curriculumId },
        {
          assessmentPlan: plan.map((part) => ({
            ...part,
            unitIds: keep(part.unitIds),
            outcomeIds: keep(part.outcomeIds),
          })),
          partialQualifications: partials.map((partial) => ({
            ...partial,
            unitIds: keep(partial.unitIds),
          })),
          version: curriculum.version + 1,
        },
      );
    }
  }
}

/** The outcome's skills after `change` (400 at `escoSkill` when it disagrees with the list). */
function outcomeSkills(
  current: readonly EscoReference[],
  change: Pick<CreateOutcomeDto, 'escoSkill' | 'escoSkills'>,
): EscoReference[] {
  const result = changedOutcomeSkills(current, change);
  if ('problem' in result)
    throw new InvalidInputError([{ path: 'escoSkill', message: result.problem }]);
  return result.skills;
}
