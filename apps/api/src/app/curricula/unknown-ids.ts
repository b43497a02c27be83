import type { FieldError } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { EntityManager, In } from 'typeorm';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';

/** Why an id is refused: it names no part of this kind in the curriculum. */
const NOT_OF_THIS_CURRICULUM = {
  unit: (id: string) => msg`${id} is not a unit of this curriculum`,
  'learning outcome': (id: string) => msg`${id} is not a learning outcome of this curriculum`,
};

/** Ids that are not in `known`, as field errors `field[i]`. */
export function unknownIds(
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: keyof typeof NOT_OF_THIS_CURRICULUM,
): FieldError[] {
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `${field}[${i}]`, message: NOT_OF_THIS_CURRICULUM[what](id) }],
  );
}

/**
 * The unit and outcome ids that name nothing of the curriculum, as field errors under each
 * list's `at` (`''` → `unitIds[0]`; `assessmentPlan[1].` → `assessmentPlan[1].unitIds[0]`): the
 * references of a WBL period or of the assessment plan's parts, in two queries of ids.
 */
export async function unknownReferences(
  em: EntityManager,
  curriculumId: string,
  lists: readonly {
    readonly at: string;
    readonly unitIds: readonly string[];
    readonly outcomeIds: readonly string[];
  }[],
): Promise<FieldError[]> {
  const outcomeIds = [...new Set(lists.flatMap((list) => list.outcomeIds))];
  const [units, outcomes] = [
    await em.find(UnitEntity, { where: { curriculumId }, select: { id: true } }),
    outcomeIds.length === 0
      ? []
      : await em.find(LearningOutcomeEntity, {
          where: { curriculumId, id: In(outcomeIds) },
          select: { id: true },
        }),
  ];
  const knownUnits = new Set(units.map((u) => u.id));
  const knownOutcomes = new Set(outcomes.map((o) => o.id));
  return lists.flatMap((list) => [
    ...unknownIds(`${list.at}unitIds`, list.unitIds, knownUnits, 'unit'),
    ...unknownIds(`${list.at}outcomeIds`, list.outcomeIds, knownOutcomes, 'learning outcome'),
  ]);
}
