import {
  INDUSTRY_40_AREAS,
  Industry40Area,
  OUTCOME_CATEGORIES,
  OutcomeCategory,
} from '../model/curriculum';
import {
  electivePointsRequiredOf,
  mandatoryPointsOf,
  checkElectivePoints,
} from './elective-points';
import { checkAssessmentPlan } from './assessment-plan';
import { checkEqfLevels } from './eqf-levels';
import { checkImportedDefaults } from './imported-defaults';
import type { Finding } from './finding';
import { sortFindings } from './finding-order';
import { normalizeCurriculum } from './normalize';
import { checkOutcomeQuality } from './outcome-quality';
import { checkPartialQualifications } from './partial-qualifications';
import { checkProgrammes } from './programmes';
import { checkOutcomes, isOutcomeCategory } from './outcomes';
import { checkPrerequisites } from './prerequisites';
import {
  checkCurriculumQualificationPoints,
  expectedQualificationPoints,
} from './qualification-points';
import { isPositiveFinite, round, unitPoints } from './rule-support';
import { checkThresholds } from './thresholds';
import { checkTranslations } from './translations';
import {
  translationProgress,
  translationStatus,
  type TranslationProgress,
} from '../content/translatable-texts';
import { checkUnitCompleteness } from './unit-completeness';
import { checkUniqueCodes } from './unit-codes';
import type { ValidatableCurriculum } from './validatable-curriculum';
import { checkWblCoverage } from './wbl-coverage';
import { checkWblShare, wblShareOf } from './wbl-share';
import { checkYearLoad, checkYearRange, YearLoad, yearLoadsOf } from './year-load';

export interface ValidationSummary {
  /** The qualification's ECVET points as declared (0 when not a number). */
  readonly declaredPoints: number;
  /** Points per year × years (ECVET-R1); 0 when the duration or the threshold is unusable. */
  readonly expectedPoints: number;
  readonly mandatoryPoints: number;
  readonly electivePointsRequired: number;
  /** Points of the add-on qualifications, outside the qualification's points. */
  readonly addOnPoints: number;
  /** Programme years (and any later year a unit is scheduled in), ascending. */
  readonly pointsByYear: readonly YearLoad[];
  /** Every Industry 4.0 area; a unit's points count for each of its areas. */
  readonly pointsByArea: readonly { readonly area: Industry40Area; readonly points: number }[];
  readonly unitCount: number;
  readonly outcomeCount: number;
  /** Outcomes with an unknown category are counted in `outcomeCount` only. */
  readonly outcomesByCategory: Readonly<Record<OutcomeCategory, number>>;
  readonly wblHours: number;
  readonly programmeHours: number;
  /** wblHours / programmeHours, 0..1, rounded to 3 decimals. */
  readonly wblShare: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** How far the translation into each declared language but the primary one is (ADR 0025). */
  readonly translations: readonly TranslationProgress[];
}

export interface ValidationReport {
  /** Errors first, then in document order of their paths. */
  readonly findings: readonly Finding[];
  readonly summary: ValidationSummary;
}

/** Every rule family, in the order of `RULE_IDS`. */
export const RULES: readonly ((c: ValidatableCurriculum) => Finding[])[] = [
  checkThresholds,
  checkCurriculumQualificationPoints,
  checkElectivePoints,
  checkUnitCompleteness,
  checkEqfLevels,
  checkOutcomes,
  checkYearRange,
  checkYearLoad,
  checkPrerequisites,
  checkUniqueCodes,
  checkWblCoverage,
  checkWblShare,
  checkAssessmentPlan,
  checkPartialQualifications,
  checkProgrammes,
  checkTranslations,
  checkOutcomeQuality,
  checkImportedDefaults,
];

/** Runs every ECVET rule on a curriculum. Never throws, whatever the input holds. */
export function validateCurriculum(input: ValidatableCurriculum): ValidationReport {
  const findings = sortFindings(RULES.flatMap((rule) => rule(input)));
  const c = normalizeCurriculum(input);

  const pointsByArea = INDUSTRY_40_AREAS.map((area) => ({
    area,
    points: round(
      c.units.filter((u) => new Set(u.areas).has(area)).reduce((sum, u) => sum + unitPoints(u), 0),
    ),
  }));
  const outcomesByCategory = Object.fromEntries(
    OUTCOME_CATEGORIES.map((category) => [category, 0]),
  ) as Record<OutcomeCategory, number>;
  let outcomeCount = 0;
  for (const unit of c.units) {
    for (const outcome of unit.outcomes) {
      outcomeCount++;
      if (isOutcomeCategory(outcome.category)) outcomesByCategory[outcome.category]++;
    }
  }
  const { pointsPerYear } = c.thresholds;
  const wbl = wblShareOf(c);

  return {
    findings,
    summary: {
      declaredPoints: Number.isFinite(c.ecvetPoints) ? c.ecvetPoints : 0,
      expectedPoints:
        isPositiveFinite(c.referenceDurationMonths) && isPositiveFinite(pointsPerYear)
          ? expectedQualificationPoints(c.referenceDurationMonths, pointsPerYear)
          : 0,
      mandatoryPoints: round(mandatoryPointsOf(c)),
      electivePointsRequired: round(electivePointsRequiredOf(c)),
      addOnPoints: round(c.units.filter((u) => u.addOn).reduce((sum, u) => sum + unitPoints(u), 0)),
      pointsByYear: yearLoadsOf(c),
      pointsByArea,
      unitCount: c.units.length,
      outcomeCount,
      outcomesByCategory,
      wblHours: wbl.wblHours,
      programmeHours: wbl.programmeHours,
      wblShare: wbl.share,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
      translations: progressOf(input),
    },
  };
}

/** The translation progress; none for input that is no curriculum (the report never throws). */
function progressOf(input: ValidatableCurriculum): TranslationProgress[] {
  try {
    return translationProgress(input, translationStatus(input));
  } catch {
    return [];
  }
}
