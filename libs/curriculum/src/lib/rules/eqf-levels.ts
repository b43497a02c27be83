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
