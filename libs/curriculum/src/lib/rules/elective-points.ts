import { finding, Finding } from './finding';
import { normalizeCurriculum, NormalizedCurriculum } from './normalize';
import {
  approxEqual,
  fmt,
  groupPoints,
  quote,
  unitName,
  unitPath,
  unitPoints,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** Sum of the points of the mandatory units. */
export function mandatoryPointsOf(c: NormalizedCurriculum): number {
  return c.units.filter((u) => u.mandatory).reduce((sum, u) => sum + unitPoints(u), 0);
}

/** Sum of the points the elective groups require of a pathway. */
export function electivePointsRequiredOf(c: NormalizedCurriculum): number {
  return c.electiveGroups.reduce((sum, g) => sum + groupPoints(g.pointsRequired), 0);
}

/**
 * ECVET-R2: mandatory unit points + the points each elective group requires = the qualification's
 * points; every elective group offers at least the points it requires; every elective unit belongs
 * to a declared group (codes are matched exactly); mandatory units belong to none.
 */
export function checkElectivePoints(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const mandatory = mandatoryPointsOf(c);
  const elective = electivePointsRequiredOf(c);
  const total = mandatory + elective;

  if (Number.isFinite(c.ecvetPoints) && !approxEqual(total, c.ecvetPoints)) {
    findings.push(
      finding('ECVET-R2', 'error', 'ecvetPoints', {
        en: `Mandatory units carry ${fmt(mandatory, 'en')} ECVET points and the elective groups require ${fmt(elective, 'en')}; together ${fmt(total, 'en')}, but the qualification has ${fmt(c.ecvetPoints, 'en')}.`,
        de: `Die Pflichteinheiten haben ${fmt(mandatory, 'de')} ECVET-Punkte und die Wahlpflichtgruppen verlangen ${fmt(elective, 'de')}; zusammen ${fmt(total, 'de')}, die Qualifikation hat aber ${fmt(c.ecvetPoints, 'de')}.`,
      }),
    );
  }

  c.electiveGroups.forEach((group, i) => {
    const code = group.code.trim() === '' ? `#${i + 1}` : group.code;
    const path = `electiveGroups[${i}].pointsRequired`;
    if (!Number.isFinite(group.pointsRequired) || group.pointsRequired < 0) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective group ${code} must require a number of points of 0 or more (found: ${fmt(group.pointsRequired, 'en')}).`,
          de: `Die Wahlpflichtgruppe ${code} muss eine Punktzahl von 0 oder mehr verlangen (gefunden: ${fmt(group.pointsRequired, 'de')}).`,
        }),
      );
      return;
    }
    const offered = c.units
      .filter((u) => !u.mandatory && u.electiveGroup === group.code)
      .reduce((sum, u) => sum + unitPoints(u), 0);
    if (offered < group.pointsRequired && !approxEqual(offered, group.pointsRequired)) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective group ${code} requires ${fmt(group.pointsRequired, 'en')} ECVET points, but its units carry only ${fmt(offered, 'en')}.`,
          de: `Die Wahlpflichtgruppe ${code} verlangt ${fmt(group.pointsRequired, 'de')} ECVET-Punkte, ihre Einheiten haben aber nur ${fmt(offered, 'de')}.`,
        }),
      );
    }
  });

  const declared = new Set(c.electiveGroups.map((g) => g.code));
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    const path = unitPath(i, 'electiveGroup');
    const group = unit.electiveGroup;
    if (unit.mandatory) {
      if (group !== null) {
        findings.push(
          finding('ECVET-R2', 'warning', path, {
            en: `Mandatory unit ${name} names the elective group ${quote(group, 'en')}; mandatory units count in full and belong to no group.`,
            de: `Die Pflichteinheit ${name} nennt die Wahlpflichtgruppe ${quote(group, 'de')}; Pflichteinheiten zählen voll und gehören zu keiner Gruppe.`,
          }),
        );
      }
    } else if (group === null) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective unit ${name} belongs to no elective group.`,
          de: `Die Wahlpflichteinheit ${name} gehört zu keiner Wahlpflichtgruppe.`,
        }),
      );
    } else if (!declared.has(group)) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective unit ${name} names the elective group ${quote(group, 'en')}, which is not declared.`,
          de: `Die Wahlpflichteinheit ${name} nennt die Wahlpflichtgruppe ${quote(group, 'de')}, die nicht angelegt ist.`,
        }),
      );
    }
  });
  return findings;
}
