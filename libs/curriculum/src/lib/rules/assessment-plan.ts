import { finding, Finding } from './finding';
import { normalizeCurriculum, type NormalizedAssessmentPart } from './normalize';
import {
  approxEqual,
  comesBefore,
  fmt,
  isValidTerm,
  isValidYear,
  programmeYears,
  quote,
  slotText,
  textIn,
  unitName,
  unitPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

const planPath = (i: number, field?: string) =>
  field === undefined ? `assessmentPlan[${i}]` : `assessmentPlan[${i}].${field}`;

function partName(part: NormalizedAssessmentPart, i: number, language: string): string {
  const title = textIn(part.title, language);
  const code = part.code.trim() === '' ? `${i + 1}` : part.code;
  return title === '' ? code : `${code} "${title}"`;
}

/**
 * ECVET-ASSESSMENT, the assessment plan (the examination's parts):
 * - errors: a weight outside 0..100 %, parts that do not add up to 100 %, a part outside the
 *   programme's years or terms, a part naming a unit or outcome the curriculum does not have, two
 *   parts with one code;
 * - warnings: a part that assesses nothing or names no method, a part scheduled before a unit it
 *   assesses, and outcomes assessed nowhere — of a unit with no method of its own that the plan
 *   covers only in part.
 */
export function checkAssessmentPlan(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const plan = c.assessmentPlan;
  if (plan.length === 0) return [];
  const findings: Finding[] = [];
  const pl = c.primaryLanguage;
  const years = programmeYears(c);
  const unitIndex = new Map(c.units.map((u, i) => [u.id, i] as const));
  const outcomeUnit = new Map(c.units.flatMap((u, i) => u.outcomes.map((o) => [o.id, i] as const)));
  const codes = new Map<string, number>();

  plan.forEach((part, i) => {
    const name = partName(part, i, pl);
    const key = part.code.trim().toLowerCase();
    if (key !== '' && codes.has(key)) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'code'), {
          en: `Assessment part ${name} has the code of part ${(codes.get(key) as number) + 1}; codes are unique.`,
          de: `Der Prüfungsteil ${name} hat den Code von Teil ${(codes.get(key) as number) + 1}; Codes sind eindeutig.`,
        }),
      );
    } else if (key !== '') codes.set(key, i);
    if (!Number.isFinite(part.weight) || part.weight < 0 || part.weight > 100) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'weight'), {
          en: `Assessment part ${name} must weigh 0 to 100 % (found: ${fmt(part.weight, 'en')}).`,
          de: `Der Prüfungsteil ${name} muss 0 bis 100 % gewichten (gefunden: ${fmt(part.weight, 'de')}).`,
        }),
      );
    }
    const inYears =
      isValidYear(part.year) && (years === null || part.year <= years) && isValidTerm(part.term);
    if (!inYears) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'year'), {
          en: `Assessment part ${name} must take place in a year of the programme (1 to ${years ?? '?'}) and a valid term.`,
          de: `Der Prüfungsteil ${name} muss in einem Jahr des Bildungsgangs (1 bis ${years ?? '?'}) und einem gültigen Abschnitt liegen.`,
        }),
      );
    }
    if (part.methods.filter((m) => m.trim() !== '').length === 0) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'warning', planPath(i, 'methods'), {
          en: `Assessment part ${name} names no method (work sample, written exam …).`,
          de: `Der Prüfungsteil ${name} nennt keine Methode (Arbeitsprobe, schriftliche Prüfung …).`,
        }),
      );
    }
    if (part.unitIds.length === 0 && part.outcomeIds.length === 0) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'warning', planPath(i, 'unitIds'), {
          en: `Assessment part ${name} assesses no unit and no outcome.`,
          de: `Der Prüfungsteil ${name} prüft keine Einheit und kein Lernergebnis.`,
        }),
      );
    }
    part.unitIds.forEach((id, k) => {
      const u = unitIndex.get(id);
      if (u === undefined) {
        findings.push(
          finding('ECVET-ASSESSMENT', 'error', planPath(i, `unitIds[${k}]`), {
            en: `Assessment part ${name} names a unit the curriculum does not have (${quote(id, 'en')}).`,
            de: `Der Prüfungsteil ${name} nennt eine Einheit, die das Curriculum nicht hat (${quote(id, 'de')}).`,
          }),
        );
      } else if (inYears && comesBefore(part, c.units[u])) {
        const unit = c.units[u];
        findings.push(
          finding('ECVET-ASSESSMENT', 'warning', planPath(i, `unitIds[${k}]`), {
            en: `Assessment part ${name} (${slotText(part.year, part.term, 'en')}) comes before unit ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'en')}) it assesses.`,
            de: `Der Prüfungsteil ${name} (${slotText(part.year, part.term, 'de')}) liegt vor der Einheit ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'de')}), die er prüft.`,
          }),
        );
      }
    });
    part.outcomeIds.forEach((id, k) => {
      if (!outcomeUnit.has(id)) {
        findings.push(
          finding('ECVET-ASSESSMENT', 'error', planPath(i, `outcomeIds[${k}]`), {
            en: `Assessment part ${name} names a learning outcome the curriculum does not have (${quote(id, 'en')}).`,
            de: `Der Prüfungsteil ${name} nennt ein Lernergebnis, das das Curriculum nicht hat (${quote(id, 'de')}).`,
          }),
        );
      }
    });
  });

  const total = plan.reduce((sum, p) => sum + (Number.isFinite(p.weight) ? p.weight : 0), 0);
  if (!approxEqual(total, 100)) {
    findings.push(
      finding('ECVET-ASSESSMENT', 'error', 'assessmentPlan', {
        en: `The parts of the assessment plan weigh ${fmt(total, 'en')} % together; the final result needs 100 %.`,
        de: `Die Teile des Prüfungsplans gewichten zusammen ${fmt(total, 'de')} %; das Endergebnis braucht 100 %.`,
      }),
    );
  }

  // Every outcome is assessed somewhere: by its unit's own methods, or by a part of the plan.
  const wholeUnits = new Set(plan.flatMap((p) => p.unitIds));
  const single = new Set(plan.flatMap((p) => p.outcomeIds));
  c.units.forEach((unit, i) => {
    if (unit.methods.some((m) => m.trim() !== '') || wholeUnits.has(unit.id)) return;
    const covered = unit.outcomes.filter((o) => single.has(o.id)).length;
    if (covered === 0) return; // Nothing of it in the plan: ECVET-R3 asks for a method.
    const left = unit.outcomes.length - covered;
    if (left === 0) return;
    findings.push(
      finding('ECVET-ASSESSMENT', 'warning', unitPath(i, 'outcomes'), {
        en: `Unit ${unitName(unit, i)} has no assessment method, and the assessment plan assesses ${covered} of its outcomes: ${left} ${left === 1 ? 'is' : 'are'} assessed nowhere.`,
        de: `Die Einheit ${unitName(unit, i)} hat keine Prüfungsmethode, und der Prüfungsplan prüft ${covered} ihrer Lernergebnisse: ${left} ${left === 1 ? 'wird' : 'werden'} nirgends geprüft.`,
      }),
    );
  });
  return findings;
}
