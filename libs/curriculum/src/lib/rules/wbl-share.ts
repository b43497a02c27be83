import { FORM_MIN_WBL_SHARE } from '../model/curriculum';
import { finding, Finding } from './finding';
import { normalizeCurriculum, NormalizedCurriculum } from './normalize';
import {
  count,
  ET,
  fmt,
  isPositiveFinite,
  LT,
  LV,
  type MessageLanguage,
  plural,
  round,
  slotText,
  wblName,
  wblPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

export interface WblShare {
  /** Sum of the hours of the WBL periods (periods with an invalid duration count 0). */
  readonly wblHours: number;
  /** durationMonths / 12 × hoursPerYear; 0 when either is unusable. */
  readonly programmeHours: number;
  /** wblHours / programmeHours, from 0 to 1, rounded to 3 decimals; 0 without programme hours. */
  readonly share: number;
}

export function wblShareOf(c: NormalizedCurriculum): WblShare {
  const wblHours = c.workBasedLearning
    .map((p) => p.durationHours)
    .filter(isPositiveFinite)
    .reduce((sum, hours) => sum + hours, 0);
  const { hoursPerYear } = c.thresholds;
  // A part-time programme has its share of a full-time year's hours in each year.
  const intensity = isPositiveFinite(c.intensity) ? c.intensity : 1;
  const programmeHours =
    isPositiveFinite(c.durationMonths) && isPositiveFinite(hoursPerYear)
      ? (c.durationMonths / 12) * hoursPerYear * intensity
      : 0;
  const share = programmeHours > 0 ? Math.min(1, wblHours / programmeHours) : 0;
  return {
    wblHours: round(wblHours),
    programmeHours: round(programmeHours),
    share: round(share, 3),
  };
}

/** The share of the programme spent in work-based learning, see `WblShare`. */
export function computeWblShare(c: ValidatableCurriculum): WblShare {
  return wblShareOf(normalizeCurriculum(c));
}

/**
 * ECVET-WBL-SHARE (warning): no period lasts longer than a whole programme year
 * (`hoursPerYear`), the periods of one term not longer than the programme's hours of a term, all
 * periods together not longer than the programme, and work-based learning takes at least
 * `minWblShare` of the programme hours (only when `minWblShare` > 0 and the programme hours can
 * be computed).
 */
export function checkWblShare(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  return [
    ...checkPeriodLengths(c),
    ...checkTermHours(c),
    ...checkTotalHours(c),
    ...checkMinimumShare(c),
  ];
}

/**
 * The periods scheduled in one term together fit its hours: a year's programme hours (at the
 * programme's intensity) shared by its terms — as many as the curriculum uses, at least two.
 */
function checkTermHours(c: NormalizedCurriculum): Finding[] {
  const { hoursPerYear } = c.thresholds;
  const intensity = isPositiveFinite(c.intensity) ? c.intensity : 1;
  if (!isPositiveFinite(hoursPerYear)) return [];
  const whole = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 1;
  const terms = Math.max(
    2,
    ...[...c.units, ...c.workBasedLearning].map((p) => p.term).filter(whole),
  );
  const termHours = (hoursPerYear * intensity) / terms;
  const slots = new Map<string, { year: number; term: number; hours: number; first: number }>();
  c.workBasedLearning.forEach((period, w) => {
    if (!whole(period.term) || !whole(period.year) || !isPositiveFinite(period.durationHours))
      return;
    const key = `${period.year}/${period.term}`;
    const slot = slots.get(key) ?? { year: period.year, term: period.term, hours: 0, first: w };
    slots.set(key, { ...slot, hours: slot.hours + period.durationHours });
  });
  return [...slots.values()]
    .filter((slot) => slot.hours > termHours + 1e-9)
    .map((slot) =>
      finding('ECVET-WBL-SHARE', 'warning', wblPath(slot.first, 'durationHours'), {
        en: `Work-based learning in year ${slot.year}, term ${slot.term} takes ${fmt(slot.hours, 'en')} hours, more than the ${fmt(round(termHours), 'en')} hours of a term (${fmt(round(hoursPerYear * intensity), 'en')} a year in ${terms} terms).`,
        de: `Die betrieblichen Phasen im Jahr ${slot.year}, Abschnitt ${slot.term} dauern ${fmt(slot.hours, 'de')} Stunden, mehr als die ${fmt(round(termHours), 'de')} Stunden eines Abschnitts (${fmt(round(hoursPerYear * intensity), 'de')} im Jahr in ${terms} Abschnitten).`,
        lt: `Mokymasis darbo vietoje (${slotText(slot.year, slot.term, 'lt')}) trunka ${count(slot.hours, 'lt', LT.hoursAcc)}, o tai viršija vieno pusmečio valandų skaičių – ${fmt(round(termHours), 'lt')} (metinis valandų skaičius ${fmt(round(hoursPerYear * intensity), 'lt')}, padalytas į ${count(terms, 'lt', LT.termsAcc)}).`,
        lv: `Darba vidē balstītas mācības (${slotText(slot.year, slot.term, 'lv')}) ilgst ${count(slot.hours, 'lv', LV.hoursAcc)}, kas pārsniedz viena semestra stundu skaitu – ${fmt(round(termHours), 'lv')} (gada stundu skaits ${fmt(round(hoursPerYear * intensity), 'lv')}, sadalīts ${count(terms, 'lv', LV.termsLoc)}).`,
        et: `Töökohapõhine õpe (${slotText(slot.year, slot.term, 'et')}) kestab ${count(slot.hours, 'et', ET.hours)}, rohkem kui ühe poolaasta ${count(round(termHours), 'et', ET.hours)} (${fmt(round(hoursPerYear * intensity), 'et')} tundi aastas, jagatuna ${terms} poolaastaks).`,
      }),
    );
}

/** All work-based learning together cannot take more hours than the whole programme has. */
function checkTotalHours(c: NormalizedCurriculum): Finding[] {
  const { wblHours, programmeHours } = wblShareOf(c);
  if (programmeHours <= 0 || wblHours <= programmeHours) return [];
  return [
    finding('ECVET-WBL-SHARE', 'warning', 'workBasedLearning', {
      en: `Work-based learning takes ${fmt(wblHours, 'en')} hours, more than the ${fmt(programmeHours, 'en')} hours of the whole programme (${fmt(c.durationMonths, 'en')} months).`,
      de: `Die betrieblichen Phasen dauern ${fmt(wblHours, 'de')} Stunden, mehr als die ${fmt(programmeHours, 'de')} Stunden des ganzen Bildungsgangs (${fmt(c.durationMonths, 'de')} Monate).`,
      lt: `Mokymasis darbo vietoje trunka ${count(wblHours, 'lt', LT.hoursAcc)}, o tai viršija visos programos valandų skaičių – ${fmt(programmeHours, 'lt')} (${count(c.durationMonths, 'lt', LT.monthsNom)}).`,
      lv: `Darba vidē balstītas mācības ilgst ${count(wblHours, 'lv', LV.hoursAcc)}, kas pārsniedz visas programmas stundu skaitu – ${fmt(programmeHours, 'lv')} (${count(c.durationMonths, 'lv', LV.monthsNom)}).`,
      et: `Töökohapõhine õpe kestab ${count(wblHours, 'et', ET.hours)}, mis ületab kogu õppe tundide arvu – ${fmt(programmeHours, 'et')} (${count(c.durationMonths, 'et', ET.months)}).`,
    }),
  ];
}

/** A period of 5,000 hours in a programme of 1,600 hours a year is a typing error, or a plan to fix. */
function checkPeriodLengths(c: NormalizedCurriculum): Finding[] {
  const year = c.thresholds.hoursPerYear;
  if (!isPositiveFinite(year)) return [];
  return c.workBasedLearning.flatMap((period, w) => {
    if (!isPositiveFinite(period.durationHours) || period.durationHours <= year) return [];
    const name = (language: MessageLanguage) => wblName(period, w, c.primaryLanguage, language);
    return [
      finding('ECVET-WBL-SHARE', 'warning', wblPath(w, 'durationHours'), {
        en: `Work-based learning period ${name('en')} lasts ${fmt(period.durationHours, 'en')} hours, more than the ${fmt(year, 'en')} hours of a whole programme year.`,
        de: `Die betriebliche Phase ${name('de')} dauert ${fmt(period.durationHours, 'de')} Stunden, mehr als die ${fmt(year, 'de')} Stunden eines ganzen Ausbildungsjahres.`,
        lt: `Mokymosi darbo vietoje laikotarpis ${name('lt')} trunka ${count(period.durationHours, 'lt', LT.hoursAcc)}, o tai viršija metinį programos valandų skaičių – ${fmt(year, 'lt')}.`,
        lv: `Darba vidē balstīto mācību periods ${name('lv')} ilgst ${count(period.durationHours, 'lv', LV.hoursAcc)}, kas pārsniedz viena mācību gada stundu skaitu – ${fmt(year, 'lv')}.`,
        et: `Töökohapõhise õppe periood ${name('et')} kestab ${count(period.durationHours, 'et', ET.hours)}, mis ületab terve õppeaasta tundide arvu – ${fmt(year, 'et')}.`,
      }),
    ];
  });
}

/**
 * The minimum share a curriculum expects: its own threshold when set (> 0), else the one of its
 * form of study (half for dual training, two thirds for workplace-based study, none at school).
 */
function minimumShare(c: NormalizedCurriculum): { min: number; byForm: boolean } {
  const own = c.thresholds.minWblShare;
  if (Number.isFinite(own) && own > 0) return { min: own, byForm: false };
  return { min: FORM_MIN_WBL_SHARE[c.programmeForm], byForm: true };
}

const FORM_NAMES = {
  en: {
    'school-based': 'school-based study',
    dual: 'dual training',
    'workplace-based': 'workplace-based study',
  },
  de: {
    'school-based': 'schulische Ausbildung',
    dual: 'duale Ausbildung',
    'workplace-based': 'Ausbildung im Betrieb',
  },
  // The forms of provision as the editor names them ("Mokymo organizavimo forma", "Mācību forma",
  // "Õppevorm").
  lt: {
    'school-based': 'mokyklinė',
    dual: 'pameistrystės',
    'workplace-based': 'darbo vietoje',
  },
  lv: {
    'school-based': 'skolā balstīta',
    dual: 'duāla',
    'workplace-based': 'darba vidē balstīta',
  },
  et: {
    'school-based': 'koolipõhine',
    dual: 'duaalne',
    'workplace-based': 'töökohapõhine',
  },
} as const;

function checkMinimumShare(c: NormalizedCurriculum): Finding[] {
  const { min, byForm } = minimumShare(c);
  if (!Number.isFinite(min) || min <= 0 || min > 1) return [];
  const { wblHours, programmeHours } = wblShareOf(c);
  if (programmeHours <= 0) return [];
  const exact = wblHours / programmeHours;
  if (exact >= min) return [];
  const percent = (value: number, language: MessageLanguage): string => fmt(value * 100, language);
  return [
    finding('ECVET-WBL-SHARE', 'warning', 'workBasedLearning', {
      en: `Work-based learning takes ${fmt(wblHours, 'en')} of ${fmt(programmeHours, 'en')} programme hours (${percent(exact, 'en')} %); at least ${percent(min, 'en')} % are expected${byForm ? ` in ${FORM_NAMES.en[c.programmeForm]}` : ''}.`,
      de: `Betriebliches Lernen umfasst ${fmt(wblHours, 'de')} von ${fmt(programmeHours, 'de')} Ausbildungsstunden (${percent(exact, 'de')} %); erwartet werden mindestens ${percent(min, 'de')} %${byForm ? ` in der ${FORM_NAMES.de[c.programmeForm]}` : ''}.`,
      lt: `Mokymasis darbo vietoje sudaro ${fmt(wblHours, 'lt')} iš ${fmt(programmeHours, 'lt')} programos ${plural(programmeHours, 'lt', LT.hoursGen)} (${percent(exact, 'lt')} %); tikimasi bent ${percent(min, 'lt')} %${byForm ? `, kai mokymo organizavimo forma – ${FORM_NAMES.lt[c.programmeForm]}` : ''}.`,
      lv: `Darba vidē balstītas mācības aizņem ${fmt(wblHours, 'lv')} no ${fmt(programmeHours, 'lv')} programmas ${plural(programmeHours, 'lv', LV.hoursOf)} (${percent(exact, 'lv')} %); sagaidāmi vismaz ${percent(min, 'lv')} %${byForm ? `, ja mācību forma ir ${FORM_NAMES.lv[c.programmeForm]}` : ''}.`,
      et: `Töökohapõhine õpe moodustab ${count(wblHours, 'et', ET.hours)} õppe ${fmt(programmeHours, 'et')} tunnist (${percent(exact, 'et')}%); oodatakse vähemalt ${percent(min, 'et')}%${byForm ? `, kui õppevorm on ${FORM_NAMES.et[c.programmeForm]}` : ''}.`,
    }),
  ];
}
