import {
  outcomeSkillsOf,
  type CurriculumContent,
  type LocalizedText,
} from '@curriculum-builder/curriculum';

/**
 * Every language any text of the content has: the curriculum's languages first, then the others
 * in order (the language columns of the CSV and Excel exports and of the Word template).
 */
export function languagesOf(content: CurriculumContent): string[] {
  const found = new Set<string>();
  const add = (text: LocalizedText | undefined) =>
    Object.keys(text ?? {}).forEach((l) => found.add(l));
  add(content.title);
  add(content.description);
  add(content.occupation?.label);
  content.electiveGroups.forEach((g) => add(g.title));
  content.assessmentPlan?.forEach((part) => add(part.title));
  content.partialQualifications?.forEach((partial) => add(partial.title));
  for (const u of content.units) {
    [u.title, u.description, u.assessment.criteria].forEach(add);
    u.escoSkills.forEach((s) => add(s.label));
    u.outcomes.forEach((o) =>
      [o.text, o.criteria, ...outcomeSkillsOf(o).map((s) => s.label)].forEach(add),
    );
  }
  for (const p of content.workBasedLearning) {
    [p.title, p.companyProfile, p.mentorRole, p.assessment].forEach(add);
  }
  const extra = [...found].filter((l) => !content.languages.includes(l)).sort();
  return [...content.languages, ...extra];
}
