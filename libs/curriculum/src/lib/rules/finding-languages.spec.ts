import type { AssessmentPart, CaseOrigin } from '../model/curriculum';
import type { Finding } from './finding';
import { RULE_IDS } from './rule-ids';
import { checkElectivePoints } from './elective-points';
import { count, ET, LT, LV, MESSAGE_LANGUAGES, ordinal, plural, quote } from './rule-support';
import {
  buildUnit,
  buildWblPeriod,
  validCurriculum,
  withOutcome,
  withThresholds,
  withUnit,
  withWbl,
} from './testing/curriculum-builder';
import type { ValidatableCurriculum } from './validatable-curriculum';
import { validateCurriculum } from './validate-curriculum';

/*
 * Every finding speaks every language of the engine (en, de, lt, lv, et): the curricula below
 * break as many rules as they can, each in several ways.
 */

const origin = (defaults: string[]): CaseOrigin => ({
  identifier: 'c0ffee00-0000-4000-8000-000000000001',
  uri: 'urn:uuid:c0ffee00-0000-4000-8000-000000000001',
  defaults,
});

const part = (overrides: Partial<AssessmentPart>): AssessmentPart => ({
  code: 'AP1',
  title: { en: 'Final examination part 1', de: 'Abschlussprüfung Teil 1' },
  weight: 40,
  year: 2,
  term: 2,
  methods: ['work-sample'],
  unitIds: ['u1'],
  outcomeIds: [],
  ...overrides,
});

/** Points, levels, codes, outcomes, areas, imports, the NQF level. */
function brokenUnits(): ValidatableCurriculum {
  let c = validCurriculum({
    ecvetPoints: 187.5,
    nqfLevel: 12,
    institutionCountry: 'DE',
    case: origin(['eqfLevel', 'primaryLanguage']),
  });
  c = withUnit(c, 0, { ecvetPoints: 7.5, areas: ['nowhere' as never], eqfLevel: 5 });
  c = withUnit(c, 1, {
    code: '',
    eqfLevel: null as never,
    title: { de: 'Werkstoffe' },
    assessment: { methods: [], criteria: {} },
    case: origin(['ecvetPoints', 'year']),
  });
  c = withUnit(c, 2, { code: ' cnc-01', outcomes: [] });
  c = withUnit(c, 3, { eqfLevel: 9 });
  c = withOutcome(c, 3, 0, { category: 'attitude' as never, case: origin(['category']) });
  c = withOutcome(c, 3, 1, { category: '' as never, text: { de: 'Nur auf Deutsch' } });
  c = withUnit(c, 8, { ecvetPoints: Number.NaN });
  return c;
}

/** The qualification without an EQF level; an NQF level referenced to another EQF level. */
function levels(): ValidatableCurriculum[] {
  return [
    validCurriculum({ eqfLevel: null as never }),
    validCurriculum({ eqfLevel: 3.5, nqfLevel: 5, institutionCountry: 'LT' }),
    validCurriculum({ nqfLevel: 5, institutionCountry: 'DE' }),
  ];
}

/** Elective groups, mandatory units, add-ons. */
function electives(): ValidatableCurriculum[] {
  const base = validCurriculum();
  const groups = (...electiveGroups: ValidatableCurriculum['electiveGroups']) =>
    ({ ...base, electiveGroups }) as ValidatableCurriculum;
  const group = (code: string, overrides: object) => ({
    code,
    title: { en: `Group ${code}`, de: `Gruppe ${code}` },
    pointsRequired: 20,
    rule: 'points-at-least' as const,
    unitsRequired: null,
    ...overrides,
  });
  let addOns = withUnit(base, 0, { addOn: true });
  addOns = withUnit(addOns, 1, { addOn: true, mandatory: false, electiveGroup: 'WP-1' });
  addOns = withUnit(addOns, 2, { electiveGroup: 'WP-1' });
  addOns = withUnit(addOns, 6, { electiveGroup: null });
  addOns = withUnit(addOns, 5, { electiveGroup: 'WP-9' });
  return [
    groups(group('WP-1', { pointsRequired: -1 })),
    groups(group('WP-1', { rule: 'nonsense' })),
    groups(group('WP-1', { pointsRequired: 50 })),
    groups(group('WP-1', { pointsRequired: 25, rule: 'points-exactly' })),
    groups(group('WP-1', { rule: 'units', unitsRequired: null })),
    groups(group('WP-1', { rule: 'units', unitsRequired: 10 })),
    withUnit(groups(group('WP-1', { rule: 'units', unitsRequired: 1 })), 6, { ecvetPoints: 7.5 }),
    withUnit(groups(group('WP-1', { rule: 'units', unitsRequired: 1 })), 6, { ecvetPoints: 32.5 }),
    addOns,
  ];
}

/** Prerequisites, years, terms, the load of each year. */
function schedule(): ValidatableCurriculum[] {
  let c = validCurriculum();
  c = withUnit(c, 0, { prerequisites: ['', 'u1', 'nope', 'u8'] });
  c = withUnit(c, 1, { prerequisites: ['u3'] }); // u3 requires u2: a cycle
  c = withUnit(c, 4, { prerequisites: ['u4', 'u6'] });
  c = withUnit(c, 6, { term: 2, prerequisites: ['u5'] });
  let years = withUnit(validCurriculum(), 0, { year: 0 });
  years = withUnit(years, 1, { year: 9, term: 7 });
  years = withUnit(years, 3, { year: 2, endYear: 1, endTerm: 1 });
  years = withUnit(years, 4, { endYear: 5 });
  years = withUnit(years, 8, { guidedHours: 2000.5 });
  years = withWbl(years, 0, { year: 7 });
  return [c, years];
}

/** Work-based learning: coverage, hours, share. */
function workBasedLearning(): ValidatableCurriculum[] {
  const c = validCurriculum({
    workBasedLearning: [
      buildWblPeriod({
        id: 'w1',
        durationHours: 0,
        unitIds: [],
        outcomeIds: ['', 'nope', 'u1-o1'],
        assessment: { de: 'Beobachtung' },
      }),
      buildWblPeriod({ id: 'w2', unitIds: ['', 'nope', 'u6'], year: 1, term: 1, outcomeIds: [] }),
      buildWblPeriod({ id: 'w1', year: 2, term: 1, durationHours: 1700.5 }),
      buildWblPeriod({ id: 'w4', year: 2, term: 1, durationHours: 4000 }),
    ],
  });
  return [
    c,
    withThresholds(validCurriculum({ programmeForm: 'dual' }), { minWblShare: 0 }),
    withThresholds(validCurriculum(), { minWblShare: 0.5 }),
  ];
}

/** The assessment plan. */
function assessment(): ValidatableCurriculum {
  const c = validCurriculum({
    assessmentPlan: [
      part({ weight: 150, year: 9, unitIds: ['nope', 'u8'], outcomeIds: ['nope'] }),
      part({ code: 'ap1', methods: [], unitIds: [], weight: 7.5 }),
      part({ code: 'AP3', unitIds: [], outcomeIds: ['u9-o1'], weight: 10 }),
      part({ code: 'AP4', year: 1, term: 1, unitIds: ['u8'], weight: 0 }),
    ],
  });
  return withUnit(c, 8, { assessment: { methods: [], criteria: { en: 'Criteria', de: 'K' } } });
}

/** Partial qualifications. */
function partials(): ValidatableCurriculum {
  const units = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];
  return withUnit(
    validCurriculum({
      partialQualifications: [
        { code: '', title: { en: '', de: 'Teil' }, unitIds: ['u1', 'nope', 'u1'] },
        { code: 'TQ2', title: { en: 'Part 2', de: 'Teil 2' }, unitIds: [] },
        { code: 'tq2', title: { en: 'Part 3', de: 'Teil 3' }, unitIds: ['u4'] },
        { code: 'TQ4', title: { en: 'All', de: 'Alle' }, unitIds: units },
        { code: 'TQ5', title: { en: 'All again', de: 'Alle' }, unitIds: units },
      ],
    }),
    0,
    { ecvetPoints: 27.5 },
  );
}

/** Programmes of one qualification, languages and translations, outcome quality, thresholds. */
function texts(): ValidatableCurriculum[] {
  const facts = {
    eqfLevel: 4,
    nqfLevel: 4,
    iscedFCode: '0715',
    occupation: null,
    ecvetPoints: 180,
    referenceDurationMonths: 36,
  };
  const programmes = validCurriculum({
    qualificationCode: 'Q-CNC',
    otherProgrammes: [{ code: 'SHORT', ...facts, eqfLevel: 3, ecvetPoints: 150 }],
  });
  let translations = validCurriculum({
    languages: ['en', 'de', '', 'lt', 'et'],
    requiredLanguages: ['en', 'lt', 'fr'],
  });
  translations = withUnit(translations, 0, (u) => ({
    title: { ...u.title, lt: 'Sauga ir sveikata darbe' },
  }));
  translations = withOutcome(translations, 1, 0, {
    criteria: { en: 'According to the drawing', de: 'Nach Zeichnung' },
  });
  let quality = validCurriculum({ languages: ['en', 'de', 'lt'] });
  quality = withOutcome(quality, 0, 0, (o) => ({
    text: { ...o.text, en: 'Understand the safety rules', lt: 'Žinios apie saugą' },
  }));
  quality = withOutcome(quality, 0, 1, (o) => ({
    text: { ...o.text, en: 'Clamps tools, measures them and stores the offsets' },
  }));
  quality = withOutcome(quality, 1, 0, (o) => ({
    text: { ...o.text, en: 'Explain the process of CNC-01', lt: 'Programavimas CNC staklėmis' },
  }));
  quality = withOutcome(quality, 2, 0, (o) => ({
    text: { ...o.text, en: 'Explain the process of CNC-01 again' },
  }));
  quality = withOutcome(quality, 3, 1, { category: 'knowledge' });
  quality = withOutcome(quality, 4, 0, (o) => ({
    text: { ...o.text, en: 'process the Explain of CNC-01' },
  }));
  return [
    programmes,
    translations,
    validCurriculum({ primaryLanguage: 'fr', languages: [] }),
    validCurriculum({ primaryLanguage: '' }),
    quality,
    withThresholds(validCurriculum(), { pointsPerYear: 0, hoursPerYear: 99.5 }),
    validCurriculum({ durationMonths: 72, intensity: 0.75, referenceDurationMonths: 42 }),
    validCurriculum({ durationMonths: 0, referenceDurationMonths: 0 }),
  ];
}

/** Codes of the curriculum and of its elective groups. */
function codes(): ValidatableCurriculum {
  const group = (code: string) => ({
    code,
    title: { en: 'Area', de: 'Bereich' },
    pointsRequired: 0,
    rule: 'points-at-least' as const,
    unitsRequired: null,
  });
  return validCurriculum({
    code: '',
    electiveGroups: [group('WP-1'), group(''), group('wp-1 ')],
  });
}

const ALL_CURRICULA: readonly ValidatableCurriculum[] = [
  codes(),
  brokenUnits(),
  ...levels(),
  ...electives(),
  ...schedule(),
  ...workBasedLearning(),
  assessment(),
  partials(),
  ...texts(),
  validCurriculum({ ecvetPoints: Number.NaN }),
  validCurriculum({ units: [...validCurriculum().units, buildUnit({ id: 'u1', code: 'CNC-10' })] }),
];

const findings: readonly Finding[] = ALL_CURRICULA.flatMap((c) => validateCurriculum(c).findings);

/** Proper names with a full stop between digits: Industry 4.0 in each language. */
const PROPER_NAMES = /(Industry|Industrie|Pramonės|Industrijas|Tööstus)[ -]4\.0/g;

describe('the languages of the findings', () => {
  it('triggers every rule of the engine', () => {
    const triggered = new Set(findings.map((f) => f.ruleId));
    expect(RULE_IDS.map((r) => r.id).filter((id) => !triggered.has(id))).toEqual([]);
    // Many different messages, not a few repeated ones.
    expect(new Set(findings.map((f) => f.message)).size).toBeGreaterThan(120);
  });

  it('gives every finding a message in en, de, lt, lv and et', () => {
    for (const f of findings) {
      expect(Object.keys(f.messages).sort()).toEqual([...MESSAGE_LANGUAGES].sort());
      expect(f.message).toBe(f.messages['en']);
      for (const language of MESSAGE_LANGUAGES) {
        expect({ language, message: f.messages[language].trim() }).not.toEqual({
          language,
          message: '',
        });
        expect(f.messages[language]).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('never answers in English where Lithuanian, Latvian or Estonian is asked', () => {
    for (const f of findings) {
      for (const language of ['lt', 'lv', 'et'] as const) {
        expect({ language, message: f.messages[language] }).not.toEqual({
          language,
          message: f.messages['en'],
        });
      }
      expect(new Set([f.messages['lt'], f.messages['lv'], f.messages['et']]).size).toBe(3);
    }
  });

  it('writes numbers with a decimal comma in lt, lv and et', () => {
    const decimals = findings.filter((f) => /\d\.\d/.test(f.message.replace(PROPER_NAMES, '')));
    expect(decimals.length).toBeGreaterThan(5);
    for (const f of findings) {
      for (const language of ['de', 'lt', 'lv', 'et'] as const) {
        const text = f.messages[language].replace(PROPER_NAMES, '');
        expect({ language, decimalPoint: text.match(/\d\.\d/)?.[0] }).toEqual({
          language,
          decimalPoint: undefined,
        });
      }
    }
    // The 7.5-point unit (and a unit of no number): mandatory units carry 117.5 points.
    const sum = findings.find(
      (f) => f.ruleId === 'ECVET-R2' && f.message.startsWith('Mandatory units carry 117.5'),
    );
    expect(sum?.messages['lt']).toBe(
      'Privalomieji moduliai turi 117,5 ECVET taško, o pasirenkamųjų modulių grupės reikalauja 20; iš viso 137,5, tačiau kvalifikacijos vertė – 187,5 ECVET taško.',
    );
    expect(sum?.messages['lv']).toBe(
      'Obligātajām vienībām ir 117,5 ECVET punkti, un izvēles grupas prasa 20; kopā 137,5, taču kvalifikācijai ir 187,5 ECVET punkti.',
    );
    expect(sum?.messages['et']).toBe(
      'Kohustuslikel ühikutel on 117,5 ECVET-punkti ja valikrühmad nõuavad 20; kokku 137,5, kuid kvalifikatsioonil on 187,5 ECVET-punkti.',
    );
  });

  it('uses the quotation marks of each language', () => {
    const unknown = findings.find(
      (f) => f.ruleId === 'ECVET-R5' && f.message.includes('"attitude"'),
    );
    expect(unknown?.messages['lt']).toContain('„attitude“');
    expect(unknown?.messages['lv']).toContain('„attitude“');
    expect(unknown?.messages['et']).toContain('„attitude“');
    expect(quote('x', 'en')).toBe('"x"');
  });
});

describe('numbers and the words after them', () => {
  const choose = (unitsRequired: number) =>
    checkElectivePoints(
      validCurriculum({
        electiveGroups: [
          {
            code: 'WP-1',
            title: { en: 'Area', de: 'Bereich' },
            pointsRequired: 20,
            rule: 'units',
            unitsRequired,
          },
        ],
      }),
    )[0].messages;

  it('inflects the units of an elective group in Lithuanian, Latvian and Estonian', () => {
    expect(choose(3)['lt']).toBe(
      'Pasirenkamųjų modulių grupėje WP-1 reikia pasirinkti 3 modulius, tačiau joje yra 2 moduliai.',
    );
    expect(choose(10)['lt']).toBe(
      'Pasirenkamųjų modulių grupėje WP-1 reikia pasirinkti 10 modulių, tačiau joje yra 2 moduliai.',
    );
    expect(choose(21)['lt']).toContain('reikia pasirinkti 21 modulį,');
    expect(choose(3)['lv']).toBe(
      'Izvēles grupā WP-1 jāizvēlas 3 vienības, taču tajā ir 2 vienības.',
    );
    expect(choose(10)['lv']).toContain('jāizvēlas 10 vienību,');
    expect(choose(21)['lv']).toContain('jāizvēlas 21 vienība,');
    expect(choose(3)['et']).toBe(
      'Valikrühmas WP-1 tuleb valida 3 ühikut, kuid selles on 2 ühikut.',
    );
    expect(choose(3)['en']).toBe(
      'Elective group WP-1 requires choosing 3 of its units, but it has 2.',
    );
  });

  it('picks the form by the CLDR plural rules of each language', () => {
    expect([1, 2, 10, 11, 21, 22, 7.5].map((n) => count(n, 'lt', LT.unitsNom))).toEqual([
      '1 modulis',
      '2 moduliai',
      '10 modulių',
      '11 modulių',
      '21 modulis',
      '22 moduliai',
      '7,5 modulio',
    ]);
    expect([1, 2, 10, 11, 21, 0].map((n) => count(n, 'lv', LV.unitsNom))).toEqual([
      '1 vienība',
      '2 vienības',
      '10 vienību',
      '11 vienību',
      '21 vienība',
      '0 vienību',
    ]);
    expect([1, 2, 21, 1.5].map((n) => count(n, 'et', ET.units))).toEqual([
      '1 ühik',
      '2 ühikut',
      '21 ühikut',
      '1,5 ühikut',
    ]);
    expect(plural(Number.NaN, 'lt', LT.unitsNom)).toBe('modulių');
    expect([2, 0, 2.5].map((n) => ordinal(n, 'lv'))).toEqual(['2.', '0', '2,5']);
    expect(ordinal(2, 'et')).toBe('2.');
    expect(ordinal(2, 'lt')).toBe('2');
  });
});
