import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, MessageLanguage } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

interface ThresholdCheck {
  readonly key: 'pointsPerYear' | 'yearLoadTolerance' | 'hoursPerYear' | 'minWblShare';
  readonly ok: (value: number) => boolean;
  readonly expectation: Readonly<Record<MessageLanguage, string>>;
}

const CHECKS: readonly ThresholdCheck[] = [
  {
    key: 'pointsPerYear',
    ok: (v) => Number.isFinite(v) && v > 0,
    expectation: { en: 'a number greater than 0', de: 'eine Zahl größer als 0' },
  },
  {
    key: 'yearLoadTolerance',
    ok: (v) => Number.isFinite(v) && v >= 0,
    expectation: { en: 'a number of 0 or more', de: 'eine Zahl von 0 oder mehr' },
  },
  {
    key: 'hoursPerYear',
    ok: (v) => Number.isFinite(v) && v > 0,
    expectation: { en: 'a number greater than 0', de: 'eine Zahl größer als 0' },
  },
  {
    key: 'minWblShare',
    ok: (v) => Number.isFinite(v) && v >= 0 && v <= 1,
    expectation: { en: 'a share from 0 to 1', de: 'ein Anteil von 0 bis 1' },
  },
];

/**
 * ECVET-THRESHOLDS: the configurable thresholds must be usable. A rule whose threshold is not
 * usable is skipped, so this is the one place that reports it.
 */
export function checkThresholds(c: ValidatableCurriculum): Finding[] {
  const { thresholds } = normalizeCurriculum(c);
  return CHECKS.filter((check) => !check.ok(thresholds[check.key])).map((check) =>
    finding('ECVET-THRESHOLDS', 'error', `thresholds.${check.key}`, {
      en: `The threshold ${check.key} must be ${check.expectation.en} (found: ${fmt(thresholds[check.key], 'en')}).`,
      de: `Der Schwellenwert ${check.key} muss ${check.expectation.de} sein (gefunden: ${fmt(thresholds[check.key], 'de')}).`,
    }),
  );
}
