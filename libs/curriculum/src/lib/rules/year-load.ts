import { unitYearsOf } from '../model/curriculum';
import { finding, Finding } from './finding';
import { normalizeCurriculum, NormalizedCurriculum } from './normalize';
import {
  endSlot,
  comesBefore,
  slotText,
  approxEqual,
  fmt,
  count,
  ET,
  isPositiveFinite,
  LT,
  LV,
  type Messages,
  ordinal,
  plural,
  isValidTerm,
  MAX_TERM,
  isValidYear,
  programmeYears,
  unitName,
  unitPath,
  wblName,
  wblPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';
import { computeYearLoads, expectedPointsForYear, yearLoadsOf, type YearLoad } from './year-loads';

export { computeYearLoads, expectedPointsForYear, yearLoadsOf, type YearLoad };

/**
 * ECVET-YEAR-LOAD (warning): the points scheduled in each programme year are within
 * `yearLoadTolerance` of the expected points. Skipped when the duration or a threshold is unusable.
 */
export function checkYearLoad(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const years = programmeYears(c);
  const { pointsPerYear, yearLoadTolerance: tolerance } = c.thresholds;
  if (years === null || !isPositiveFinite(pointsPerYear)) return [];
  if (!Number.isFinite(tolerance) || tolerance < 0) return [];
  return [...pointFindings(c, years, tolerance), ...hourFindings(c, years)];
}

/**
 * Hours of each programme year: the guided learning of its mandatory units (a unit spanning years
 * spread evenly) and its work-based learning, against the programme's hours of that year
 * (`hoursPerYear` × intensity, a fraction in a last half year). Only when units state hours.
 */
function hourFindings(c: NormalizedCurriculum, years: number): Finding[] {
  const capacity = c.thresholds.hoursPerYear * (isPositiveFinite(c.intensity) ? c.intensity : 1);
  if (!isPositiveFinite(capacity) || c.units.every((u) => u.guidedHours === null)) return [];
  const hours = new Map<number, { guided: number; wbl: number }>();
  const at = (year: number) => hours.get(year) ?? { guided: 0, wbl: 0 };
  for (const unit of c.units) {
    if (!unit.mandatory || unit.addOn || !isPositiveFinite(unit.guidedHours ?? NaN)) continue;
    const spanned = unitYearsOf(unit);
    for (const year of spanned) {
      const h = at(year);
      hours.set(year, { ...h, guided: h.guided + (unit.guidedHours as number) / spanned.length });
    }
  }
  for (const period of c.workBasedLearning) {
    if (!isPositiveFinite(period.durationHours)) continue;
    const h = at(period.year);
    hours.set(period.year, { ...h, wbl: h.wbl + period.durationHours });
  }
  return [...hours.entries()]
    .filter(([year]) => year <= years)
    .sort(([a], [b]) => a - b)
    .flatMap(([year, h]) => {
      const limit = expectedPointsForYear(year, c.durationMonths, capacity);
      const total = h.guided + h.wbl;
      if (total <= limit || approxEqual(total, limit)) return [];
      const first = c.units.findIndex((u) => u.year === year);
      return [
        finding(
          'ECVET-YEAR-LOAD',
          'warning',
          first >= 0 ? unitPath(first, 'guidedHours') : 'units',
          {
            en: `Year ${year} plans ${fmt(h.guided, 'en')} hours of guided learning and ${fmt(h.wbl, 'en')} of work-based learning, together ${fmt(total, 'en')}: more than the programme's ${fmt(limit, 'en')} hours of that year.`,
            de: `Im Ausbildungsjahr ${year} sind ${fmt(h.guided, 'de')} Stunden angeleitetes Lernen und ${fmt(h.wbl, 'de')} betriebliches Lernen geplant, zusammen ${fmt(total, 'de')}: mehr als die ${fmt(limit, 'de')} Stunden des Bildungsgangs in diesem Jahr.`,
            lt: `${ordinal(year, 'lt')} kurse suplanuota: kontaktinis mokymasis – ${count(h.guided, 'lt', LT.hoursNom)}, mokymasis darbo vietoje – ${count(h.wbl, 'lt', LT.hoursNom)}, iš viso ${count(total, 'lt', LT.hoursNom)}; tai viršija programos valandų skaičių tame kurse (${fmt(limit, 'lt')}).`,
            lv: `${ordinal(year, 'lv')} mācību gadā plānots: vadītas mācības – ${count(h.guided, 'lv', LV.hoursNom)}, darba vidē balstītas mācības – ${count(h.wbl, 'lv', LV.hoursNom)}, kopā ${count(total, 'lv', LV.hoursNom)}; tas pārsniedz programmas stundu skaitu šajā gadā (${fmt(limit, 'lv')}).`,
            et: `${ordinal(year, 'et')} õppeaastal on kavandatud ${count(h.guided, 'et', ET.hours)} juhendatud õpet ja ${count(h.wbl, 'et', ET.hours)} töökohapõhist õpet, kokku ${count(total, 'et', ET.hours)}: see ületab õppe selle aasta tundide arvu (${fmt(limit, 'et')}).`,
          },
        ),
      ];
    });
}

function pointFindings(c: NormalizedCurriculum, years: number, tolerance: number): Finding[] {
  return yearLoadsOf(c)
    .filter((load) => load.year <= years)
    .filter(
      (load) =>
        Math.abs(load.points - load.expected) > tolerance &&
        !approxEqual(Math.abs(load.points - load.expected), tolerance),
    )
    .map((load) => {
      const first = c.units.findIndex((u) => u.year === load.year);
      const path = first >= 0 ? unitPath(first) : 'units';
      return finding('ECVET-YEAR-LOAD', 'warning', path, {
        en: `Year ${load.year} schedules ${fmt(load.points, 'en')} ECVET points; ${fmt(load.expected, 'en')} ± ${fmt(tolerance, 'en')} are expected.`,
        de: `Im Ausbildungsjahr ${load.year} sind ${fmt(load.points, 'de')} ECVET-Punkte geplant; erwartet werden ${fmt(load.expected, 'de')} ± ${fmt(tolerance, 'de')}.`,
        lt: `${ordinal(load.year, 'lt')} kurso ECVET taškų suma – ${fmt(load.points, 'lt')}; tikimasi ${fmt(load.expected, 'lt')} ± ${fmt(tolerance, 'lt')}.`,
        lv: `${ordinal(load.year, 'lv')} mācību gadā ieplānoto ECVET punktu skaits ir ${fmt(load.points, 'lv')}; sagaidāmais skaits ir ${fmt(load.expected, 'lv')} ± ${fmt(tolerance, 'lv')}.`,
        et: `${ordinal(load.year, 'et')} õppeaastal on kavandatud ${count(load.points, 'et', ET.ecvetPoints)}; oodatakse ${fmt(load.expected, 'et')} ± ${fmt(tolerance, 'et')}.`,
      });
    });
}

/**
 * ECVET-YEAR-RANGE (error): units and WBL periods are scheduled in a year from 1 to the last
 * programme year (ceil(durationMonths / 12)), and their term is null or a whole number ≥ 1.
 */
export function checkYearRange(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const years = programmeYears(c);
  const findings: Finding[] = [];
  const check = (
    year: number,
    term: number | null,
    path: (field: string) => string,
    subject: Messages,
  ): void => {
    if (!isValidYear(year)) {
      findings.push(
        finding('ECVET-YEAR-RANGE', 'error', path('year'), {
          en: `${subject.en} must be scheduled in a programme year, a whole number of 1 or more (found: ${fmt(year, 'en')}).`,
          de: `${subject.de} muss einem Ausbildungsjahr zugeordnet sein, einer ganzen Zahl ab 1 (gefunden: ${fmt(year, 'de')}).`,
          lt: `${subject.lt}: kursas turi būti sveikasis skaičius, ne mažesnis kaip 1 (dabartinė reikšmė: ${fmt(year, 'lt')}).`,
          lv: `${subject.lv}: mācību gadam jābūt veselam skaitlim, ne mazākam par 1 (pašreizējā vērtība: ${fmt(year, 'lv')}).`,
          et: `${subject.et}: õppeaasta peab olema täisarv, vähemalt 1 (praegune väärtus: ${fmt(year, 'et')}).`,
        }),
      );
    } else if (years !== null && year > years) {
      findings.push(
        finding('ECVET-YEAR-RANGE', 'error', path('year'), {
          en: `${subject.en} is scheduled in year ${year}, but the programme of ${fmt(c.durationMonths, 'en')} months has years 1 to ${years} only.`,
          de: `${subject.de} ist im Ausbildungsjahr ${year} geplant, die Ausbildung von ${fmt(c.durationMonths, 'de')} Monaten umfasst aber nur die Jahre 1 bis ${years}.`,
          lt: `${subject.lt}: nurodytas ${ordinal(year, 'lt')} kursas, tačiau ${fmt(c.durationMonths, 'lt')} ${plural(c.durationMonths, 'lt', LT.monthsGen)} trukmės programa apima tik ${years === 1 ? '1 kursą' : `1–${years} kursus`}.`,
          lv: `${subject.lv}: norādīts ${ordinal(year, 'lv')} mācību gads, taču ${fmt(c.durationMonths, 'lv')} ${plural(c.durationMonths, 'lv', LV.monthsGen)} ilgā programma ietver tikai ${years === 1 ? '1.' : `1.–${ordinal(years, 'lv')}`} mācību gadu.`,
          et: `${subject.et} on kavandatud ${ordinal(year, 'et')} õppeaastasse, kuid ${fmt(c.durationMonths, 'et')}-kuuline õpe hõlmab ainult ${years === 1 ? '1. õppeaastat' : `õppeaastaid 1–${years}`}.`,
        }),
      );
    }
    if (!isValidTerm(term)) {
      findings.push(
        finding('ECVET-YEAR-RANGE', 'error', path('term'), {
          en: `${subject.en}: the term must be empty (whole year) or a whole number from 1 to ${MAX_TERM} (found: ${fmt(term ?? NaN, 'en')}).`,
          de: `${subject.de}: Der Abschnitt muss leer (ganzes Jahr) oder eine ganze Zahl von 1 bis ${MAX_TERM} sein (gefunden: ${fmt(term ?? NaN, 'de')}).`,
          lt: `${subject.lt}: pusmetis turi būti nenurodytas (visas kursas) arba sveikasis skaičius nuo 1 iki ${MAX_TERM} (dabartinė reikšmė: ${fmt(term ?? NaN, 'lt')}).`,
          lv: `${subject.lv}: semestrim jābūt tukšam (viss gads) vai veselam skaitlim no 1 līdz ${MAX_TERM} (pašreizējā vērtība: ${fmt(term ?? NaN, 'lv')}).`,
          et: `${subject.et}: poolaasta peab olema tühi (kogu õppeaasta) või täisarv vahemikus 1–${MAX_TERM} (praegune väärtus: ${fmt(term ?? NaN, 'et')}).`,
        }),
      );
    }
  };
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    const subject = {
      en: `Unit ${name}`,
      de: `Einheit ${name}`,
      lt: `Modulis ${name}`,
      lv: `Vienība ${name}`,
      et: `Ühik ${name}`,
    };
    check(unit.year, unit.term, (field) => unitPath(i, field), subject);
    if (unit.endYear === null && unit.endTerm === null) return;
    // A unit that spans terms or years ends within the programme, not before it starts.
    const end = endSlot(unit);
    check(end.year, end.term, (field) => unitPath(i, field === 'year' ? 'endYear' : 'endTerm'), {
      en: `The end of unit ${name}`,
      de: `Das Ende der Einheit ${name}`,
      lt: `Modulio ${name} pabaiga`,
      lv: `Vienības ${name} beigas`,
      et: `Ühiku ${name} lõpp`,
    });
    const start = { year: unit.year, term: unit.term };
    if (
      comesBefore(end, start) ||
      (end.year === start.year && end.term !== null && start.term === null)
    ) {
      findings.push(
        finding('ECVET-YEAR-RANGE', 'error', unitPath(i, 'endYear'), {
          en: `Unit ${name} ends (${slotText(end.year, end.term, 'en')}) before it starts (${slotText(start.year, start.term, 'en')}).`,
          de: `Die Einheit ${name} endet (${slotText(end.year, end.term, 'de')}) vor ihrem Beginn (${slotText(start.year, start.term, 'de')}).`,
          lt: `Modulis ${name} baigiasi (${slotText(end.year, end.term, 'lt')}) anksčiau, nei prasideda (${slotText(start.year, start.term, 'lt')}).`,
          lv: `Vienība ${name} beidzas (${slotText(end.year, end.term, 'lv')}) agrāk, nekā sākas (${slotText(start.year, start.term, 'lv')}).`,
          et: `Ühik ${name} lõpeb (${slotText(end.year, end.term, 'et')}) enne, kui algab (${slotText(start.year, start.term, 'et')}).`,
        }),
      );
    }
  });
  c.workBasedLearning.forEach((period, i) => {
    check(period.year, period.term, (field) => wblPath(i, field), {
      en: `Work-based learning period ${wblName(period, i, c.primaryLanguage, 'en')}`,
      de: `Betriebliche Phase ${wblName(period, i, c.primaryLanguage, 'de')}`,
      lt: `Mokymosi darbo vietoje laikotarpis ${wblName(period, i, c.primaryLanguage, 'lt')}`,
      lv: `Darba vidē balstīto mācību periods ${wblName(period, i, c.primaryLanguage, 'lv')}`,
      et: `Töökohapõhise õppe periood ${wblName(period, i, c.primaryLanguage, 'et')}`,
    });
  });
  return findings;
}
