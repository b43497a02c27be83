import { finding, Finding } from './finding';

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
  return Math.round((pointsPerYear * durationMonths) / 12);
}

/**
 * ECVET-R1: qualification points = points per year × years of the reference full-time programme.
 * 3.5 years give 210 points.
 */
export function checkQualificationPoints(
  input: QualificationPointsInput,
  pointsPerYear = DEFAULT_POINTS_PER_YEAR,
): Finding[] {
  if (!Number.isFinite(input.durationMonths) || input.durationMonths <= 0) {
    return [
      finding('ECVET-R1', 'error', 'durationMonths', {
        en: 'The programme duration must be a positive number of months.',
        de: 'Die Ausbildungsdauer muss eine positive Zahl von Monaten sein.',
      }),
    ];
  }
  const expected = expectedQualificationPoints(input.durationMonths, pointsPerYear);
  if (input.ecvetPoints === expected) return [];
  const years = input.durationMonths / 12;
  return [
    finding('ECVET-R1', 'error', 'ecvetPoints', {
      en: `The qualification has ${input.ecvetPoints} ECVET points; ${years} years of full-time VET at ${pointsPerYear} points a year give ${expected}.`,
      de: `Die Qualifikation hat ${input.ecvetPoints} ECVET-Punkte; ${years.toLocaleString('de-DE')} Jahre Vollzeit-Berufsbildung mit ${pointsPerYear} Punkten pro Jahr ergeben ${expected}.`,
    }),
  ];
}
