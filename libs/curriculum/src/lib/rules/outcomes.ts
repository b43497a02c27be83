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
            lt:
              found === ''
                ? `Modulio ${name} mokymosi rezultatui Nr. ${j + 1} nenurodyta kategorija; galimos kategorijos: žinios (knowledge), įgūdžiai (skill), atsakomybė ir savarankiškumas (responsibility-autonomy).`
                : `Modulio ${name} mokymosi rezultatui Nr. ${j + 1} nurodyta nežinoma kategorija ${quote(found, 'lt')}; galimos kategorijos: žinios (knowledge), įgūdžiai (skill), atsakomybė ir savarankiškumas (responsibility-autonomy).`,
            lv:
              found === ''
                ? `Vienības ${name} ${j + 1}. mācīšanās rezultātam nav norādīta kategorija; iespējamās kategorijas: zināšanas (knowledge), prasmes (skill), atbildība un autonomija (responsibility-autonomy).`
                : `Vienības ${name} ${j + 1}. mācīšanās rezultātam norādīta nezināma kategorija ${quote(found, 'lv')}; iespējamās kategorijas: zināšanas (knowledge), prasmes (skill), atbildība un autonomija (responsibility-autonomy).`,
            et:
              found === ''
                ? `Ühiku ${name} ${j + 1}. õpiväljundil puudub kategooria; võimalikud kategooriad: teadmised (knowledge), oskused (skill), vastutus ja iseseisvus (responsibility-autonomy).`
                : `Ühiku ${name} ${j + 1}. õpiväljundil on tundmatu kategooria ${quote(found, 'et')}; võimalikud kategooriad: teadmised (knowledge), oskused (skill), vastutus ja iseseisvus (responsibility-autonomy).`,
          }),
        );
      }
      if (!hasText(outcome.text, pl)) {
        findings.push(
          finding('ECVET-R5', 'error', `${path}.text`, {
            en: `Outcome ${j + 1} of unit ${name} has no text in the primary language (${pl}).`,
            de: `Lernergebnis ${j + 1} der Einheit ${name} hat keinen Text in der Hauptsprache (${pl}).`,
            lt: `Modulio ${name} mokymosi rezultatas Nr. ${j + 1} neturi teksto pagrindine kalba (${pl}).`,
            lv: `Vienības ${name} ${j + 1}. mācīšanās rezultātam nav teksta galvenajā valodā (${pl}).`,
            et: `Ühiku ${name} ${j + 1}. õpiväljundil puudub tekst põhikeeles (${pl}).`,
          }),
        );
      }
    });
  });
  return findings;
}
