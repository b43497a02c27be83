import type {
  CurriculumContent,
  CurriculumStatus,
  FieldError,
} from '@curriculum-builder/curriculum';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { insertChunked } from '../../infrastructure/database/insert-chunked';
import { nowIso } from '../../common/clock';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

export interface ContentPlacement {
  readonly institutionId: string;
  readonly status: CurriculumStatus;
}

/**
 * Stores portable curriculum content (units by code, outcomes by index) as a new curriculum with
 * fresh ids, inside the caller's transaction. References that resolve to nothing are rejected with
 * every problem listed; nothing is written then.
 */
export async function insertCurriculumContent(
  em: EntityManager,
  content: CurriculumContent,
  placement: ContentPlacement,
): Promise<string> {
  const curriculumId = randomUUID();
  const unitIds = new Map(content.units.map((unit) => [unit.code, randomUUID()]));
  const outcomeIds = content.units.map((unit) => unit.outcomes.map(() => randomUUID()));
  const outcomeIndex = new Map(content.units.map((unit, i) => [unit.code, outcomeIds[i]]));
  const problems: FieldError[] = [];

  const units = content.units.map((unit, i) => ({
    id: unitIds.get(unit.code) as string,
    curriculumId,
    position: i,
    code: unit.code,
    title: unit.title,
    description: unit.description,
    eqfLevel: unit.eqfLevel,
    ecvetPoints: unit.ecvetPoints,
    mandatory: unit.mandatory,
    electiveGroup: unit.electiveGroup,
    year: unit.year,
    term: unit.term,
    areas: [...unit.areas],
    escoSkills: [...unit.escoSkills],
    prerequisites: unit.prerequisiteCodes.flatMap((code, k) => {
      const id = unitIds.get(code);
      if (id === undefined)
        problems.push({
          path: `units[${i}].prerequisiteCodes[${k}]`,
          message: `no unit has the code ${code}`,
        });
      return id === undefined ? [] : [id];
    }),
    assessment: { methods: [...unit.assessment.methods], criteria: unit.assessment.criteria },
    version: 1,
  }));
  const outcomes = content.units.flatMap((unit, i) =>
    unit.outcomes.map((outcome, k) => ({
      id: outcomeIds[i][k],
      unitId: units[i].id,
      curriculumId,
      position: k,
      category: outcome.category,
      text: outcome.text,
      escoSkill: outcome.escoSkill ?? null,
      version: 1,
    })),
  );
  const periods = content.workBasedLearning.map((period, p) => ({
    id: randomUUID(),
    curriculumId,
    position: p,
    title: period.title,
    year: period.year,
    term: period.term,
    durationHours: period.durationHours,
    companyProfile: period.companyProfile,
    mentorRole: period.mentorRole,
    unitIds: period.unitCodes.flatMap((code, k) => {
      const id = unitIds.get(code);
      if (id === undefined)
        problems.push({
          path: `workBasedLearning[${p}].unitCodes[${k}]`,
          message: `no unit has the code ${code}`,
        });
      return id === undefined ? [] : [id];
    }),
    outcomeIds: period.outcomeRefs.flatMap((ref, k) => {
      const id = outcomeIndex.get(ref.unitCode)?.[ref.index];
      if (id === undefined) {
        problems.push({
          path: `workBasedLearning[${p}].outcomeRefs[${k}]`,
          message: `unit ${ref.unitCode} has no outcome ${ref.index}`,
        });
      }
      return id === undefined ? [] : [id];
    }),
    assessment: period.assessment,
    version: 1,
  }));
  if (unitIds.size !== content.units.length) {
    problems.push({ path: 'units', message: 'unit codes must be unique' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  const now = nowIso();
  await em.insert(CurriculumEntity, {
    id: curriculumId,
    institutionId: placement.institutionId,
    code: content.code,
    title: content.title,
    description: content.description,
    eqfLevel: content.eqfLevel,
    nqfLevel: content.nqfLevel,
    iscedFCode: content.iscedFCode,
    occupation: content.occupation,
    durationMonths: content.durationMonths,
    fullTime: content.fullTime,
    ecvetPoints: content.ecvetPoints,
    primaryLanguage: content.primaryLanguage,
    languages: [...content.languages],
    electiveGroups: [...content.electiveGroups],
    thresholds: content.thresholds,
    status: placement.status,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await insertChunked(em, UnitEntity, units);
  await insertChunked(em, LearningOutcomeEntity, outcomes);
  await insertChunked(em, WorkBasedLearningEntity, periods);
  return curriculumId;
}
