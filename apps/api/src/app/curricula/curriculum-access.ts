import {
  canTransition,
  curriculumAccess,
  isEditable,
  needsSubmissionFact,
  type CurriculumAccess,
  msg,
} from '@curriculum-builder/curriculum';
import { EntityManager } from 'typeorm';
import { nowIso } from '../../common/clock';
import type { Caller } from '../../common/caller';
import {
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import { SubmissionEntity } from './entities/submission.entity';
import { CurriculaRepository } from './curricula.repository';
import { CurriculumEntity } from './entities/curriculum.entity';

/** What a caller may see of a curriculum (`curriculumAccess` of libs/curriculum decides). */
export type Access = CurriculumAccess;

export { WORKING_COPY_ACCESS } from '@curriculum-builder/curriculum';

/** The columns of a curriculum that decide who may see it. */
export type CurriculumVisibility = Pick<
  CurriculumEntity,
  'id' | 'institutionId' | 'status' | 'publishedVersion'
>;

/** The caller's access to `curriculum`: the policy's pure decision, with the one fact it may need from the database. */
export async function accessTo(
  em: EntityManager,
  caller: Caller | null,
  curriculum: CurriculumVisibility,
): Promise<Access> {
  const submitted =
    needsSubmissionFact(caller, curriculum) &&
    (await em.countBy(SubmissionEntity, {
      curriculumId: curriculum.id,
      associationId: caller?.institutionId ?? '',
    })) > 0;
  return curriculumAccess(caller, curriculum, submitted);
}

async function requireAccess<T extends CurriculumVisibility>(
  em: EntityManager,
  caller: Caller | null,
  id: string,
  curriculum: T | null,
): Promise<{ curriculum: T; access: Access }> {
  const access = curriculum === null ? 'none' : await accessTo(em, caller, curriculum);
  if (curriculum === null || access === 'none') throw new NotFoundError(msg`Curriculum`, id);
  return { curriculum, access };
}

/** The curriculum and the caller's access to it; 404 when the caller may not know it exists. */
export async function requireVisible(
  repository: CurriculaRepository,
  em: EntityManager,
  caller: Caller | null,
  id: string,
): Promise<{ curriculum: CurriculumEntity; access: Access }> {
  return requireAccess(em, caller, id, await repository.findCurriculum(em, id));
}

/** As `requireVisible`, loading only the columns that decide access (for the hot read paths). */
export async function requireReadable(
  repository: CurriculaRepository,
  em: EntityManager,
  caller: Caller | null,
  id: string,
): Promise<{ curriculum: CurriculumVisibility; access: Access }> {
  return requireAccess(em, caller, id, await repository.findVisibility(em, id));
}

/** The curriculum, if the caller is one of its authors: 404 if invisible, 403 if only readable. */
export async function requireAuthor(
  repository: CurriculaRepository,
  em: EntityManager,
  caller: Caller,
  id: string,
): Promise<CurriculumEntity> {
  const { curriculum, access } = await requireVisible(repository, em, caller, id);
  if (access !== 'author')
    throw new ForbiddenError(msg`Only authors of the owning institution may do this.`);
  return curriculum;
}

/**
 * The curriculum, if the caller is one of its authors and it may be edited now (404, 403 or 409
 * otherwise). Only checks: a published curriculum is reopened first (`POST …/reopen`), which the
 * workflow records; learners keep the published version meanwhile.
 */
export async function requireEditable(
  repository: CurriculaRepository,
  em: EntityManager,
  caller: Caller,
  id: string,
): Promise<CurriculumEntity> {
  const curriculum = await requireAuthor(repository, em, caller, id);
  assertEditable(curriculum);
  return curriculum;
}

/** 409 unless the curriculum's status lets its authors edit it (a published one: reopen first). */
export function assertEditable(curriculum: Pick<CurriculumEntity, 'id' | 'status'>): void {
  const { id, status } = curriculum;
  if (isEditable(status)) return;
  throw new InvalidStateError(
    canTransition(status, 'reopen')
      ? msg`Curriculum ${id} is ${status}; reopen it for editing first (POST /api/v1/curricula/${id}/reopen): that starts a new draft, and learners keep the published version until the next one.`
      : msg`Curriculum ${id} is ${status}; it can be edited as a draft or with requested changes.`,
  );
}

/** Records that a part of the curriculum changed (its own version stays: other fields did not change). */
export async function touchCurriculum(em: EntityManager, id: string): Promise<void> {
  await em.update(CurriculumEntity, { id }, { updatedAt: nowIso() });
}
