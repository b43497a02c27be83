import {
  validateContent,
  type CurriculumContent,
  type FieldError,
  type ImportPreview,
} from '@curriculum-builder/curriculum';

/** What an import of `content` would create, for the teacher to confirm (nothing is written). */
export function importPreview(
  content: CurriculumContent,
  warnings: readonly FieldError[],
  notes: readonly string[] = [],
): ImportPreview {
  const { summary } = validateContent(content);
  return {
    code: content.code,
    title: content.title,
    primaryLanguage: content.primaryLanguage,
    languages: content.languages,
    ecvetPoints: content.ecvetPoints,
    units: content.units.length,
    outcomes: content.units.reduce((n, unit) => n + unit.outcomes.length, 0),
    workBasedLearning: content.workBasedLearning.length,
    errors: summary.errorCount,
    ruleWarnings: summary.warningCount,
    warnings,
    notes,
  };
}
