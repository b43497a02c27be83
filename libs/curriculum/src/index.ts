export * from './lib/content/curriculum-as-content';
export * from './lib/content/canonical-json';
export * from './lib/content/content-problems';
export * from './lib/content/curriculum-content';
export * from './lib/content/search-text';
export * from './lib/content/translatable-texts';
export * from './model';
export * from './lib/rules/finding';
export { MESSAGE_LANGUAGES, type MessageLanguage } from './lib/rules/rule-support';
export * from './lib/rules/qualification-points';
export type * from './lib/rules/validatable-curriculum';
export { validateCurriculum } from './lib/rules/validate-curriculum';
export type { ValidationReport, ValidationSummary } from './lib/rules/validate-curriculum';
export { RULE_IDS } from './lib/rules/rule-ids';
export { rulesMarkdown } from './lib/rules/rules-doc';
export type { RuleDescription, RuleId } from './lib/rules/rule-ids';
export { checkThresholds } from './lib/rules/thresholds';
export { checkOutcomeQuality } from './lib/rules/outcome-quality';
export { differingFacts } from './lib/rules/programmes';
export { checkImportedDefaults } from './lib/rules/imported-defaults';
export { checkElectivePoints } from './lib/rules/elective-points';
export { checkUnitCompleteness } from './lib/rules/unit-completeness';
export { checkEqfLevels, isValidEqfLevel } from './lib/rules/eqf-levels';
export { checkOutcomes, isOutcomeCategory } from './lib/rules/outcomes';
export {
  checkYearLoad,
  checkYearRange,
  computeYearLoads,
  expectedPointsForYear,
} from './lib/rules/year-load';
export type { YearLoad } from './lib/rules/year-load';
export { checkPrerequisites } from './lib/rules/prerequisites';
export { checkUniqueCodes } from './lib/rules/unit-codes';
export { checkWblCoverage } from './lib/rules/wbl-coverage';
export { checkWblShare, computeWblShare } from './lib/rules/wbl-share';
export type { WblShare } from './lib/rules/wbl-share';
export { checkTranslations } from './lib/rules/translations';
export { compareFindings, comparePaths, sortFindings } from './lib/rules/finding-order';
export * from './lib/content/validate-content';
export * from './lib/diff/diff-curricula';
export * from './lib/diff/word-diff';
export * from './lib/diff/library-update';
export { curriculumCoverage, escoLabelIn } from './lib/rules/coverage';
export type { CoverageInput, CoveredCurriculum } from './lib/rules/coverage';
