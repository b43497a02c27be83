import { LIMITS, numberProblem, type NumberLimit } from '../model/limits';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, MessageLanguage } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

type ThresholdKey = keyof typeof LIMITS.thresholds;

/** What a threshold must be, in words, from its row of the limits table. */
function expectation(limit: NumberLimit, language: MessageLanguage): string {
  const min = fmt(limit.min, language);
  const max = fmt(limit.max, language);
  const whole = limit.integer;
  switch (language) {
    case 'de':
      return `eine ${whole ? 'ganze ' : ''}Zahl von ${min} bis ${max}`;
    case 'lt':
      return `${whole ? 'sveikasis ' : ''}skaičius nuo ${min} iki ${max}`;
    case 'lv':
      return `${whole ? 'veselam ' : ''}skaitlim no ${min} līdz ${max}`;
    case 'et':
      return `${whole ? 'täisarv' : 'arv'} vahemikus ${min}–${max}`;
    default:
      return `a ${whole ? 'whole ' : ''}number from ${min} to ${max}`;
  }
}

/**
 * ECVET-THRESHOLDS: the configurable thresholds must be within their limits (`LIMITS.thresholds`,
 * the same the API's requests and the importers apply). A rule whose threshold is not usable is
 * skipped, so this is the one place that reports it.
 */
export function checkThresholds(c: ValidatableCurriculum): Finding[] {
  const { thresholds } = normalizeCurriculum(c);
  const keys = Object.keys(LIMITS.thresholds) as ThresholdKey[];
  return keys
    .filter((key) => numberProblem(thresholds[key], LIMITS.thresholds[key]) !== null)
    .map((key) =>
      finding('ECVET-THRESHOLDS', 'error', `thresholds.${key}`, {
        en: `The threshold ${key} must be ${expectation(LIMITS.thresholds[key], 'en')} (found: ${fmt(thresholds[key], 'en')}).`,
        de: `Der Schwellenwert ${key} muss ${expectation(LIMITS.thresholds[key], 'de')} sein (gefunden: ${fmt(thresholds[key], 'de')}).`,
        lt: `Ribinė reikšmė ${key} turi būti ${expectation(LIMITS.thresholds[key], 'lt')} (dabartinė reikšmė: ${fmt(thresholds[key], 'lt')}).`,
        lv: `Sliekšņa vērtībai ${key} jābūt ${expectation(LIMITS.thresholds[key], 'lv')} (pašreizējā vērtība: ${fmt(thresholds[key], 'lv')}).`,
        et: `Lävend ${key} peab olema ${expectation(LIMITS.thresholds[key], 'et')} (praegune väärtus: ${fmt(thresholds[key], 'et')}).`,
      }),
    );
}
