import { unitExtentOf, withChoiceRule, withOutcomeDefaults } from '../../model/curriculum';
import type { ValidatableCurriculum } from '../../rules/validatable-curriculum';
import type { DiffableCurriculum } from '../diff-curricula';

/**
 * Test data for the diff: the rule engine's builders (`validCurriculum()` & co.) made diffable by
 * giving every unit, outcome and WBL period a `version`.
 */
export function diffable(c: ValidatableCurriculum, version = 1): DiffableCurriculum {
  return {
    ...c,
    requiredLanguages: c.requiredLanguages ?? [c.primaryLanguage],
    assessmentPlan: c.assessmentPlan ?? [],
    partialQualifications: c.partialQualifications ?? [],
    qualificationCode: c.qualificationCode ?? null,
    electiveGroups: c.electiveGroups.map(withChoiceRule),
    units: c.units.map((unit) => ({
      ...unit,
      addOn: unit.addOn ?? false,
      ...unitExtentOf(unit),
      version,
      outcomes: unit.outcomes.map((outcome) => ({ ...withOutcomeDefaults(outcome), version })),
    })),
    workBasedLearning: c.workBasedLearning.map((period) => ({ ...period, version })),
  };
}
