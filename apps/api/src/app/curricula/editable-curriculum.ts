import type { CurriculumStatus } from '@curriculum-builder/curriculum';
import { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../common/errors/domain.errors';
import { CurriculaRepository } from './curricula.repository';
import { CurriculumEntity } from './entities/curriculum.entity';

/** Statuses in which authors change a curriculum; everything else is frozen or under review. */
export const EDITABLE_STATUSES: readonly CurriculumStatus[] = ['draft', 'changes-requested'];

export function nowIso(): string {
  return new Date().toISOString();
}

/** The curriculum, if it exists and may be edited now; otherwise 404 or 409. */
export async function requireEditable(
  repository: CurriculaRepository,
  em: EntityManager,
  id: string,
): Promise<CurriculumEntity> {
  const curriculum = await repository.findCurriculum(em, id);
  if (curriculum === null) throw new NotFoundError('Curriculum', id);
  if (!EDITABLE_STATUSES.includes(curriculum.status)) {
    throw new InvalidStateError(
      `Curriculum ${id} is ${curriculum.status}; only drafts and curricula with requested changes can be edited.`,
    );
  }
  return curriculum;
}

/** Records that a part of the curriculum changed (its own version stays: other fields did not change). */
export async function touchCurriculum(em: EntityManager, id: string): Promise<void> {
  await em.update(CurriculumEntity, { id }, { updatedAt: nowIso() });
}
