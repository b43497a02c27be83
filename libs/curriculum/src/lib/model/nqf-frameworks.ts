/**
 * National qualifications frameworks of the partners' countries and their neighbours: the levels a
 * framework has and the EQF level each is referenced to (the countries' referencing reports to
 * the EQF Advisory Group). Countries not listed are checked against the widest range, 1 to 10,
 * with no EQF correspondence.
 */
export interface NqfFramework {
  /** The framework's short name, as the country writes it. */
  readonly name: string;
  /** The EQF level of each NQF level, in order from level 1. */
  readonly eqfOf: readonly number[];
}

const ONE_TO_ONE = [1, 2, 3, 4, 5, 6, 7, 8];

export const NQF_FRAMEWORKS: Readonly<Record<string, NqfFramework>> = {
  AT: { name: 'NQR', eqfOf: ONE_TO_ONE },
  CZ: { name: 'NSK', eqfOf: ONE_TO_ONE },
  DE: { name: 'DQR', eqfOf: ONE_TO_ONE },
  DK: { name: 'NQF', eqfOf: ONE_TO_ONE },
  EE: { name: 'EKR', eqfOf: ONE_TO_ONE },
  FI: { name: 'NQF', eqfOf: ONE_TO_ONE },
  IE: { name: 'NFQ', eqfOf: [1, 1, 2, 3, 4, 5, 6, 6, 7, 8] },
  LT: { name: 'LTKS', eqfOf: ONE_TO_ONE },
  LV: { name: 'LKI', eqfOf: ONE_TO_ONE },
  PL: { name: 'PRK', eqfOf: ONE_TO_ONE },
  SE: { name: 'SeQF', eqfOf: ONE_TO_ONE },
};

/** The widest range of NQF levels in Europe's frameworks (checked when the country is unknown). */
export const NQF_LEVEL_MAX = 10;

/** The framework of `country` (ISO 3166-1 alpha-2, any case), or null when not listed. */
export function nqfFrameworkOf(country: string | null | undefined): NqfFramework | null {
  if (typeof country !== 'string') return null;
  const key = country.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(NQF_FRAMEWORKS, key) ? NQF_FRAMEWORKS[key] : null;
}
