import { OUTCOME_CATEGORIES, OutcomeCategory } from '../model/curriculum';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { hasText, quote, unitName, unitPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

export function isOutcomeCategory(value: string): value is OutcomeCategory {
  return (OUTCOME_CATEGORIES as readonly string[]).includes(value);
}

/**
 * ECVET-R5: every learning outcome has a known category (knowledge, skill,
 * responsibility-autonomy) and a text in the primary language. Errors.
 */
export function checkOutcomes(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const pl = c.primaryLanguage;
  const findings: Finding[] = [];
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    unit.outcomes.forEach((outcome, j) => {
      const path = unitPath(i, `outcomes[${j}]`);
      if (!isOutcomeCategory(outcome.category)) {
        const found = outcome.category.trim();
        findings.push(
          finding('ECVET-R5', 'error', `${path}.category`, {
            en:
              found === ''
                ? `Outcome ${j + 1} of unit ${name} has no category; use knowledge, skill or responsibility-autonomy.`
                : `Outcome ${j + 1} of unit ${name} has the unknown category ${quote(found, 'en')}; use knowledge, skill or responsibility-autonomy.`,
            de:
              found === ''
                ? `Lernergebnis ${j + 1} der Einheit ${name} hat keine Kategorie; zulässig sind Wissen (knowledge), Fertigkeiten (skill) sowie Verantwortung und Selbstständigkeit (responsibility-autonomy).`
                : `Lernergebnis ${j + 1} der Einheit ${name} hat die unbekannte Kategorie ${quote(found, 'de')}; zulässig sind Wissen (knowledge), Fertigkeiten (skill) sowie Verantwortung und Selbstständigkeit (responsibility-autonomy).`,
          }),
        );
      }
      if (!hasText(outcome.text, pl)) {
        findings.push(
          finding('ECVET-R5', 'error', `${path}.text`, {
            en: `Outcome ${j + 1} of unit ${name} has no text in the primary language (${pl}).`,
            de: `Lernergebnis ${j + 1} der Einheit ${name} hat keinen Text in der Hauptsprache (${pl}).`,
          }),
        );
      }
    });
  });
  return findings;
}
