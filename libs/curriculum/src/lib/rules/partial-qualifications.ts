import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, textIn, unitName } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

const partialPath = (i: number, field?: string) =>
  field === undefined ? `partialQualifications[${i}]` : `partialQualifications[${i}].${field}`;

/**
 * ECVET-PARTIAL, the partial qualifications (named sets of units certified alone):
 * - errors: no code, a code two of them share, no title in the primary language, no unit, a unit
 *   the curriculum does not have, a unit listed twice;
 * - warnings: a unit of it requires a unit that neither it nor an earlier partial qualification
 *   includes (partial qualifications build on the ones before them, like the German
 *   "Teilqualifikationen" TQ1, TQ2 …; one that needs units no partial qualification certifies
 *   cannot be reached), it holds every unit the qualification counts (it is the whole
 *   qualification), two of them hold the same units.
 */
export function checkPartialQualifications(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const partials = c.partialQualifications;
  if (partials.length === 0) return [];
  const findings: Finding[] = [];
  const units = new Map(c.units.map((u, i) => [u.id, { unit: u, name: unitName(u, i) }] as const));
  const counted = c.units.filter((u) => u.addOn !== true).map((u) => u.id);
  const codes = new Map<string, number>();
  const sets = new Map<string, number>();
  const earlier = new Set<string>();

  partials.forEach((partial, i) => {
    const title = textIn(partial.title, c.primaryLanguage);
    const code = partial.code.trim();
    const name = code === '' ? `${i + 1}` : title === '' ? code : `${code} "${title}"`;
    const key = code.toLowerCase();
    if (code === '')
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'code'), {
          en: `Partial qualification ${i + 1} has no code.`,
          de: `Die Teilqualifikation ${i + 1} hat keinen Code.`,
        }),
      );
    else if (codes.has(key))
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'code'), {
          en: `Partial qualification ${name} has the code of partial qualification ${(codes.get(key) as number) + 1}; codes are unique.`,
          de: `Die Teilqualifikation ${name} hat den Code der Teilqualifikation ${(codes.get(key) as number) + 1}; Codes sind eindeutig.`,
        }),
      );
    else codes.set(key, i);
    if (title === '')
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'title'), {
          en: `Partial qualification ${name} has no title in the primary language (${c.primaryLanguage}).`,
          de: `Die Teilqualifikation ${name} hat keinen Titel in der Hauptsprache (${c.primaryLanguage}).`,
        }),
      );
    if (partial.unitIds.length === 0) {
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name} has no unit: name the units it certifies.`,
          de: `Die Teilqualifikation ${name} hat keine Einheit: die Einheiten nennen, die sie bescheinigt.`,
        }),
      );
      return;
    }
    const seen = new Set<string>();
    partial.unitIds.forEach((id, k) => {
      const path = partialPath(i, `unitIds[${k}]`);
      if (!units.has(id))
        findings.push(
          finding('ECVET-PARTIAL', 'error', path, {
            en: `Partial qualification ${name} names a unit the curriculum does not have (${id}).`,
            de: `Die Teilqualifikation ${name} nennt eine Einheit, die das Curriculum nicht hat (${id}).`,
          }),
        );
      else if (seen.has(id))
        findings.push(
          finding('ECVET-PARTIAL', 'error', path, {
            en: `Partial qualification ${name} lists unit ${units.get(id)?.name} twice.`,
            de: `Die Teilqualifikation ${name} nennt die Einheit ${units.get(id)?.name} zweimal.`,
          }),
        );
      seen.add(id);
    });
    const known = [...seen].filter((id) => units.has(id));
    for (const id of known) {
      const { unit, name: unitLabel } = units.get(id) as {
        unit: (typeof c.units)[number];
        name: string;
      };
      const missing = unit.prerequisites.filter(
        (p) => units.has(p) && !seen.has(p) && !earlier.has(p),
      );
      const names = missing.map((p) => units.get(p)?.name).join(', ');
      if (missing.length > 0)
        findings.push(
          finding('ECVET-PARTIAL', 'warning', partialPath(i, 'unitIds'), {
            en: `Partial qualification ${name} cannot be reached: unit ${unitLabel} requires ${names}, which neither it nor an earlier partial qualification includes.`,
            de: `Die Teilqualifikation ${name} ist nicht erreichbar: Die Einheit ${unitLabel} setzt ${names} voraus, die weder sie noch eine vorherige Teilqualifikation enthält.`,
          }),
        );
    }
    const points = known.reduce((sum, id) => sum + (units.get(id)?.unit.ecvetPoints ?? 0), 0);
    if (counted.length > 0 && counted.every((id) => seen.has(id)))
      findings.push(
        finding('ECVET-PARTIAL', 'warning', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name} holds every unit of the qualification (${fmt(points, 'en')} points): it is the whole qualification, not a part.`,
          de: `Die Teilqualifikation ${name} enthält alle Einheiten der Qualifikation (${fmt(points, 'de')} Punkte): Sie ist die ganze Qualifikation, kein Teil.`,
        }),
      );
    const set = [...known].sort().join(' ');
    const same = sets.get(set);
    if (same !== undefined && set !== '')
      findings.push(
        finding('ECVET-PARTIAL', 'warning', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name} holds the same units as partial qualification ${same + 1}.`,
          de: `Die Teilqualifikation ${name} enthält dieselben Einheiten wie Teilqualifikation ${same + 1}.`,
        }),
      );
    else if (set !== '') sets.set(set, i);
    known.forEach((id) => earlier.add(id));
  });
  return findings;
}
