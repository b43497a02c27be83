import type { TextOwner } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import { InvalidInputError, VersionConflictError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import { AuditService } from '../audit/audit.service';
import { CurriculaRepository } from './curricula.repository';
import { CurriculaService } from './curricula.service';
import { CurriculumEntity } from './entities/curriculum.entity';
import { TranslationLedger } from './translation-ledger';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** The owners of texts among the audit trail's entity types. */
const PART_OWNERS: Readonly<Record<string, TextOwner>> = {
  unit: 'unit',
  'learning-outcome': 'outcome',
  'work-based-learning': 'wbl',
};

/** Why a reordering's `ids` are refused: they must list each part of its kind exactly once. */
const NOT_A_PERMUTATION = {
  unit: (count: number) => msg`must list each of the ${count} unit ids exactly once`,
  'learning outcome': (count: number) =>
    msg`must list each of the ${count} learning outcome ids exactly once`,
  'work-based learning period': (count: number) =>
    msg`must list each of the ${count} work-based learning period ids exactly once`,
};

/**
 * What the services of a curriculum's parts (units and outcomes; work-based learning periods)
 * share: the unit of work, the audit trail, version checks of the parent, and positions.
 */
@Injectable()
export class CurriculumPartsBase {
  constructor(
    protected readonly unitOfWork: UnitOfWork,
    protected readonly repository: CurriculaRepository,
    protected readonly curricula: CurriculaService,
    private readonly audit: AuditService,
    private readonly translations: TranslationLedger,
  ) {}

  protected async log(
    em: EntityManager,
    caller: Caller,
    curriculumId: string,
    action: string,
    entityType: string,
    entityId: string,
    before?: unknown,
    after?: unknown,
  ) {
    // A part's texts as they were and are: what its translations were made from (ADR 0025).
    const owner = PART_OWNERS[entityType];
    if (owner !== undefined)
      await this.translations.trackPart(em, curriculumId, owner, before, after);
    return this.audit.record(em, caller, {
      curriculumId,
      action,
      entityType,
      entityId,
      before,
      after,
    });
  }

  protected checkPermutation(
    ids: readonly string[],
    current: readonly string[],
    what: keyof typeof NOT_A_PERMUTATION,
  ) {
    const given = new Set(ids);
    const complete =
      given.size === ids.length &&
      ids.length === current.length &&
      current.every((id) => given.has(id));
    if (!complete) {
      throw new InvalidInputError([
        { path: 'ids', message: NOT_A_PERMUTATION[what](current.length) },
      ]);
    }
  }

  protected async bumpParent(
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
        entity === CurriculumEntity ? msg`curriculum` : msg`unit`,
        await current(),
      );
    }
  }

  protected async writePositions(
    em: EntityManager,
    entity: typeof UnitEntity | typeof LearningOutcomeEntity | typeof WorkBasedLearningEntity,
    ids: readonly string[],
  ) {
    for (const [position, id] of ids.entries()) await em.update(entity, { id }, { position });
  }
}
