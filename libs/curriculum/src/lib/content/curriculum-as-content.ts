import { unitExtentOf, type Curriculum } from '../model/curriculum';
import type { CurriculumContent } from './curriculum-content';

/**
 * The portable content of a stored curriculum: ids become unit codes and outcome indexes (the shape
 * the exports write and the imports read). References that name nothing are left out.
 */
export function curriculumAsContent(curriculum: Curriculum): CurriculumContent {
  const unitCode = new Map(curriculum.units.map((unit) => [unit.id, unit.code]));
  const outcomeRef = new Map(
    curriculum.units.flatMap((unit) =>
      unit.outcomes.map((outcome, index) => [outcome.id, { unitCode: unit.code, index }] as const),
    ),
  );
  return {
    code: curriculum.code,
    qualificationCode: curriculum.qualificationCode ?? null,
    title: curriculum.title,
    description: curriculum.description,
    eqfLevel: curriculum.eqfLevel,
    nqfLevel: curriculum.nqfLevel,
    iscedFCode: curriculum.iscedFCode,
    occupation: curriculum.occupation,
    durationMonths: curriculum.durationMonths,
    referenceDurationMonths: curriculum.referenceDurationMonths,
    programmeForm: curriculum.programmeForm,
    intensity: curriculum.intensity,
    fullTime: curriculum.fullTime,
    ecvetPoints: curriculum.ecvetPoints,
    primaryLanguage: curriculum.primaryLanguage,
    languages: curriculum.languages,
    requiredLanguages: curriculum.requiredLanguages,
    electiveGroups: curriculum.electiveGroups,
    assessmentPlan: curriculum.assessmentPlan.map(({ unitIds, outcomeIds, ...part }) => ({
      ...part,
      unitCodes: unitIds.flatMap((id) => unitCode.get(id) ?? []),
      outcomeRefs: outcomeIds.flatMap((id) => outcomeRef.get(id) ?? []),
    })),
    partialQualifications: curriculum.partialQualifications.map(({ unitIds, ...partial }) => ({
      ...partial,
      unitCodes: unitIds.flatMap((id) => unitCode.get(id) ?? []),
    })),
    thresholds: curriculum.thresholds,
    units: curriculum.units.map((unit) => ({
      code: unit.code,
      title: unit.title,
      description: unit.description,
      eqfLevel: unit.eqfLevel,
      ecvetPoints: unit.ecvetPoints,
      mandatory: unit.mandatory,
      electiveGroup: unit.electiveGroup,
      addOn: unit.addOn,
      year: unit.year,
      term: unit.term,
      ...unitExtentOf(unit),
      areas: unit.areas,
      escoSkills: unit.escoSkills,
      prerequisiteCodes: unit.prerequisites.flatMap((id) => unitCode.get(id) ?? []),
      assessment: { methods: unit.assessment.methods, criteria: unit.assessment.criteria },
      outcomes: unit.outcomes.map((outcome) => ({
        category: outcome.category,
        text: outcome.text,
        ...(Object.keys(outcome.criteria ?? {}).length === 0 ? {} : { criteria: outcome.criteria }),
        ...(outcome.escoSkills.length === 0 ? {} : { escoSkills: outcome.escoSkills }),
      })),
    })),
    workBasedLearning: curriculum.workBasedLearning.map((period) => ({
      title: period.title,
      year: period.year,
      term: period.term,
      durationHours: period.durationHours,
      companyProfile: period.companyProfile,
      mentorRole: period.mentorRole,
      unitCodes: period.unitIds.flatMap((id) => unitCode.get(id) ?? []),
      outcomeRefs: period.outcomeIds.flatMap((id) => outcomeRef.get(id) ?? []),
      assessment: period.assessment,
    })),
  };
}
