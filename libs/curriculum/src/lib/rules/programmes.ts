import { QUALIFICATION_FACTS, type QualificationFact } from '../model/curriculum';
import { finding, Finding } from './finding';
import type { Messages } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

const FACT_NAMES: Readonly<Record<QualificationFact, Messages>> = {
  eqfLevel: {
    en: 'EQF level',
    de: 'EQR-Niveau',
    lt: 'EKS lygis',
    lv: 'EKI līmenis',
    et: 'EQF tase',
  },
  nqfLevel: {
    en: 'NQF level',
    de: 'NQR-Niveau',
    lt: 'nacionalinės kvalifikacijų sandaros lygis',
    lv: 'nacionālās kvalifikāciju ietvarstruktūras līmenis',
    et: 'riikliku kvalifikatsiooniraamistiku tase',
  },
  iscedFCode: {
    en: 'ISCED-F code',
    de: 'ISCED-F-Code',
    lt: 'ISCED-F kodas',
    lv: 'ISCED-F kods',
    et: 'ISCED-F kood',
  },
  occupation: {
    en: 'ESCO occupation',
    de: 'ESCO-Beruf',
    lt: 'ESCO profesija',
    lv: 'ESCO profesija',
    et: 'ESCO amet',
  },
  ecvetPoints: {
    en: 'ECVET points',
    de: 'ECVET-Punkte',
    lt: 'ECVET taškai',
    lv: 'ECVET punkti',
    et: 'ECVET-punktid',
  },
  referenceDurationMonths: {
    en: 'reference duration (months)',
    de: 'Referenzdauer (Monate)',
    lt: 'orientacinė trukmė (mėnesiais)',
    lv: 'atsauces ilgums (mēnešos)',
    et: 'võrdluskestus (kuudes)',
  },
};

/** A fact as it is compared and shown: an occupation by its URI, a missing value as "none". */
function shown(fact: QualificationFact, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (fact === 'occupation') return String((value as { uri?: unknown }).uri ?? '–');
  return String(value);
}

/** The facts in which two programmes of one qualification differ, in the order of the facts. */
export function differingFacts(
  a: Readonly<Partial<Record<QualificationFact, unknown>>>,
  b: Readonly<Partial<Record<QualificationFact, unknown>>>,
): QualificationFact[] {
  return QUALIFICATION_FACTS.filter((fact) => shown(fact, a[fact]) !== shown(fact, b[fact]));
}

/**
 * ECVET-PROGRAMMES (warnings): a programme of a qualification that other programmes deliver too
 * (the same `qualificationCode`, ADR 0021) states its qualification facts — levels, ISCED-F,
 * occupation, points, reference duration — as they do. The other programmes come from the caller
 * (the server); without them the rule has nothing to compare.
 */
export function checkProgrammes(input: ValidatableCurriculum): Finding[] {
  // The input may be anything (an import): only objects are read.
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  const mine: Record<string, unknown> = isObject(input) ? input : {};
  const given = mine['qualificationCode'];
  const code = typeof given === 'string' ? given.trim() : '';
  const listed = mine['otherProgrammes'];
  const others = (Array.isArray(listed) ? listed : []).filter(isObject);
  if (code === '' || others.length === 0) return [];
  return others.flatMap((other) =>
    differingFacts(mine, other).map((fact) =>
      finding('ECVET-PROGRAMMES', 'warning', fact, {
        en: `Programme ${String(other['code'])} of qualification ${code} states ${FACT_NAMES[fact].en} ${shown(fact, other[fact])}, this one ${shown(fact, mine[fact])}: programmes of one qualification state it alike.`,
        de: `Der Bildungsgang ${String(other['code'])} der Qualifikation ${code} nennt ${FACT_NAMES[fact].de} ${shown(fact, other[fact])}, dieser ${shown(fact, mine[fact])}: Bildungsgänge einer Qualifikation nennen es gleich.`,
        lt: `Kvalifikacijos ${code} programoje ${String(other['code'])} nurodyta: ${FACT_NAMES[fact].lt} ${shown(fact, other[fact])}, šioje programoje – ${shown(fact, mine[fact])}; tos pačios kvalifikacijos programose šis duomuo turi sutapti.`,
        lv: `Kvalifikācijas ${code} izglītības programmā ${String(other['code'])} norādīts: ${FACT_NAMES[fact].lv} ${shown(fact, other[fact])}, šajā programmā – ${shown(fact, mine[fact])}; vienas kvalifikācijas programmās šim rādītājam jāsakrīt.`,
        et: `Kvalifikatsiooni ${code} õppekavas ${String(other['code'])} on märgitud: ${FACT_NAMES[fact].et} ${shown(fact, other[fact])}, selles õppekavas ${shown(fact, mine[fact])}; sama kvalifikatsiooni õppekavades peab see väärtus olema sama.`,
      }),
    ),
  );
}
