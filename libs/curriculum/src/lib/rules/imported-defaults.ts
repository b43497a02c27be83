import type { CaseOrigin } from '../model/curriculum';
import { finding, Finding } from './finding';
import { inEveryLanguage, type Messages, quote, unitPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

type Label = Messages;

/**
 * How the fields an import may fill with a default are named in messages: in Lithuanian and
 * Latvian in the genitive ("nebuvo nurodyta … kodo", "trūka … koda"), in Estonian in the nominative.
 */
const FIELD_LABELS: Readonly<Record<string, Label>> = {
  code: { en: 'the code', de: 'der Code', lt: 'kodo', lv: 'koda', et: 'kood' },
  eqfLevel: {
    en: 'the EQF level',
    de: 'das EQF-Niveau',
    lt: 'EKS lygio',
    lv: 'EKI līmeņa',
    et: 'EQF tase',
  },
  ecvetPoints: {
    en: 'the ECVET points',
    de: 'die ECVET-Punkte',
    lt: 'ECVET taškų',
    lv: 'ECVET punktu',
    et: 'ECVET-punktid',
  },
  durationMonths: {
    en: 'the duration',
    de: 'die Dauer',
    lt: 'trukmės',
    lv: 'ilguma',
    et: 'kestus',
  },
  referenceDurationMonths: {
    en: 'the reference duration',
    de: 'die Referenzdauer',
    lt: 'orientacinės trukmės',
    lv: 'atsauces ilguma',
    et: 'võrdluskestus',
  },
  intensity: {
    en: 'the intensity',
    de: 'die Intensität',
    lt: 'intensyvumo',
    lv: 'intensitātes',
    et: 'õppekoormus',
  },
  iscedFCode: {
    en: 'the ISCED-F code',
    de: 'der ISCED-F-Code',
    lt: 'ISCED-F kodo',
    lv: 'ISCED-F koda',
    et: 'ISCED-F kood',
  },
  primaryLanguage: {
    en: 'the primary language',
    de: 'die Hauptsprache',
    lt: 'pagrindinės kalbos',
    lv: 'galvenās valodas',
    et: 'põhikeel',
  },
  year: {
    en: 'the programme year',
    de: 'das Ausbildungsjahr',
    lt: 'kurso',
    lv: 'mācību gada',
    et: 'õppeaasta',
  },
  category: {
    en: 'the category',
    de: 'die Kategorie',
    lt: 'kategorijos',
    lv: 'kategorijas',
    et: 'kategooria',
  },
};

/** The fields an origin lists as defaults (whatever the stored value holds: it is not trusted). */
function defaultsOf(record: unknown): string[] {
  const origin = (record as { case?: CaseOrigin | null } | null)?.case;
  const defaults = typeof origin === 'object' && origin !== null ? origin.defaults : undefined;
  return Array.isArray(defaults) ? defaults.filter((d): d is string => typeof d === 'string') : [];
}

const shown = (value: unknown): string =>
  value === '' || value === undefined || value === null ? '—' : String(value);

/**
 * IMPORT-DEFAULT (warning): a value an import filled in because the file did not state it (an
 * ECVET point count, an EQF level, an outcome's category …) is a guess until an author sets or
 * confirms it; one finding per value, at its field.
 */
export function checkImportedDefaults(input: ValidatableCurriculum): Finding[] {
  const findings: Finding[] = [];
  const report = (path: string, field: string, value: unknown, of: Label) => {
    const label = FIELD_LABELS[field] ?? inEveryLanguage(() => field);
    findings.push(
      finding('IMPORT-DEFAULT', 'warning', path, {
        en: `The imported file did not state ${label.en} of ${of.en}; ${quote(shown(value), 'en')} stands in for it. Set it, or confirm the imported values.`,
        de: `Die importierte Datei nannte ${label.de} ${of.de} nicht; ${quote(shown(value), 'de')} steht dafür. Bitte festlegen oder die importierten Werte bestätigen.`,
        lt: `Importuotame faile nebuvo nurodyta ${of.lt} ${label.lt}; vietoj to laikinai naudojama reikšmė ${quote(shown(value), 'lt')}. Nustatykite reikšmę arba patvirtinkite importuotas reikšmes.`,
        lv: `Importētajā failā trūka ${of.lv} ${label.lv}; tā vietā pagaidām izmantota vērtība ${quote(shown(value), 'lv')}. Iestatiet vērtību vai apstipriniet importētās vērtības.`,
        et: `Imporditud failis ei olnud märgitud ${of.et} ${label.et}; selle asemel kasutatakse ajutiselt väärtust ${quote(shown(value), 'et')}. Määrake väärtus või kinnitage imporditud väärtused.`,
      }),
    );
  };
  const fieldOf = (record: unknown, field: string) =>
    typeof record === 'object' && record !== null
      ? (record as Record<string, unknown>)[field]
      : undefined;
  for (const field of defaultsOf(input))
    report(field, field, fieldOf(input, field), {
      en: 'the qualification',
      de: 'der Qualifikation',
      lt: 'kvalifikacijos',
      lv: 'kvalifikācijas',
      et: 'kvalifikatsiooni',
    });
  const units = Array.isArray(input?.units) ? input.units : [];
  units.forEach((unit, i) => {
    const code =
      typeof unit?.code === 'string' && unit.code.trim() !== '' ? unit.code : `#${i + 1}`;
    for (const field of defaultsOf(unit))
      report(unitPath(i, field), field, fieldOf(unit, field), {
        en: `unit ${code}`,
        de: `der Einheit ${code}`,
        lt: `modulio ${code}`,
        lv: `vienības ${code}`,
        et: `ühiku ${code}`,
      });
    const outcomes: readonly unknown[] = Array.isArray(unit?.outcomes) ? unit.outcomes : [];
    outcomes.forEach((outcome, j) => {
      for (const field of defaultsOf(outcome))
        report(unitPath(i, `outcomes[${j}].${field}`), field, fieldOf(outcome, field), {
          en: `outcome ${j + 1} of unit ${code}`,
          de: `des Lernergebnisses ${j + 1} der Einheit ${code}`,
          lt: `modulio ${code} mokymosi rezultato Nr. ${j + 1}`,
          lv: `vienības ${code} ${j + 1}. mācīšanās rezultāta`,
          et: `ühiku ${code} ${j + 1}. õpiväljundi`,
        });
    });
  });
  return findings;
}
