import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { count, ET, fmt, inEveryLanguage, LT, LV, quote, textIn, unitName } from './rule-support';
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
    const name = inEveryLanguage((l) =>
      code === '' ? `${i + 1}` : title === '' ? code : `${code} ${quote(title, l)}`,
    );
    const key = code.toLowerCase();
    if (code === '')
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'code'), {
          en: `Partial qualification ${i + 1} has no code.`,
          de: `Die Teilqualifikation ${i + 1} hat keinen Code.`,
          lt: `Dalinei kvalifikacijai Nr. ${i + 1} nenurodytas kodas.`,
          lv: `${i + 1}. daļējai kvalifikācijai nav koda.`,
          et: `${i + 1}. osakvalifikatsioonil puudub kood.`,
        }),
      );
    else if (codes.has(key))
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'code'), {
          en: `Partial qualification ${name.en} has the code of partial qualification ${(codes.get(key) as number) + 1}; codes are unique.`,
          de: `Die Teilqualifikation ${name.de} hat den Code der Teilqualifikation ${(codes.get(key) as number) + 1}; Codes sind eindeutig.`,
          lt: `Dalinės kvalifikacijos ${name.lt} kodas sutampa su dalinės kvalifikacijos Nr. ${(codes.get(key) as number) + 1} kodu; kodai turi būti unikalūs.`,
          lv: `Daļējai kvalifikācijai ${name.lv} ir tāds pats kods kā ${(codes.get(key) as number) + 1}. daļējai kvalifikācijai; kodiem jābūt unikāliem.`,
          et: `Osakvalifikatsioonil ${name.et} on sama kood mis ${(codes.get(key) as number) + 1}. osakvalifikatsioonil; koodid peavad olema kordumatud.`,
        }),
      );
    else codes.set(key, i);
    if (title === '')
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'title'), {
          en: `Partial qualification ${name.en} has no title in the primary language (${c.primaryLanguage}).`,
          de: `Die Teilqualifikation ${name.de} hat keinen Titel in der Hauptsprache (${c.primaryLanguage}).`,
          lt: `Dalinė kvalifikacija ${name.lt} neturi pavadinimo pagrindine kalba (${c.primaryLanguage}).`,
          lv: `Daļējai kvalifikācijai ${name.lv} nav nosaukuma galvenajā valodā (${c.primaryLanguage}).`,
          et: `Osakvalifikatsioonil ${name.et} puudub pealkiri põhikeeles (${c.primaryLanguage}).`,
        }),
      );
    if (partial.unitIds.length === 0) {
      findings.push(
        finding('ECVET-PARTIAL', 'error', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name.en} has no unit: name the units it certifies.`,
          de: `Die Teilqualifikation ${name.de} hat keine Einheit: die Einheiten nennen, die sie bescheinigt.`,
          lt: `Dalinė kvalifikacija ${name.lt} neturi nė vieno modulio: nurodykite modulius, kuriuos ji patvirtina.`,
          lv: `Daļējai kvalifikācijai ${name.lv} nav nevienas vienības: norādiet vienības, ko tā apliecina.`,
          et: `Osakvalifikatsioonil ${name.et} pole ühtegi ühikut: nimetage ühikud, mida see tõendab.`,
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
            en: `Partial qualification ${name.en} names a unit the curriculum does not have (${id}).`,
            de: `Die Teilqualifikation ${name.de} nennt eine Einheit, die das Curriculum nicht hat (${id}).`,
            lt: `Dalinėje kvalifikacijoje ${name.lt} nurodytas modulis, kurio mokymo programoje nėra (${id}).`,
            lv: `Daļējā kvalifikācijā ${name.lv} norādīta vienība, kuras mācību programmā nav (${id}).`,
            et: `Osakvalifikatsioon ${name.et} nimetab ühikut, mida õppekavas pole (${id}).`,
          }),
        );
      else if (seen.has(id))
        findings.push(
          finding('ECVET-PARTIAL', 'error', path, {
            en: `Partial qualification ${name.en} lists unit ${units.get(id)?.name} twice.`,
            de: `Die Teilqualifikation ${name.de} nennt die Einheit ${units.get(id)?.name} zweimal.`,
            lt: `Dalinėje kvalifikacijoje ${name.lt} modulis ${units.get(id)?.name} nurodytas du kartus.`,
            lv: `Daļējā kvalifikācijā ${name.lv} vienība ${units.get(id)?.name} norādīta divreiz.`,
            et: `Osakvalifikatsioonis ${name.et} on ühik ${units.get(id)?.name} märgitud kaks korda.`,
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
            en: `Partial qualification ${name.en} cannot be reached: unit ${unitLabel} requires ${names}, which neither it nor an earlier partial qualification includes.`,
            de: `Die Teilqualifikation ${name.de} ist nicht erreichbar: Die Einheit ${unitLabel} setzt ${names} voraus, die weder sie noch eine vorherige Teilqualifikation enthält.`,
            lt: `Dalinės kvalifikacijos ${name.lt} negalima įgyti: moduliui ${unitLabel} būtina ${names}, tačiau to neapima nei ši, nei jokia ankstesnė dalinė kvalifikacija.`,
            lv: `Daļējo kvalifikāciju ${name.lv} nav iespējams iegūt: vienībai ${unitLabel} priekšnosacījums ir ${names}, ko neietver ne šī, ne kāda iepriekšējā daļējā kvalifikācija.`,
            et: `Osakvalifikatsiooni ${name.et} ei ole võimalik omandada: ühiku ${unitLabel} eelduseks on ${names}, mida ei sisalda ei see ega ükski varasem osakvalifikatsioon.`,
          }),
        );
    }
    const points = known.reduce((sum, id) => sum + (units.get(id)?.unit.ecvetPoints ?? 0), 0);
    if (counted.length > 0 && counted.every((id) => seen.has(id)))
      findings.push(
        finding('ECVET-PARTIAL', 'warning', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name.en} holds every unit of the qualification (${fmt(points, 'en')} points): it is the whole qualification, not a part.`,
          de: `Die Teilqualifikation ${name.de} enthält alle Einheiten der Qualifikation (${fmt(points, 'de')} Punkte): Sie ist die ganze Qualifikation, kein Teil.`,
          lt: `Dalinė kvalifikacija ${name.lt} apima visus kvalifikacijos modulius (${count(points, 'lt', LT.pointsNom)}): tai visa kvalifikacija, o ne jos dalis.`,
          lv: `Daļējā kvalifikācija ${name.lv} ietver visas kvalifikācijas vienības (${count(points, 'lv', LV.pointsNom)}): tā ir visa kvalifikācija, nevis tās daļa.`,
          et: `Osakvalifikatsioon ${name.et} sisaldab kõiki kvalifikatsiooni ühikuid (${count(points, 'et', ET.points)}): see on kogu kvalifikatsioon, mitte selle osa.`,
        }),
      );
    const set = [...known].sort().join(' ');
    const same = sets.get(set);
    if (same !== undefined && set !== '')
      findings.push(
        finding('ECVET-PARTIAL', 'warning', partialPath(i, 'unitIds'), {
          en: `Partial qualification ${name.en} holds the same units as partial qualification ${same + 1}.`,
          de: `Die Teilqualifikation ${name.de} enthält dieselben Einheiten wie Teilqualifikation ${same + 1}.`,
          lt: `Dalinė kvalifikacija ${name.lt} apima tuos pačius modulius kaip dalinė kvalifikacija Nr. ${same + 1}.`,
          lv: `Daļējā kvalifikācija ${name.lv} ietver tās pašas vienības, ko ${same + 1}. daļējā kvalifikācija.`,
          et: `Osakvalifikatsioon ${name.et} sisaldab samu ühikuid mis ${same + 1}. osakvalifikatsioon.`,
        }),
      );
    else if (set !== '') sets.set(set, i);
    known.forEach((id) => earlier.add(id));
  });
  return findings;
}
