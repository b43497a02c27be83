import { finding, Finding } from './finding';
import { normalizeCurriculum, type NormalizedAssessmentPart } from './normalize';
import {
  approxEqual,
  comesBefore,
  count,
  ET,
  fmt,
  inEveryLanguage,
  isValidTerm,
  isValidYear,
  plural,
  programmeYears,
  quote,
  slotText,
  textIn,
  unitName,
  unitPath,
  type MessageLanguage,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** "… of its outcomes: 2 are assessed nowhere", with the outcomes' number in the verb. */
const LT_UNASSESSED = {
  one: 'mokymosi rezultatas niekur nevertinamas',
  few: 'mokymosi rezultatai niekur nevertinami',
  many: 'mokymosi rezultato niekur nevertinama',
  other: 'mokymosi rezultatų niekur nevertinama',
};
const LV_UNASSESSED = { one: 'netiek novērtēts nekur', other: 'netiek novērtēti nekur' };

const planPath = (i: number, field?: string) =>
  field === undefined ? `assessmentPlan[${i}]` : `assessmentPlan[${i}].${field}`;

/** How a part is named in messages: its code (or position) and its title in the primary language. */
function partName(
  part: NormalizedAssessmentPart,
  i: number,
  primaryLanguage: string,
  language: MessageLanguage,
): string {
  const title = textIn(part.title, primaryLanguage);
  const code = part.code.trim() === '' ? `${i + 1}` : part.code;
  return title === '' ? code : `${code} ${quote(title, language)}`;
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
    const name = inEveryLanguage((l) => partName(part, i, pl, l));
    const key = part.code.trim().toLowerCase();
    if (key !== '' && codes.has(key)) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'code'), {
          en: `Assessment part ${name.en} has the code of part ${(codes.get(key) as number) + 1}; codes are unique.`,
          de: `Der Prüfungsteil ${name.de} hat den Code von Teil ${(codes.get(key) as number) + 1}; Codes sind eindeutig.`,
          lt: `Egzamino dalies ${name.lt} kodas sutampa su dalies Nr. ${(codes.get(key) as number) + 1} kodu; kodai turi būti unikalūs.`,
          lv: `Pārbaudījuma daļai ${name.lv} ir tāds pats kods kā ${(codes.get(key) as number) + 1}. daļai; kodiem jābūt unikāliem.`,
          et: `Eksamiosal ${name.et} on sama kood mis ${(codes.get(key) as number) + 1}. osal; koodid peavad olema kordumatud.`,
        }),
      );
    } else if (key !== '') codes.set(key, i);
    if (!Number.isFinite(part.weight) || part.weight < 0 || part.weight > 100) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'weight'), {
          en: `Assessment part ${name.en} must weigh 0 to 100 % (found: ${fmt(part.weight, 'en')}).`,
          de: `Der Prüfungsteil ${name.de} muss 0 bis 100 % gewichten (gefunden: ${fmt(part.weight, 'de')}).`,
          lt: `Egzamino dalies ${name.lt} svoris turi būti nuo 0 iki 100 % (dabartinė reikšmė: ${fmt(part.weight, 'lt')}).`,
          lv: `Pārbaudījuma daļas ${name.lv} svaram jābūt no 0 līdz 100 % (pašreizējā vērtība: ${fmt(part.weight, 'lv')}).`,
          et: `Eksamiosa ${name.et} kaal peab olema 0–100% (praegune väärtus: ${fmt(part.weight, 'et')}).`,
        }),
      );
    }
    const inYears =
      isValidYear(part.year) && (years === null || part.year <= years) && isValidTerm(part.term);
    if (!inYears) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'error', planPath(i, 'year'), {
          en: `Assessment part ${name.en} must take place in a year of the programme (1 to ${years ?? '?'}) and a valid term.`,
          de: `Der Prüfungsteil ${name.de} muss in einem Jahr des Bildungsgangs (1 bis ${years ?? '?'}) und einem gültigen Abschnitt liegen.`,
          lt: `Egzamino dalis ${name.lt} turi vykti viename iš programos kursų (nuo 1 iki ${years ?? '?'}) ir leistiname pusmetyje.`,
          lv: `Pārbaudījuma daļai ${name.lv} jānotiek kādā no programmas mācību gadiem (no 1 līdz ${years ?? '?'}) un pieļaujamā semestrī.`,
          et: `Eksamiosa ${name.et} peab toimuma mõnel õppekava õppeaastal (1–${years ?? '?'}) ja lubatud poolaastal.`,
        }),
      );
    }
    if (part.methods.filter((m) => m.trim() !== '').length === 0) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'warning', planPath(i, 'methods'), {
          en: `Assessment part ${name.en} names no method (work sample, written exam …).`,
          de: `Der Prüfungsteil ${name.de} nennt keine Methode (Arbeitsprobe, schriftliche Prüfung …).`,
          lt: `Egzamino dalyje ${name.lt} nenurodytas joks metodas (darbo pavyzdys, rašto egzaminas …).`,
          lv: `Pārbaudījuma daļā ${name.lv} nav norādīta neviena metode (darba paraugs, rakstisks eksāmens …).`,
          et: `Eksamiosa ${name.et} ei nimeta ühtegi meetodit (tööproov, kirjalik eksam …).`,
        }),
      );
    }
    if (part.unitIds.length === 0 && part.outcomeIds.length === 0) {
      findings.push(
        finding('ECVET-ASSESSMENT', 'warning', planPath(i, 'unitIds'), {
          en: `Assessment part ${name.en} assesses no unit and no outcome.`,
          de: `Der Prüfungsteil ${name.de} prüft keine Einheit und kein Lernergebnis.`,
          lt: `Egzamino dalis ${name.lt} nevertina nė vieno modulio ir nė vieno mokymosi rezultato.`,
          lv: `Pārbaudījuma daļa ${name.lv} nenovērtē nevienu vienību un nevienu mācīšanās rezultātu.`,
          et: `Eksamiosa ${name.et} ei hinda ühtegi ühikut ega õpiväljundit.`,
        }),
      );
    }
    part.unitIds.forEach((id, k) => {
      const u = unitIndex.get(id);
      if (u === undefined) {
        findings.push(
          finding('ECVET-ASSESSMENT', 'error', planPath(i, `unitIds[${k}]`), {
            en: `Assessment part ${name.en} names a unit the curriculum does not have (${quote(id, 'en')}).`,
            de: `Der Prüfungsteil ${name.de} nennt eine Einheit, die das Curriculum nicht hat (${quote(id, 'de')}).`,
            lt: `Egzamino dalyje ${name.lt} nurodytas modulis, kurio mokymo programoje nėra (${quote(id, 'lt')}).`,
            lv: `Pārbaudījuma daļā ${name.lv} norādīta vienība, kuras mācību programmā nav (${quote(id, 'lv')}).`,
            et: `Eksamiosa ${name.et} nimetab ühikut, mida õppekavas pole (${quote(id, 'et')}).`,
          }),
        );
      } else if (inYears && comesBefore(part, c.units[u])) {
        const unit = c.units[u];
        findings.push(
          finding('ECVET-ASSESSMENT', 'warning', planPath(i, `unitIds[${k}]`), {
            en: `Assessment part ${name.en} (${slotText(part.year, part.term, 'en')}) comes before unit ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'en')}) it assesses.`,
            de: `Der Prüfungsteil ${name.de} (${slotText(part.year, part.term, 'de')}) liegt vor der Einheit ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'de')}), die er prüft.`,
            lt: `Egzamino dalis ${name.lt} (${slotText(part.year, part.term, 'lt')}) suplanuota anksčiau nei jos vertinamas modulis ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'lt')}).`,
            lv: `Pārbaudījuma daļa ${name.lv} (${slotText(part.year, part.term, 'lv')}) ir ieplānota pirms vienības ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'lv')}), ko tā novērtē.`,
            et: `Eksamiosa ${name.et} (${slotText(part.year, part.term, 'et')}) toimub enne ühikut ${unitName(unit, u)} (${slotText(unit.year, unit.term, 'et')}), mida see hindab.`,
          }),
        );
      }
    });
    part.outcomeIds.forEach((id, k) => {
      if (!outcomeUnit.has(id)) {
        findings.push(
          finding('ECVET-ASSESSMENT', 'error', planPath(i, `outcomeIds[${k}]`), {
            en: `Assessment part ${name.en} names a learning outcome the curriculum does not have (${quote(id, 'en')}).`,
            de: `Der Prüfungsteil ${name.de} nennt ein Lernergebnis, das das Curriculum nicht hat (${quote(id, 'de')}).`,
            lt: `Egzamino dalyje ${name.lt} nurodytas mokymosi rezultatas, kurio mokymo programoje nėra (${quote(id, 'lt')}).`,
            lv: `Pārbaudījuma daļā ${name.lv} norādīts mācīšanās rezultāts, kura mācību programmā nav (${quote(id, 'lv')}).`,
            et: `Eksamiosa ${name.et} nimetab õpiväljundit, mida õppekavas pole (${quote(id, 'et')}).`,
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
        lt: `Vertinimo plano dalių bendras svoris yra ${fmt(total, 'lt')} %; galutiniam rezultatui reikia 100 %.`,
        lv: `Vērtēšanas plāna daļu kopējais svars ir ${fmt(total, 'lv')} %; gala rezultātam nepieciešami 100 %.`,
        et: `Hindamiskava osade kaal kokku on ${fmt(total, 'et')}%; lõpptulemuseks on vaja 100%.`,
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
        lt: `Modulis ${unitName(unit, i)} neturi vertinimo metodo, o vertinimo planas vertina ${covered} iš jo mokymosi rezultatų: ${fmt(left, 'lt')} ${plural(left, 'lt', LT_UNASSESSED)}.`,
        lv: `Vienībai ${unitName(unit, i)} nav vērtēšanas metodes, un vērtēšanas plāns novērtē ${covered} no tās mācīšanās rezultātiem: ${fmt(left, 'lv')} ${plural(left, 'lv', LV_UNASSESSED)}.`,
        et: `Ühikul ${unitName(unit, i)} pole hindamismeetodit ja hindamiskava hindab selle õpiväljunditest ${covered}: ${count(left, 'et', ET.outcomes)} jääb üldse hindamata.`,
      }),
    );
  });
  return findings;
}
