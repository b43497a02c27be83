import {
  may,
  type Curriculum,
  type FieldError,
  type InstitutionRef,
  type MobilityEvent,
  type UnitRef,
  msg,
} from '@curriculum-builder/curriculum';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../common/errors/domain.errors';
import { CurriculumEntity, CurriculumVersionEntity } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { MobilityEventEntity } from './entities/mobility.entities';

/** A published curriculum version a learner or a MoU refers to. */
export interface PublishedCurriculum {
  readonly curriculum: Curriculum;
  readonly number: number;
}

/**
 * Version `number` of a curriculum (default: its latest published one, which must not be
 * archived); `path` names the field of a request that chose it.
 */
export async function publishedCurriculum(
  em: EntityManager,
  curriculumId: string,
  number?: number,
  path = 'curriculumId',
): Promise<PublishedCurriculum> {
  if (number === undefined) {
    const entity = await em.findOneBy(CurriculumEntity, { id: curriculumId });
    if (entity?.publishedVersion == null || entity.status === 'archived') {
      throw new InvalidInputError([{ path, message: msg`must be a published curriculum` }]);
    }
    number = entity.publishedVersion;
  }
  const version = await em.findOneBy(CurriculumVersionEntity, { curriculumId, number });
  if (version === null)
    throw new NotFoundError(msg`Curriculum version`, `${curriculumId}/${number}`);
  return { curriculum: version.snapshot, number };
}

/** Published versions by `curriculumId/number`, each read once. */
export async function publishedCurricula(
  em: EntityManager,
  refs: readonly { curriculumId: string; curriculumVersion: number }[],
): Promise<Map<string, Curriculum>> {
  const found = new Map<string, Curriculum>();
  for (const { curriculumId, curriculumVersion } of refs) {
    const key = `${curriculumId}/${curriculumVersion}`;
    if (!found.has(key))
      found.set(key, (await publishedCurriculum(em, curriculumId, curriculumVersion)).curriculum);
  }
  return found;
}

export async function institutionRefs(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, InstitutionRef>> {
  const rows = ids.length === 0 ? [] : await em.findBy(InstitutionEntity, { id: In([...ids]) });
  return new Map(rows.map(({ id, name, country }) => [id, { id, name, country }]));
}

export async function institutionRef(em: EntityManager, id: string): Promise<InstitutionRef> {
  const ref = (await institutionRefs(em, [id])).get(id);
  if (ref === undefined) throw new NotFoundError(msg`Institution`, id);
  return ref;
}

/** The units `ids` of `curriculum`, in the curriculum's order, with their outcomes. */
export function unitRefs(curriculum: Curriculum, ids: readonly string[]): UnitRef[] {
  const wanted = new Set(ids);
  return curriculum.units
    .filter((u) => wanted.has(u.id))
    .map((u) => ({
      id: u.id,
      code: u.code,
      title: u.title,
      ecvetPoints: u.ecvetPoints,
      outcomes: u.outcomes.map((o) => ({ id: o.id, text: o.text })),
    }));
}

/** Problems of unit (and outcome) ids that are not in `curriculum` (or not in `allowed`). */
export function unknownUnits(
  curriculum: Curriculum,
  unitIds: readonly string[],
  path: string,
  allowed?: ReadonlySet<string>,
): FieldError[] {
  const known = new Set(curriculum.units.map((u) => u.id));
  return unitIds.flatMap((id, i) =>
    !known.has(id)
      ? [{ path: `${path}[${i}]`, message: msg`is not a unit of the curriculum` }]
      : allowed !== undefined && !allowed.has(id)
        ? [{ path: `${path}[${i}]`, message: msg`is not a unit the host delivers under the MoU` }]
        : [],
  );
}

/** The school of a mobility coordinator (`mobility.manage`); 403 with `message` for anyone else. */
export function requireCoordinator(caller: Caller, message: string): string {
  if (!may(caller.role, 'mobility.manage') || caller.institutionId === null)
    throw new ForbiddenError(message);
  return caller.institutionId;
}

/** A problem when `from` is after `until`. */
export function periodProblems(from: string, until: string, path: string): FieldError[] {
  return from > until ? [{ path, message: msg`must not be before the start date` }] : [];
}

export function requireNoProblems(problems: readonly FieldError[]): void {
  if (problems.length > 0) throw new InvalidInputError([...problems]);
}

/** Writes one entry of a document's audit trail (never a learner's personal data). */
export async function recordEvent(
  em: EntityManager,
  caller: Caller | null,
  subjectType: MobilityEventEntity['subjectType'],
  subjectId: string,
  action: string,
  detail: string | null = null,
): Promise<void> {
  const institution =
    caller?.institutionId == null
      ? null
      : await em.findOneBy(InstitutionEntity, { id: caller.institutionId });
  await em.insert(MobilityEventEntity, {
    id: randomUUID(),
    subjectType,
    subjectId,
    action,
    userId: caller?.userId ?? null,
    byName: caller?.displayName ?? null,
    institutionName: institution?.name ?? null,
    detail,
    at: nowIso(),
  });
}

export async function historyOf(em: EntityManager, subjectId: string): Promise<MobilityEvent[]> {
  const events = await em.find(MobilityEventEntity, {
    where: { subjectId },
    order: { at: 'ASC' },
  });
  return events.map(({ at, action, byName, institutionName, detail }) => ({
    at,
    action,
    by: byName,
    institution: institutionName,
    detail,
  }));
}
