import { LIMITS } from '../model/limits';
import { EPSILON, isValidYear, round } from './year-loads';
import type { LocalizedText } from '../model/localized-text';
import type { NormalizedUnit, NormalizedWblPeriod } from './normalize';

/* Small helpers shared by the rule families. Internal to the engine. */

export {
  EPSILON,
  groupPoints,
  groupUnits,
  isPositiveFinite,
  isValidYear,
  programmeYears,
  round,
  unitPoints,
} from './year-loads';

/** The languages the engine writes its messages in: every finding speaks all of them. */
export const MESSAGE_LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;

export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** A message, or a phrase of one, in every language the engine speaks. */
export type Messages = Readonly<Record<MessageLanguage, string>>;

/** The phrase `phrase(language)` in every message language. */
export function inEveryLanguage(phrase: (language: MessageLanguage) => string): Messages {
  const entries = MESSAGE_LANGUAGES.map((language) => [language, phrase(language)] as const);
  return Object.fromEntries(entries) as Record<MessageLanguage, string>;
}

/** The most terms a year is divided into. */
export const MAX_TERM = LIMITS.unit.term.max;

/** Sums of floating-point points are compared with this slack. */

/**
 * Whether two sums are the same: within floating-point slack, or the same at the precision the
 * messages show (2 decimals), so that no finding ever reads "together 210, but … has 210".
 */
export function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < EPSILON || round(a) === round(b);
}

const NOT_A_NUMBER: Messages = {
  en: 'not a number',
  de: 'keine Zahl',
  lt: 'ne skaičius',
  lv: 'nav skaitlis',
  et: 'pole arv',
};

const INFINITE: Messages = {
  en: 'infinite',
  de: 'unendlich',
  lt: 'begalybė',
  lv: 'bezgalība',
  et: 'lõpmatus',
};

/**
 * A number for a message: at most two decimals, a decimal point in English and a decimal comma in
 * every other language (German, Lithuanian, Latvian, Estonian).
 */
export function fmt(value: number, language: MessageLanguage): string {
  if (Number.isNaN(value)) return NOT_A_NUMBER[language];
  if (!Number.isFinite(value)) return INFINITE[language];
  const s = String(round(value));
  return language === 'en' ? s : s.replace('.', ',');
}

/**
 * The forms of a word after a number, by the CLDR plural category of the number in the language
 * (`Intl.PluralRules`): Lithuanian `one` (1, 21 …), `few` (2–9, 22 …), `many` (fractions, 7,5),
 * `other` (0, 10–20, 30 …); Latvian `zero` (0, 10–20, 30 …), `one` (1, 21 …), `other`; Estonian,
 * English and German `one` (1) and `other`. A category without a form of its own takes `other`.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const pluralRules = new Map<MessageLanguage, Intl.PluralRules>();

/** The form of a word that goes with the number `n` as a message shows it (`fmt`). */
export function plural(n: number, language: MessageLanguage, forms: PluralForms): string {
  if (!Number.isFinite(n)) return forms.other;
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return forms[rules.select(round(n))] ?? forms.other;
}

/** A number and its word: `count(2, 'lt', LT.unitsNom)` → "2 moduliai", 10 → "10 modulių". */
export function count(n: number, language: MessageLanguage, forms: PluralForms): string {
  return `${fmt(n, language)} ${plural(n, language, forms)}`;
}

/*
 * Words after numbers, in the terms of `docs/glossary.md` and in the case the sentence needs them
 * (nom. = the subject or after a dash, acc. = an object, gen. = after a preposition or a verb that
 * wants the genitive).
 */

/** Lithuanian. */
export const LT = {
  ecvetPointsNom: {
    one: 'ECVET taškas',
    few: 'ECVET taškai',
    many: 'ECVET taško',
    other: 'ECVET taškų',
  },
  ecvetPointsAcc: {
    one: 'ECVET tašką',
    few: 'ECVET taškus',
    many: 'ECVET taško',
    other: 'ECVET taškų',
  },
  ecvetPointsGen: {
    one: 'ECVET taško',
    few: 'ECVET taškų',
    many: 'ECVET taško',
    other: 'ECVET taškų',
  },
  pointsNom: { one: 'taškas', few: 'taškai', many: 'taško', other: 'taškų' },
  pointsAcc: { one: 'tašką', few: 'taškus', many: 'taško', other: 'taškų' },
  unitsNom: { one: 'modulis', few: 'moduliai', many: 'modulio', other: 'modulių' },
  unitsAcc: { one: 'modulį', few: 'modulius', many: 'modulio', other: 'modulių' },
  outcomesNom: {
    one: 'mokymosi rezultatas',
    few: 'mokymosi rezultatai',
    many: 'mokymosi rezultato',
    other: 'mokymosi rezultatų',
  },
  outcomesGen: {
    one: 'mokymosi rezultato',
    few: 'mokymosi rezultatų',
    many: 'mokymosi rezultato',
    other: 'mokymosi rezultatų',
  },
  actionsAcc: { one: 'veiksmą', few: 'veiksmus', many: 'veiksmo', other: 'veiksmų' },
  hoursNom: { one: 'valanda', few: 'valandos', many: 'valandos', other: 'valandų' },
  hoursAcc: { one: 'valandą', few: 'valandas', many: 'valandos', other: 'valandų' },
  hoursGen: { one: 'valandos', few: 'valandų', many: 'valandos', other: 'valandų' },
  monthsNom: { one: 'mėnuo', few: 'mėnesiai', many: 'mėnesio', other: 'mėnesių' },
  monthsGen: { one: 'mėnesio', few: 'mėnesių', many: 'mėnesio', other: 'mėnesių' },
  yearsNom: { one: 'metai', few: 'metai', many: 'metų', other: 'metų' },
  yearsAcc: { one: 'metus', few: 'metus', many: 'metų', other: 'metų' },
  termsAcc: { one: 'pusmetį', few: 'pusmečius', many: 'pusmečio', other: 'pusmečių' },
} as const satisfies Record<string, PluralForms>;

/** Latvian. */
export const LV = {
  ecvetPointsNom: { one: 'ECVET punkts', other: 'ECVET punkti', zero: 'ECVET punktu' },
  ecvetPointsAcc: { one: 'ECVET punktu', other: 'ECVET punktus', zero: 'ECVET punktu' },
  pointsNom: { one: 'punkts', other: 'punkti', zero: 'punktu' },
  unitsNom: { one: 'vienība', other: 'vienības', zero: 'vienību' },
  outcomesNom: {
    one: 'mācīšanās rezultāts',
    other: 'mācīšanās rezultāti',
    zero: 'mācīšanās rezultātu',
  },
  outcomesGen: {
    one: 'mācīšanās rezultāta',
    other: 'mācīšanās rezultātu',
    zero: 'mācīšanās rezultātu',
  },
  actionsAcc: { one: 'darbību', other: 'darbības', zero: 'darbību' },
  hoursNom: { one: 'stunda', other: 'stundas', zero: 'stundu' },
  hoursAcc: { one: 'stundu', other: 'stundas', zero: 'stundu' },
  /** After "no" (of): "320 no 4800 stundām". */
  hoursOf: { one: 'stundas', other: 'stundām', zero: 'stundām' },
  monthsNom: { one: 'mēnesis', other: 'mēneši', zero: 'mēnešu' },
  monthsGen: { one: 'mēneša', other: 'mēnešu', zero: 'mēnešu' },
  yearsNom: { one: 'gads', other: 'gadi', zero: 'gadu' },
  yearsAcc: { one: 'gadu', other: 'gadus', zero: 'gadu' },
  termsLoc: { one: 'semestrī', other: 'semestros', zero: 'semestros' },
} as const satisfies Record<string, PluralForms>;

/** Estonian: the singular after 1, the partitive singular after every other number. */
export const ET = {
  ecvetPoints: { one: 'ECVET-punkt', other: 'ECVET-punkti' },
  /** As the partial object of a verb ("nõuab 1 ECVET-punkti"). */
  ecvetPointsPart: { other: 'ECVET-punkti' },
  points: { one: 'punkt', other: 'punkti' },
  units: { one: 'ühik', other: 'ühikut' },
  outcomes: { one: 'õpiväljund', other: 'õpiväljundit' },
  /** As the partial object of a verb ("nimetab 3 tegevust"). */
  actionsPart: { other: 'tegevust' },
  hours: { one: 'tund', other: 'tundi' },
  months: { one: 'kuu', other: 'kuud' },
  years: { one: 'aasta', other: 'aastat' },
} as const satisfies Record<string, PluralForms>;

/**
 * An ordinal number before a noun ("the 2nd year"): Latvian and Estonian write it with a full stop
 * ("2. mācību gads", "2. õppeaasta"); English, German and Lithuanian as the number ("2 kursas").
 * A number that is no whole number of 1 or more stays as it is.
 */
export function ordinal(n: number, language: MessageLanguage): string {
  const whole = Number.isInteger(n) && n >= 1;
  return (language === 'lv' || language === 'et') && whole
    ? `${fmt(n, language)}.`
    : fmt(n, language);
}

/** A term of a year: whole, from 1 to the most a year is divided into (quarters, `LIMITS`). */
export function isValidTerm(term: number | null): boolean {
  return term === null || (Number.isInteger(term) && term >= 1 && term <= MAX_TERM);
}

export function textIn(text: LocalizedText, language: string): string {
  const value = Object.prototype.hasOwnProperty.call(text, language) ? text[language] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

export function hasText(text: LocalizedText, language: string): boolean {
  return textIn(text, language) !== '';
}

export function hasAnyText(text: LocalizedText): boolean {
  return Object.values(text).some((value) => value.trim() !== '');
}

/** How a unit is named in messages: its code, or its position when it has none. */
export function unitName(unit: NormalizedUnit, index: number): string {
  const code = unit.code.trim();
  return code !== '' ? code : `#${index + 1}`;
}

/** How a WBL period is named in messages: its position and its title in the primary language. */
export function wblName(
  period: NormalizedWblPeriod,
  index: number,
  primaryLanguage: string,
  language: MessageLanguage,
): string {
  const title = textIn(period.title, primaryLanguage);
  if (title === '') return `${index + 1}`;
  return `${index + 1} ${quote(title, language)}`;
}

/** Quotation marks of each message language. Latvian typography follows „…“ as well. */
const QUOTES: Readonly<Record<MessageLanguage, readonly [string, string]>> = {
  en: ['"', '"'],
  de: ['„', '“'],
  lt: ['„', '“'],
  lv: ['„', '“'],
  et: ['„', '“'],
};

export function quote(value: string, language: MessageLanguage): string {
  const [open, close] = QUOTES[language];
  return `${open}${value}${close}`;
}

export function unitPath(index: number, field?: string): string {
  return field === undefined ? `units[${index}]` : `units[${index}].${field}`;
}

export function wblPath(index: number, field?: string): string {
  return field === undefined
    ? `workBasedLearning[${index}]`
    : `workBasedLearning[${index}].${field}`;
}

/**
 * Whether slot `a` is scheduled before slot `b` (an earlier year, or an earlier term of its year);
 * false when either is invalid.
 */
export function comesBefore(
  a: { year: number; term: number | null },
  b: { year: number; term: number | null },
): boolean {
  const slots = [a, b];
  if (!slots.every((s) => isValidYear(s.year) && isValidTerm(s.term))) return false;
  if (a.year !== b.year) return a.year < b.year;
  return a.term !== null && b.term !== null && a.term < b.term;
}

/**
 * Where a unit ends: its end year (its start year when it spans none) and its end term (the whole
 * year when it ends in a later year without a term; its start term when it spans nothing).
 */
export function endSlot(unit: NormalizedUnit): { year: number; term: number | null } {
  if (unit.endYear === null && unit.endTerm === null) return { year: unit.year, term: unit.term };
  return { year: unit.endYear ?? unit.year, term: unit.endTerm };
}

/**
 * Slot of a unit or WBL period in a message: `year 2, term 1` or `year 2`; Lithuanian "2 kursas,
 * 1 pusmetis", Latvian "2. mācību gads, 1. semestris", Estonian "2. õppeaasta, 1. poolaasta" (the
 * words of `docs/glossary.md`).
 */
export function slotText(year: number, term: number | null, language: MessageLanguage): string {
  switch (language) {
    case 'de':
      return term === null
        ? `Jahr ${fmt(year, 'de')}`
        : `Jahr ${fmt(year, 'de')}, Abschnitt ${fmt(term, 'de')}`;
    case 'lt':
      return term === null
        ? `${ordinal(year, 'lt')} kursas`
        : `${ordinal(year, 'lt')} kursas, ${ordinal(term, 'lt')} pusmetis`;
    case 'lv':
      return term === null
        ? `${ordinal(year, 'lv')} mācību gads`
        : `${ordinal(year, 'lv')} mācību gads, ${ordinal(term, 'lv')} semestris`;
    case 'et':
      return term === null
        ? `${ordinal(year, 'et')} õppeaasta`
        : `${ordinal(year, 'et')} õppeaasta, ${ordinal(term, 'et')} poolaasta`;
    default:
      return term === null
        ? `year ${fmt(year, 'en')}`
        : `year ${fmt(year, 'en')}, term ${fmt(term, 'en')}`;
  }
}
