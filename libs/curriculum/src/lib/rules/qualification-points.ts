import { finding, Finding } from './finding';
import { normalizeCurriculum, type NormalizedCurriculum } from './normalize';
import {
  approxEqual,
  count,
  ET,
  fmt,
  isPositiveFinite,
  LT,
  LV,
  plural,
  round,
  type MessageLanguage,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** ECVET convention: 60 points for one year of formal full-time VET. Configurable per curriculum. */
export const DEFAULT_POINTS_PER_YEAR = 60;

export interface QualificationPointsInput {
  /** Duration of the reference full-time programme in months (3.5 years → 42). */
  readonly durationMonths: number;
  readonly ecvetPoints: number;
}

/** The points a qualification should carry: points per year × years of the full-time programme. */
export function expectedQualificationPoints(
  durationMonths: number,
  pointsPerYear = DEFAULT_POINTS_PER_YEAR,
): number {
  // Half months and half points are real (42.5 months → 212.5 points): to the cent, not whole.
  return round((pointsPerYear * durationMonths) / 12);
}

/**
 * ECVET-R1: qualification points = points per year × years of the reference full-time programme.
 * 3.5 years give 210 points.
 */
export function checkQualificationPoints(
  input: QualificationPointsInput,
  pointsPerYear = DEFAULT_POINTS_PER_YEAR,
): Finding[] {
  if (!isPositiveFinite(input.durationMonths)) {
    return [
      finding('ECVET-R1', 'error', 'durationMonths', {
        en: 'The programme duration must be a positive number of months.',
        de: 'Die Ausbildungsdauer muss eine positive Zahl von Monaten sein.',
        lt: 'Programos trukmė turi būti teigiamas mėnesių skaičius.',
        lv: 'Programmas ilgumam jābūt pozitīvam mēnešu skaitam.',
        et: 'Õppe kestus kuudes peab olema positiivne arv.',
      }),
    ];
  }
  if (typeof input.ecvetPoints !== 'number' || !Number.isFinite(input.ecvetPoints)) {
    return [
      finding('ECVET-R1', 'error', 'ecvetPoints', {
        en: `The qualification's ECVET points must be a number (found: ${fmt(NaN, 'en')}).`,
        de: `Die ECVET-Punkte der Qualifikation müssen eine Zahl sein (gefunden: ${fmt(NaN, 'de')}).`,
        lt: `Kvalifikacijos ECVET taškai turi būti nurodyti skaičiumi (dabartinė reikšmė: ${fmt(NaN, 'lt')}).`,
        lv: `Kvalifikācijas ECVET punktiem jābūt skaitlim (pašreizējā vērtība: ${fmt(NaN, 'lv')}).`,
        et: `Kvalifikatsiooni ECVET-punktid peavad olema arv (praegune väärtus: ${fmt(NaN, 'et')}).`,
      }),
    ];
  }
  if (!isPositiveFinite(pointsPerYear)) return [];
  const expected = expectedQualificationPoints(input.durationMonths, pointsPerYear);
  if (approxEqual(input.ecvetPoints, expected)) return [];
  const years = input.durationMonths / 12;
  return [
    finding('ECVET-R1', 'error', 'ecvetPoints', {
      en: `The qualification has ${fmt(input.ecvetPoints, 'en')} ECVET points; ${fmt(years, 'en')} years of full-time VET at ${fmt(pointsPerYear, 'en')} points a year give ${fmt(expected, 'en')}.`,
      de: `Die Qualifikation hat ${fmt(input.ecvetPoints, 'de')} ECVET-Punkte; ${fmt(years, 'de')} Jahre Vollzeit-Berufsbildung mit ${fmt(pointsPerYear, 'de')} Punkten pro Jahr ergeben ${fmt(expected, 'de')}.`,
      lt: `Kvalifikacijos vertė – ${count(input.ecvetPoints, 'lt', LT.ecvetPointsNom)}; ${fmt(years, 'lt')} nuolatinio profesinio mokymo ${plural(years, 'lt', LT.yearsNom)} po ${count(pointsPerYear, 'lt', LT.pointsAcc)} per metus sudaro ${fmt(expected, 'lt')}.`,
      lv: `Kvalifikācijai ir ${count(input.ecvetPoints, 'lv', LV.ecvetPointsNom)}; ${fmt(years, 'lv')} pilna laika profesionālās izglītības ${plural(years, 'lv', LV.yearsNom)}, ${count(pointsPerYear, 'lv', LV.pointsNom)} gadā, kopā dod ${fmt(expected, 'lv')}.`,
      et: `Kvalifikatsioonil on ${count(input.ecvetPoints, 'et', ET.ecvetPoints)}; ${count(years, 'et', ET.years)} täiskoormusega kutseõpet ${fmt(pointsPerYear, 'et')} punktiga aastas annab ${fmt(expected, 'et')}.`,
    }),
  ];
}

/**
 * ECVET-R1 for a whole curriculum, with `thresholds.pointsPerYear` of the curriculum: the points
 * belong to the qualification's reference full-time duration, not to the delivered schedule. A
 * programme whose delivered duration at its intensity is not that reference duration (6 years at
 * half time for a 3-year qualification is; 5 years at half time is not) is a warning with the
 * arithmetic.
 */
export function checkCurriculumQualificationPoints(c: ValidatableCurriculum): Finding[] {
  const n = normalizeCurriculum(c);
  const points = checkQualificationPoints(
    { durationMonths: n.referenceDurationMonths, ecvetPoints: n.ecvetPoints },
    n.thresholds.pointsPerYear,
  ).map((f) =>
    f.path === 'durationMonths' && n.referenceDurationMonths !== n.durationMonths
      ? { ...f, path: 'referenceDurationMonths' }
      : f,
  );
  return [...points, ...checkDelivery(n)];
}

/** The delivered programme at its intensity amounts to the reference full-time duration. */
function checkDelivery(n: NormalizedCurriculum): Finding[] {
  const { durationMonths, intensity, referenceDurationMonths: reference } = n;
  if (![durationMonths, intensity, reference].every(isPositiveFinite)) return [];
  const fullTimeMonths = durationMonths * intensity;
  if (approxEqual(fullTimeMonths, reference)) return [];
  const years = (months: number, language: MessageLanguage) => fmt(months / 12, language);
  return [
    finding('ECVET-R1', 'warning', 'durationMonths', {
      en: `The programme runs ${years(durationMonths, 'en')} years at ${fmt(intensity * 100, 'en')} % of full time, which is ${years(fullTimeMonths, 'en')} full-time years; the qualification's reference duration is ${years(reference, 'en')} years.`,
      de: `Der Bildungsgang dauert ${years(durationMonths, 'de')} Jahre mit ${fmt(intensity * 100, 'de')} % der Vollzeit, das sind ${years(fullTimeMonths, 'de')} Vollzeitjahre; die Referenzdauer der Qualifikation beträgt ${years(reference, 'de')} Jahre.`,
      lt: `Programa trunka ${count(durationMonths / 12, 'lt', LT.yearsAcc)}, kai intensyvumas – ${fmt(intensity * 100, 'lt')} % nuolatinio mokymo apimties, t. y. ${fmt(fullTimeMonths / 12, 'lt')} nuolatinio mokymo ${plural(fullTimeMonths / 12, 'lt', LT.yearsNom)}; kvalifikacijos orientacinė trukmė – ${count(reference / 12, 'lt', LT.yearsNom)}.`,
      lv: `Programma ilgst ${count(durationMonths / 12, 'lv', LV.yearsAcc)} ar ${fmt(intensity * 100, 'lv')} % no pilna laika slodzes, kas ir ${fmt(fullTimeMonths / 12, 'lv')} pilna laika ${plural(fullTimeMonths / 12, 'lv', LV.yearsNom)}; kvalifikācijas atsauces ilgums ir ${count(reference / 12, 'lv', LV.yearsNom)}.`,
      et: `Õpe kestab ${count(durationMonths / 12, 'et', ET.years)} koormusega ${fmt(intensity * 100, 'et')}% täiskoormusest, mis teeb ${fmt(fullTimeMonths / 12, 'et')} täiskoormusega ${plural(fullTimeMonths / 12, 'et', ET.years)}; kvalifikatsiooni võrdluskestus on ${count(reference / 12, 'et', ET.years)}.`,
    }),
  ];
}
