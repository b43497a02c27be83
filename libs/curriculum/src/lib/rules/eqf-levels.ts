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
        lt: 'Kvalifikacijai nenurodytas EKS lygis; jis turi būti sveikasis skaičius nuo 1 iki 8.',
        lv: 'Kvalifikācijai nav norādīts EKI līmenis; tam jābūt veselam skaitlim no 1 līdz 8.',
        et: 'Kvalifikatsioonil puudub EQF tase; see peab olema täisarv vahemikus 1–8.',
      }),
    );
  } else if (!isValidEqfLevel(c.eqfLevel)) {
    findings.push(
      finding('ECVET-R4', 'error', 'eqfLevel', {
        en: `The qualification's EQF level must be a whole number from 1 to 8 (found: ${fmt(c.eqfLevel, 'en')}).`,
        de: `Das EQR-Niveau der Qualifikation muss eine ganze Zahl von 1 bis 8 sein (gefunden: ${fmt(c.eqfLevel, 'de')}).`,
        lt: `Kvalifikacijos EKS lygis turi būti sveikasis skaičius nuo 1 iki 8 (dabartinė reikšmė: ${fmt(c.eqfLevel, 'lt')}).`,
        lv: `Kvalifikācijas EKI līmenim jābūt veselam skaitlim no 1 līdz 8 (pašreizējā vērtība: ${fmt(c.eqfLevel, 'lv')}).`,
        et: `Kvalifikatsiooni EQF tase peab olema täisarv vahemikus 1–8 (praegune väärtus: ${fmt(c.eqfLevel, 'et')}).`,
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
          lt: `Modulio ${name} EKS lygis turi būti sveikasis skaičius nuo 1 iki 8 (dabartinė reikšmė: ${fmt(unit.eqfLevel, 'lt')}).`,
          lv: `Vienības ${name} EKI līmenim jābūt veselam skaitlim no 1 līdz 8 (pašreizējā vērtība: ${fmt(unit.eqfLevel, 'lv')}).`,
          et: `Ühiku ${name} EQF tase peab olema täisarv vahemikus 1–8 (praegune väärtus: ${fmt(unit.eqfLevel, 'et')}).`,
        }),
      );
    } else if (qualificationLevel !== null && unit.eqfLevel > qualificationLevel) {
      findings.push(
        finding('ECVET-R4', 'warning', path, {
          en: `Unit ${name} is at EQF level ${unit.eqfLevel}, above the qualification's level ${qualificationLevel}.`,
          de: `Einheit ${name} liegt auf EQR-Niveau ${unit.eqfLevel} und damit über dem Niveau der Qualifikation (${qualificationLevel}).`,
          lt: `Modulio ${name} EKS lygis (${unit.eqfLevel}) yra aukštesnis už kvalifikacijos lygį (${qualificationLevel}).`,
          lv: `Vienības ${name} EKI līmenis (${unit.eqfLevel}) ir augstāks par kvalifikācijas līmeni (${qualificationLevel}).`,
          et: `Ühiku ${name} EQF tase (${unit.eqfLevel}) on kõrgem kui kvalifikatsiooni tase (${qualificationLevel}).`,
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
        lt: `Nacionalinės kvalifikacijų sandaros lygis turi būti sveikasis skaičius nuo 1 iki ${max}${name === '' ? '' : `, t. y. vienas iš ${name} lygių`}; dabartinė reikšmė: ${fmt(nqf, 'lt')}.`,
        lv: `Nacionālās kvalifikāciju ietvarstruktūras līmenim jābūt veselam skaitlim no 1 līdz ${max}${name === '' ? '' : `, t. i., vienam no ${name} līmeņiem`}; pašreizējā vērtība: ${fmt(nqf, 'lv')}.`,
        et: `Riikliku kvalifikatsiooniraamistiku tase peab olema täisarv vahemikus 1–${max}${name === '' ? '' : `, st üks raamistiku ${name} tasemetest`}; praegune väärtus: ${fmt(nqf, 'et')}.`,
      }),
    ];
  const referenced = framework?.eqfOf[nqf - 1];
  if (referenced === undefined || eqf === null || referenced === eqf) return [];
  return [
    finding('ECVET-R4', 'warning', 'nqfLevel', {
      en: `Level ${nqf} of the ${name} is referenced to EQF level ${referenced}, but the qualification states EQF level ${eqf}.`,
      de: `Niveau ${nqf} des ${name} entspricht EQR-Niveau ${referenced}, die Qualifikation nennt aber EQR-Niveau ${eqf}.`,
      lt: `${name} ${nqf} lygis susietas su EKS ${referenced} lygiu, tačiau kvalifikacijai nurodytas EKS ${eqf} lygis.`,
      lv: `${name} ${nqf}. līmenis ir pielīdzināts EKI ${referenced}. līmenim, taču kvalifikācijai norādīts EKI ${eqf}. līmenis.`,
      et: `Raamistiku ${name} ${nqf}. tase on seotud EQF ${referenced}. tasemega, kuid kvalifikatsioonil on märgitud EQF ${eqf}. tase.`,
    }),
  ];
}
