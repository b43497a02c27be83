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

/** Cents of a point: the precision at which a choice of units must hit the points required. */
const CENTS = 100;
/** Subset sums beyond this many cents are not computed (no finding rather than a slow check). */
const MAX_CENTS = 200_000;

/**
 * Whether some choice of `points` (each unit at most once) sums exactly to `required` (subset sum
 * over cents); undefined when the numbers are too large to tell cheaply.
 */
export function reachable(points: readonly number[], required: number): boolean | undefined {
  const target = Math.round(required * CENTS);
  if (target > MAX_CENTS) return undefined;
  const sums = new Uint8Array(target + 1);
  sums[0] = 1;
  for (const p of points) {
    const step = Math.round(p * CENTS);
    if (step <= 0) continue;
    for (let s = target; s >= step; s--) if (sums[s - step] === 1) sums[s] = 1;
    if (sums[target] === 1) return true;
  }
  return sums[target] === 1;
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
    const points = c.units
      .filter((u) => !u.mandatory && u.electiveGroup === group.code)
      .map(unitPoints)
      .filter((p) => p > 0);
    const offered = points.reduce((sum, p) => sum + p, 0);
    if (offered < group.pointsRequired && !approxEqual(offered, group.pointsRequired)) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective group ${code} requires ${fmt(group.pointsRequired, 'en')} ECVET points, but its units carry only ${fmt(offered, 'en')}.`,
          de: `Die Wahlpflichtgruppe ${code} verlangt ${fmt(group.pointsRequired, 'de')} ECVET-Punkte, ihre Einheiten haben aber nur ${fmt(offered, 'de')}.`,
        }),
      );
    } else if (group.pointsRequired > 0 && reachable(points, group.pointsRequired) === false) {
      const listed = points.map((p) => fmt(p, 'en')).join(', ');
      findings.push(
        finding('ECVET-R2', 'warning', path, {
          en: `Elective group ${code} requires ${fmt(group.pointsRequired, 'en')} ECVET points, but no choice of its units makes exactly that (they carry ${listed}).`,
          de: `Die Wahlpflichtgruppe ${code} verlangt ${fmt(group.pointsRequired, 'de')} ECVET-Punkte, aber keine Auswahl ihrer Einheiten ergibt genau so viele (sie haben ${points.map((p) => fmt(p, 'de')).join('; ')}).`,
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
