import { LIMITS, numberProblem, type NumberLimit } from '../model/limits';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, MessageLanguage } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

type ThresholdKey = keyof typeof LIMITS.thresholds;

/** What a threshold must be, in words, from its row of the limits table. */
function expectation(limit: NumberLimit, language: MessageLanguage): string {
  const range = `${fmt(limit.min, language)} ${language === 'de' ? 'bis' : 'to'} ${fmt(limit.max, language)}`;
  if (language === 'de') return `eine ${limit.integer ? 'ganze ' : ''}Zahl von ${range}`;
  return `a ${limit.integer ? 'whole ' : ''}number from ${range}`;
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
      }),
    );
}
