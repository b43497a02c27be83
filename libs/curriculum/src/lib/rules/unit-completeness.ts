import { INDUSTRY_40_AREAS } from '../model/curriculum';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, hasText, quote, unitName, unitPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

const AREAS: ReadonlySet<string> = new Set(INDUSTRY_40_AREAS);

/**
 * ECVET-R3: every unit has a title and assessment criteria in the primary language — its own, or
 * each of its outcomes' — at least one learning outcome, more than 0 ECVET points and an EQF
 * level. One error per problem; a unit that names no assessment method is a warning.
 * ECVET-AREA: a unit's Industry 4.0 areas are among the six known ones (warning).
 */
export function checkUnitCompleteness(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const pl = c.primaryLanguage;
  const findings: Finding[] = [];
  const planned = new Set(c.assessmentPlan.flatMap((part) => part.unitIds));
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    if (!hasText(unit.title, pl)) {
      findings.push(
        finding('ECVET-R3', 'error', unitPath(i, 'title'), {
          en: `Unit ${name} has no title in the primary language (${pl}).`,
          de: `Einheit ${name} hat keinen Titel in der Hauptsprache (${pl}).`,
          lt: `Modulis ${name} neturi pavadinimo pagrindine kalba (${pl}).`,
          lv: `Vienībai ${name} nav nosaukuma galvenajā valodā (${pl}).`,
          et: `Ühikul ${name} puudub pealkiri põhikeeles (${pl}).`,
        }),
      );
    }
    if (unit.outcomes.length === 0) {
      findings.push(
        finding('ECVET-R3', 'error', unitPath(i, 'outcomes'), {
          en: `Unit ${name} has no learning outcomes; at least one is required.`,
          de: `Einheit ${name} hat keine Lernergebnisse; mindestens eines ist erforderlich.`,
          lt: `Modulis ${name} neturi mokymosi rezultatų; būtinas bent vienas.`,
          lv: `Vienībai ${name} nav mācīšanās rezultātu; nepieciešams vismaz viens.`,
          et: `Ühikul ${name} puuduvad õpiväljundid; vaja on vähemalt üht.`,
        }),
      );
    }
    // A unit the assessment plan assesses as a whole has its methods there.
    if (unit.methods.filter((m) => m.trim() !== '').length === 0 && !planned.has(unit.id)) {
      findings.push(
        finding('ECVET-R3', 'warning', unitPath(i, 'assessment.methods'), {
          en: `Unit ${name} names no assessment method: how is it assessed (practical task, work sample, written exam …)?`,
          de: `Die Einheit ${name} nennt keine Prüfungsmethode: wie wird sie geprüft (praktische Aufgabe, Arbeitsprobe, schriftliche Prüfung …)?`,
          lt: `Moduliui ${name} nenurodytas joks vertinimo metodas: kaip jis vertinamas (praktinė užduotis, darbo pavyzdys, rašto egzaminas …)?`,
          lv: `Vienībai ${name} nav norādīta neviena vērtēšanas metode: kā to novērtē (praktisks uzdevums, darba paraugs, rakstisks eksāmens …)?`,
          et: `Ühikul ${name} pole märgitud ühtegi hindamismeetodit: kuidas seda hinnatakse (praktiline ülesanne, tööproov, kirjalik eksam …)?`,
        }),
      );
    }
    // Criteria of the unit, or of every one of its outcomes.
    const byOutcome =
      unit.outcomes.length > 0 && unit.outcomes.every((o) => hasText(o.criteria, pl));
    if (!hasText(unit.criteria, pl) && !byOutcome) {
      findings.push(
        finding('ECVET-R3', 'error', unitPath(i, 'assessment.criteria'), {
          en: `Unit ${name} has no assessment criteria in the primary language (${pl}): state them for the unit, or for each of its outcomes.`,
          de: `Einheit ${name} hat keine Bewertungskriterien in der Hauptsprache (${pl}): für die Einheit oder für jedes ihrer Lernergebnisse angeben.`,
          lt: `Modulis ${name} neturi vertinimo kriterijų pagrindine kalba (${pl}): nurodykite juos visam moduliui arba kiekvienam jo mokymosi rezultatui.`,
          lv: `Vienībai ${name} nav vērtēšanas kritēriju galvenajā valodā (${pl}): norādiet tos visai vienībai vai katram tās mācīšanās rezultātam.`,
          et: `Ühikul ${name} puuduvad hindamiskriteeriumid põhikeeles (${pl}): esitage need kogu ühiku või selle iga õpiväljundi kohta.`,
        }),
      );
    }
    if (!(Number.isFinite(unit.ecvetPoints) && unit.ecvetPoints > 0)) {
      findings.push(
        finding('ECVET-R3', 'error', unitPath(i, 'ecvetPoints'), {
          en: `Unit ${name} must carry more than 0 ECVET points (found: ${fmt(unit.ecvetPoints, 'en')}).`,
          de: `Einheit ${name} muss mehr als 0 ECVET-Punkte haben (gefunden: ${fmt(unit.ecvetPoints, 'de')}).`,
          lt: `Modulio ${name} ECVET taškų skaičius turi būti didesnis už 0 (dabartinė reikšmė: ${fmt(unit.ecvetPoints, 'lt')}).`,
          lv: `Vienības ${name} ECVET punktu skaitam jābūt lielākam par 0 (pašreizējā vērtība: ${fmt(unit.ecvetPoints, 'lv')}).`,
          et: `Ühiku ${name} ECVET-punktide arv peab olema suurem kui 0 (praegune väärtus: ${fmt(unit.ecvetPoints, 'et')}).`,
        }),
      );
    }
    if (unit.eqfLevel === null) {
      findings.push(
        finding('ECVET-R3', 'error', unitPath(i, 'eqfLevel'), {
          en: `Unit ${name} has no EQF level.`,
          de: `Einheit ${name} hat kein EQR-Niveau.`,
          lt: `Moduliui ${name} nenurodytas EKS lygis.`,
          lv: `Vienībai ${name} nav norādīts EKI līmenis.`,
          et: `Ühikul ${name} puudub EQF tase.`,
        }),
      );
    }
    unit.areas.forEach((area, k) => {
      if (AREAS.has(area)) return;
      findings.push(
        finding('ECVET-AREA', 'warning', unitPath(i, `areas[${k}]`), {
          en: `Unit ${name} is tagged with ${quote(area, 'en')}, which is none of the six Industry 4.0 areas (${INDUSTRY_40_AREAS.join(', ')}).`,
          de: `Einheit ${name} ist mit ${quote(area, 'de')} verschlagwortet; das ist keiner der sechs Industrie-4.0-Bereiche (${INDUSTRY_40_AREAS.join(', ')}).`,
          lt: `Modulis ${name} pažymėtas žyma ${quote(area, 'lt')}, kuri nėra nė viena iš šešių Industry 4.0 sričių (${INDUSTRY_40_AREAS.join(', ')}).`,
          lv: `Vienībai ${name} piešķirta birka ${quote(area, 'lv')}, kas nav neviena no sešām Industry 4.0 jomām (${INDUSTRY_40_AREAS.join(', ')}).`,
          et: `Ühikule ${name} on lisatud märksõna ${quote(area, 'et')}, mis ei ole ükski kuuest Industry 4.0 valdkonnast (${INDUSTRY_40_AREAS.join(', ')}).`,
        }),
      );
    });
  });
  return findings;
}
