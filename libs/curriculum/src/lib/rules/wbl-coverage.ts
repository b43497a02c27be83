import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import {
  comesBefore,
  fmt,
  hasText,
  inEveryLanguage,
  isPositiveFinite,
  quote,
  slotText,
  unitName,
  wblName,
  wblPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/**
 * ECVET-WBL-COVERAGE: every work-based learning period covers at least one unit (error), names only
 * units and outcomes of the curriculum (error), lasts more than 0 hours (error), and the outcomes
 * it lists belong to units it covers (warning otherwise). Warnings too: a period that covers only
 * elective units, one scheduled before a unit it practises, and one that says nothing of its
 * assessment.
 */
export function checkWblCoverage(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const unitIds = new Set(c.units.map((u) => u.id).filter((id) => id !== ''));
  const unitOfOutcome = new Map<string, number>();
  c.units.forEach((unit, i) => {
    for (const outcome of unit.outcomes) {
      if (outcome.id !== '' && !unitOfOutcome.has(outcome.id)) unitOfOutcome.set(outcome.id, i);
    }
  });

  c.workBasedLearning.forEach((period, w) => {
    const name = inEveryLanguage((l) => wblName(period, w, c.primaryLanguage, l));
    if (!isPositiveFinite(period.durationHours)) {
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'error', wblPath(w, 'durationHours'), {
          en: `Work-based learning period ${name.en} must last more than 0 hours (found: ${fmt(period.durationHours, 'en')}).`,
          de: `Die betriebliche Phase ${name.de} muss länger als 0 Stunden dauern (gefunden: ${fmt(period.durationHours, 'de')}).`,
          lt: `Mokymosi darbo vietoje laikotarpio ${name.lt} trukmė turi būti ilgesnė nei 0 valandų (dabartinė reikšmė: ${fmt(period.durationHours, 'lt')}).`,
          lv: `Darba vidē balstīto mācību perioda ${name.lv} ilgumam jābūt lielākam par 0 stundām (pašreizējā vērtība: ${fmt(period.durationHours, 'lv')}).`,
          et: `Töökohapõhise õppe perioodi ${name.et} kestus peab olema üle 0 tunni (praegune väärtus: ${fmt(period.durationHours, 'et')}).`,
        }),
      );
    }
    if (period.unitIds.length === 0) {
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'error', wblPath(w, 'unitIds'), {
          en: `Work-based learning period ${name.en} covers no unit.`,
          de: `Die betriebliche Phase ${name.de} deckt keine Einheit ab.`,
          lt: `Mokymosi darbo vietoje laikotarpis ${name.lt} neapima nė vieno modulio.`,
          lv: `Darba vidē balstīto mācību periods ${name.lv} neaptver nevienu vienību.`,
          et: `Töökohapõhise õppe periood ${name.et} ei hõlma ühtegi ühikut.`,
        }),
      );
    }
    period.unitIds.forEach((id, k) => {
      if (unitIds.has(id)) return;
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'error', wblPath(w, `unitIds[${k}]`), {
          en:
            id.trim() === ''
              ? `Work-based learning period ${name.en} has an empty unit entry.`
              : `Work-based learning period ${name.en} names the unit id ${quote(id, 'en')}, which is no unit of this curriculum.`,
          de:
            id.trim() === ''
              ? `Die betriebliche Phase ${name.de} hat einen leeren Eintrag bei den Einheiten.`
              : `Die betriebliche Phase ${name.de} nennt die Einheiten-ID ${quote(id, 'de')}, die zu keiner Einheit dieses Curriculums gehört.`,
          lt:
            id.trim() === ''
              ? `Mokymosi darbo vietoje laikotarpio ${name.lt} modulių sąraše yra tuščias įrašas.`
              : `Mokymosi darbo vietoje laikotarpyje ${name.lt} nurodytas modulio ID ${quote(id, 'lt')}, tačiau tokio modulio šioje mokymo programoje nėra.`,
          lv:
            id.trim() === ''
              ? `Darba vidē balstīto mācību perioda ${name.lv} vienību sarakstā ir tukšs ieraksts.`
              : `Darba vidē balstīto mācību periodā ${name.lv} norādīts vienības ID ${quote(id, 'lv')}, taču šādas vienības šajā mācību programmā nav.`,
          et:
            id.trim() === ''
              ? `Töökohapõhise õppe perioodi ${name.et} ühikute loetelus on tühi kirje.`
              : `Töökohapõhise õppe perioodis ${name.et} on märgitud ühiku ID ${quote(id, 'et')}, kuid sellist ühikut selles õppekavas pole.`,
        }),
      );
    });
    const coveredUnits = c.units
      .map((unit, i) => ({ unit, i }))
      .filter(({ unit }) => unit.id !== '' && period.unitIds.includes(unit.id));
    if (
      coveredUnits.length > 0 &&
      coveredUnits.every(({ unit }) => !unit.mandatory || unit.addOn)
    ) {
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'warning', wblPath(w, 'unitIds'), {
          en: `Work-based learning period ${name.en} covers only elective or add-on units: learners who choose others practise nothing there.`,
          de: `Die betriebliche Phase ${name.de} deckt nur Wahlpflichteinheiten oder Zusatzqualifikationen ab: wer andere wählt, übt dort nichts.`,
          lt: `Mokymosi darbo vietoje laikotarpis ${name.lt} apima tik pasirenkamuosius arba papildomos kvalifikacijos modulius: besimokantieji, pasirinkę kitus modulius, jame nieko nepraktikuoja.`,
          lv: `Darba vidē balstīto mācību periods ${name.lv} aptver tikai izvēles vai papildkvalifikācijas vienības: izglītojamie, kuri izvēlas citas vienības, tajā neko nepraktizē.`,
          et: `Töökohapõhise õppe periood ${name.et} hõlmab ainult valikulisi ühikuid või lisakvalifikatsioone: õppijad, kes valivad muud ühikud, ei harjuta seal midagi.`,
        }),
      );
    }
    for (const { unit, i } of coveredUnits) {
      if (!comesBefore(period, unit)) continue;
      const unitLabel = unitName(unit, i);
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'warning', wblPath(w, 'year'), {
          en: `Work-based learning period ${name.en} (${slotText(period.year, period.term, 'en')}) comes before unit ${unitLabel} (${slotText(unit.year, unit.term, 'en')}), which it practises.`,
          de: `Die betriebliche Phase ${name.de} (${slotText(period.year, period.term, 'de')}) liegt vor der Einheit ${unitLabel} (${slotText(unit.year, unit.term, 'de')}), die sie übt.`,
          lt: `Mokymosi darbo vietoje laikotarpis ${name.lt} (${slotText(period.year, period.term, 'lt')}) suplanuotas anksčiau nei modulis ${unitLabel} (${slotText(unit.year, unit.term, 'lt')}), kuris jame praktikuojamas.`,
          lv: `Darba vidē balstīto mācību periods ${name.lv} (${slotText(period.year, period.term, 'lv')}) ir ieplānots pirms vienības ${unitLabel} (${slotText(unit.year, unit.term, 'lv')}), ko tajā praktizē.`,
          et: `Töökohapõhise õppe periood ${name.et} (${slotText(period.year, period.term, 'et')}) toimub enne ühikut ${unitLabel} (${slotText(unit.year, unit.term, 'et')}), mida selles harjutatakse.`,
        }),
      );
    }
    if (!hasText(period.assessment, c.primaryLanguage)) {
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'warning', wblPath(w, 'assessment'), {
          en: `Work-based learning period ${name.en} says nothing of how it is assessed (primary language ${c.primaryLanguage}).`,
          de: `Die betriebliche Phase ${name.de} sagt nicht, wie sie bewertet wird (Hauptsprache ${c.primaryLanguage}).`,
          lt: `Mokymosi darbo vietoje laikotarpiui ${name.lt} nenurodyta, kaip jis vertinamas (pagrindinė kalba: ${c.primaryLanguage}).`,
          lv: `Darba vidē balstīto mācību periodam ${name.lv} nav norādīts, kā tas tiek novērtēts (galvenā valoda: ${c.primaryLanguage}).`,
          et: `Töökohapõhise õppe perioodi ${name.et} juures pole märgitud, kuidas seda hinnatakse (põhikeel: ${c.primaryLanguage}).`,
        }),
      );
    }
    const covered = new Set(period.unitIds);
    period.outcomeIds.forEach((id, k) => {
      const path = wblPath(w, `outcomeIds[${k}]`);
      const unitIndex = unitOfOutcome.get(id);
      if (unitIndex === undefined) {
        findings.push(
          finding('ECVET-WBL-COVERAGE', 'error', path, {
            en:
              id.trim() === ''
                ? `Work-based learning period ${name.en} has an empty outcome entry.`
                : `Work-based learning period ${name.en} names the outcome id ${quote(id, 'en')}, which is no learning outcome of this curriculum.`,
            de:
              id.trim() === ''
                ? `Die betriebliche Phase ${name.de} hat einen leeren Eintrag bei den Lernergebnissen.`
                : `Die betriebliche Phase ${name.de} nennt die Lernergebnis-ID ${quote(id, 'de')}, die zu keinem Lernergebnis dieses Curriculums gehört.`,
            lt:
              id.trim() === ''
                ? `Mokymosi darbo vietoje laikotarpio ${name.lt} mokymosi rezultatų sąraše yra tuščias įrašas.`
                : `Mokymosi darbo vietoje laikotarpyje ${name.lt} nurodytas mokymosi rezultato ID ${quote(id, 'lt')}, tačiau tokio mokymosi rezultato šioje mokymo programoje nėra.`,
            lv:
              id.trim() === ''
                ? `Darba vidē balstīto mācību perioda ${name.lv} mācīšanās rezultātu sarakstā ir tukšs ieraksts.`
                : `Darba vidē balstīto mācību periodā ${name.lv} norādīts mācīšanās rezultāta ID ${quote(id, 'lv')}, taču šāda mācīšanās rezultāta šajā mācību programmā nav.`,
            et:
              id.trim() === ''
                ? `Töökohapõhise õppe perioodi ${name.et} õpiväljundite loetelus on tühi kirje.`
                : `Töökohapõhise õppe perioodis ${name.et} on märgitud õpiväljundi ID ${quote(id, 'et')}, kuid sellist õpiväljundit selles õppekavas pole.`,
          }),
        );
        return;
      }
      const unit = c.units[unitIndex];
      if (covered.has(unit.id)) return;
      const unitLabel = unitName(unit, unitIndex);
      const position = unit.outcomes.findIndex((o) => o.id === id) + 1;
      findings.push(
        finding('ECVET-WBL-COVERAGE', 'warning', path, {
          en: `Work-based learning period ${name.en} lists outcome ${position} of unit ${unitLabel}, but does not cover the unit itself.`,
          de: `Die betriebliche Phase ${name.de} nennt Lernergebnis ${position} der Einheit ${unitLabel}, deckt die Einheit selbst aber nicht ab.`,
          lt: `Mokymosi darbo vietoje laikotarpyje ${name.lt} nurodytas modulio ${unitLabel} mokymosi rezultatas Nr. ${position}, tačiau pats modulis į laikotarpį neįtrauktas.`,
          lv: `Darba vidē balstīto mācību periodā ${name.lv} norādīts vienības ${unitLabel} ${position}. mācīšanās rezultāts, taču pati vienība periodā nav iekļauta.`,
          et: `Töökohapõhise õppe perioodis ${name.et} on märgitud ühiku ${unitLabel} ${position}. õpiväljund, kuid ühikut ennast periood ei hõlma.`,
        }),
      );
    });
  });
  return findings;
}
