import type {
  Curriculum,
  CurriculumSummary,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import type { CurriculumEntity } from './entities/curriculum.entity';
import type { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import type { UnitEntity } from './entities/unit.entity';
import type { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** The rows of one curriculum, as loaded by `CurriculaRepository.findTree`. */
export interface CurriculumRows {
  readonly curriculum: CurriculumEntity;
  readonly units: readonly UnitEntity[];
  readonly outcomes: readonly LearningOutcomeEntity[];
  readonly workBasedLearning: readonly WorkBasedLearningEntity[];
}

export function toOutcome(row: LearningOutcomeEntity): LearningOutcome {
  return {
    id: row.id,
    version: row.version,
    category: row.category,
    text: row.text,
    escoSkill: row.escoSkill,
  };
}

export function toUnit(row: UnitEntity, outcomes: readonly LearningOutcomeEntity[]): Unit {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    title: row.title,
    description: row.description,
    eqfLevel: row.eqfLevel,
    ecvetPoints: row.ecvetPoints,
    mandatory: row.mandatory,
    electiveGroup: row.electiveGroup,
    year: row.year,
    term: row.term,
    areas: row.areas,
    escoSkills: row.escoSkills,
    prerequisites: row.prerequisites,
    assessment: row.assessment,
    outcomes: [...outcomes].sort((a, b) => a.position - b.position).map(toOutcome),
  };
}

export function toWorkBasedLearning(row: WorkBasedLearningEntity): WorkBasedLearningPeriod {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    year: row.year,
    term: row.term,
    durationHours: row.durationHours,
    companyProfile: row.companyProfile,
    mentorRole: row.mentorRole,
    unitIds: row.unitIds,
    outcomeIds: row.outcomeIds,
    assessment: row.assessment,
  };
}

/** Assembles the whole tree in memory from the rows (no further queries). */
export function toCurriculum(rows: CurriculumRows): Curriculum {
  const outcomesByUnit = new Map<string, LearningOutcomeEntity[]>();
  for (const outcome of rows.outcomes) {
    const list = outcomesByUnit.get(outcome.unitId) ?? [];
    list.push(outcome);
    outcomesByUnit.set(outcome.unitId, list);
  }
  const c = rows.curriculum;
  return {
    ...toCurriculumFields(c),
    units: [...rows.units]
      .sort((a, b) => a.position - b.position)
      .map((unit) => toUnit(unit, outcomesByUnit.get(unit.id) ?? [])),
    workBasedLearning: [...rows.workBasedLearning]
      .sort((a, b) => a.position - b.position)
      .map(toWorkBasedLearning),
  };
}

function toCurriculumFields(c: CurriculumEntity): Omit<Curriculum, 'units' | 'workBasedLearning'> {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    institutionId: c.institutionId,
    code: c.code,
    title: c.title,
    description: c.description,
    eqfLevel: c.eqfLevel,
    nqfLevel: c.nqfLevel,
    iscedFCode: c.iscedFCode,
    occupation: c.occupation,
    durationMonths: c.durationMonths,
    fullTime: c.fullTime,
    ecvetPoints: c.ecvetPoints,
    primaryLanguage: c.primaryLanguage,
    languages: c.languages,
    electiveGroups: c.electiveGroups,
    thresholds: c.thresholds,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toSummary(c: CurriculumEntity, unitCount: number): CurriculumSummary {
  return {
    id: c.id,
    version: c.version,
    code: c.code,
    title: c.title,
    status: c.status,
    ecvetPoints: c.ecvetPoints,
    eqfLevel: c.eqfLevel,
    primaryLanguage: c.primaryLanguage,
    languages: c.languages,
    institutionId: c.institutionId,
    unitCount,
    updatedAt: c.updatedAt,
  };
}
