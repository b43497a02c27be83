import { NQF_LEVEL_MAX, nqfFrameworkOf } from '../model/nqf-frameworks';
import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { fmt, unitName, unitPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

export function isValidEqfLevel(level: number | null): level is number {
  return level !== null && Number.isInteger(level) && level >= 1 && level <= 8;
}

/**
 * ECVET-R4: the EQF level of the qualification and of each unit is an integer from 1 to 8 (error);
 * a unit above the qualification's level is a warning. A unit without any level is reported by R3.
 * The NQF level, when stated, is a level of the institution country's framework (error; 1 to 10
 * when the country or its framework is not known) and the one that framework references to the
 * qualification's EQF level (warning).
 */
export function checkEqfLevels(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  if (c.eqfLevel === null) {
    findings.push(
      finding('ECVET-R4', 'error', 'eqfLevel', {
        en: 'The qualification has no EQF level; it must be a whole number from 1 to 8.',
        de: 'Die Qualifikation hat kein EQR-Niveau; es muss eine ganze Zahl von 1 bis 8 sein.',
      }),
    );
  } else if (!isValidEqfLevel(c.eqfLevel)) {
    findings.push(
      finding('ECVET-R4', 'error', 'eqfLevel', {
        en: `The qualification's EQF level must be a whole number from 1 to 8 (found: ${fmt(c.eqfLevel, 'en')}).`,
        de: `Das EQR-Niveau der Qualifikation muss eine ganze Zahl von 1 bis 8 sein (gefunden: ${fmt(c.eqfLevel, 'de')}).`,
      }),
    );
  }
  const qualificationLevel = isValidEqfLevel(c.eqfLevel) ? c.eqfLevel : null;
  findings.push(...checkNqfLevel(c.nqfLevel, qualificationLevel, c.institutionCountry));
  c.units.forEach((unit, i) => {
    if (unit.eqfLevel === null) return;
    const name = unitName(unit, i);
    const path = unitPath(i, 'eqfLevel');
    if (!isValidEqfLevel(unit.eqfLevel)) {
      findings.push(
        finding('ECVET-R4', 'error', path, {
          en: `The EQF level of unit ${name} must be a whole number from 1 to 8 (found: ${fmt(unit.eqfLevel, 'en')}).`,
          de: `Das EQR-Niveau der Einheit ${name} muss eine ganze Zahl von 1 bis 8 sein (gefunden: ${fmt(unit.eqfLevel, 'de')}).`,
        }),
      );
    } else if (qualificationLevel !== null && unit.eqfLevel > qualificationLevel) {
      findings.push(
        finding('ECVET-R4', 'warning', path, {
          en: `Unit ${name} is at EQF level ${unit.eqfLevel}, above the qualification's level ${qualificationLevel}.`,
          de: `Einheit ${name} liegt auf EQR-Niveau ${unit.eqfLevel} und damit über dem Niveau der Qualifikation (${qualificationLevel}).`,
        }),
      );
    }
  });
  return findings;
}

function checkNqfLevel(nqf: number | null, eqf: number | null, country: string | null): Finding[] {
  if (nqf === null) return [];
  const framework = nqfFrameworkOf(country);
  const max = framework?.eqfOf.length ?? NQF_LEVEL_MAX;
  const name = framework === null ? '' : `${framework.name} (${country?.toUpperCase()})`;
  if (!Number.isInteger(nqf) || nqf < 1 || nqf > max)
    return [
      finding('ECVET-R4', 'error', 'nqfLevel', {
        en: `The NQF level must be a whole number from 1 to ${max}${name === '' ? '' : `, the levels of the ${name}`}; found: ${fmt(nqf, 'en')}.`,
        de: `Das NQR-Niveau muss eine ganze Zahl von 1 bis ${max} sein${name === '' ? '' : `, die Niveaus des ${name}`}; gefunden: ${fmt(nqf, 'de')}.`,
      }),
    ];
  const referenced = framework?.eqfOf[nqf - 1];
  if (referenced === undefined || eqf === null || referenced === eqf) return [];
  return [
    finding('ECVET-R4', 'warning', 'nqfLevel', {
      en: `Level ${nqf} of the ${name} is referenced to EQF level ${referenced}, but the qualification states EQF level ${eqf}.`,
      de: `Niveau ${nqf} des ${name} entspricht EQR-Niveau ${referenced}, die Qualifikation nennt aber EQR-Niveau ${eqf}.`,
    }),
  ];
}
