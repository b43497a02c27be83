import { validateCurriculum, type ValidationReport } from '../rules/validate-curriculum';
import { outcomeSkillsOf, unitExtentOf, withChoiceRule } from '../model/curriculum';
import type { StatedCurriculum } from '../rules/validatable-curriculum';
import type { CurriculumContent } from './curriculum-content';

/** Stand-in ids for content, which references units by code and outcomes by index. */
const unitId = (code: string) => `unit:${code}`;
const outcomeId = (code: string, index: number) => `outcome:${code}#${index}`;

/**
 * The rule engine's view of portable content (e.g. before an import is stored), with the defaults
 * the store fills in stated: the primary language required, groups "at least", no add-ons.
 */
export function contentAsValidatable(content: CurriculumContent): StatedCurriculum {
  const {
    units,
    workBasedLearning,
    requiredLanguages,
    electiveGroups,
    assessmentPlan,
    partialQualifications,
    ...fields
  } = content;
  return {
    ...fields,
    qualificationCode: fields.qualificationCode ?? null,
    partialQualifications: (partialQualifications ?? []).map(({ unitCodes, ...partial }) => ({
      ...partial,
      unitIds: unitCodes.map(unitId),
    })),
    assessmentPlan: (assessmentPlan ?? []).map(({ unitCodes, outcomeRefs, ...part }) => ({
      ...part,
      unitIds: unitCodes.map(unitId),
      outcomeIds: outcomeRefs.map((ref) => outcomeId(ref.unitCode, ref.index)),
    })),
    requiredLanguages: [...new Set([fields.primaryLanguage, ...(requiredLanguages ?? [])])],
    electiveGroups: electiveGroups.map(withChoiceRule),
    units: units.map(({ prerequisiteCodes, outcomes, ...unit }) => ({
      ...unit,
      addOn: unit.addOn ?? false,
      ...unitExtentOf(unit),
      id: unitId(unit.code),
      prerequisites: prerequisiteCodes.map(unitId),
      outcomes: outcomes.map((outcome, index) => ({
        id: outcomeId(unit.code, index),
        category: outcome.category,
        text: outcome.text,
        criteria: outcome.criteria ?? {},
        escoSkills: outcomeSkillsOf(outcome),
      })),
    })),
    workBasedLearning: workBasedLearning.map(({ unitCodes, outcomeRefs, ...period }, index) => ({
      ...period,
      id: `wbl:${index}`,
      unitIds: unitCodes.map(unitId),
      outcomeIds: outcomeRefs.map((ref) => outcomeId(ref.unitCode, ref.index)),
    })),
  };
}

/** Runs every ECVET rule on portable content; paths are the same as for a stored curriculum. */
export function validateContent(content: CurriculumContent): ValidationReport {
  return validateCurriculum(contentAsValidatable(content));
}
