import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ASSESSMENT_METHODS,
  DEFAULT_THRESHOLDS,
  INDUSTRY_40_AREAS,
  OUTCOME_CATEGORIES,
  validateContent,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import {
  cncMachiningCurriculum,
  cncPartTimeCurriculum,
  demoCurricula,
  smartFactoryOperatorCurriculum,
} from './index';
import { parseCsv } from '../../../common/csv-format';
import { SHIPPED_ESCO } from '../../esco/esco-files';
import type { DemoCurriculum, DemoUnit } from './types';

const ESCO_PREFIX = 'http://data.europa.eu/esco/';

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const sumPoints = (units: readonly DemoUnit[]): number =>
  units.reduce((total, unit) => total + unit.ecvetPoints, 0);

const mandatoryPointsByYear = (curriculum: DemoCurriculum): Record<number, number> => {
  const byYear: Record<number, number> = {};
  for (const unit of curriculum.units.filter((u) => u.mandatory)) {
    byYear[unit.year] = (byYear[unit.year] ?? 0) + unit.ecvetPoints;
  }
  return byYear;
};

/** Every localized text of a curriculum, wherever it occurs. */
const allTexts = (curriculum: DemoCurriculum): LocalizedText[] => [
  curriculum.title,
  curriculum.description,
  ...(curriculum.occupation ? [curriculum.occupation.label] : []),
  ...curriculum.electiveGroups.map((group) => group.title),
  ...curriculum.units.flatMap((unit) => [
    unit.title,
    unit.description,
    unit.assessment.criteria,
    ...unit.outcomes.flatMap((o) => (o.escoSkill ? [o.text, o.escoSkill.label] : [o.text])),
  ]),
  ...curriculum.workBasedLearning.flatMap((wbl) => [
    wbl.title,
    wbl.companyProfile,
    wbl.mentorRole,
    wbl.assessment,
  ]),
];

/** All texts of a curriculum joined, in one language or (without `lang`) in every language. */
const joinedText = (curriculum: DemoCurriculum, lang?: string): string =>
  allTexts(curriculum)
    .flatMap((text) => (lang ? [text[lang] ?? ''] : Object.values(text)))
    .join('\n');

/** The texts a unit must carry in every language it claims to support. */
const unitTexts = (unit: DemoUnit): LocalizedText[] => [
  unit.title,
  unit.description,
  unit.assessment.criteria,
  ...unit.outcomes.map((o) => o.text),
];

const hasLanguages = (unit: DemoUnit, languages: readonly string[]): boolean =>
  unitTexts(unit).every((text) => languages.every((lang) => (text[lang] ?? '').trim().length > 0));

const missingLetters = (text: string, letters: string): string[] =>
  [...letters].filter((letter) => !text.includes(letter));

const isStrictlyEarlier = (before: DemoUnit, after: DemoUnit): boolean =>
  before.year < after.year ||
  (before.year === after.year &&
    before.term !== null &&
    after.term !== null &&
    before.term < after.term);

describe.each([
  ['CNC machining', cncMachiningCurriculum, 4],
  ['smart factory operator', smartFactoryOperatorCurriculum, 3],
] as const)('demo curriculum %s: structure', (_name, curriculum, maxEqf) => {
  const codes = curriculum.units.map((u) => u.code);
  const byCode = new Map(curriculum.units.map((u) => [u.code, u]));

  it('has unique unit codes', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every unit positive integer points, a valid EQF level and a valid term', () => {
    for (const unit of curriculum.units) {
      expect(Number.isInteger(unit.ecvetPoints) && unit.ecvetPoints > 0).toBe(true);
      expect(Number.isInteger(unit.eqfLevel)).toBe(true);
      expect(unit.eqfLevel).toBeGreaterThanOrEqual(1);
      expect(unit.eqfLevel).toBeLessThanOrEqual(maxEqf);
      expect([1, 2, null]).toContain(unit.term);
      expect(unit.year).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every unit 4 to 6 outcomes covering all three categories', () => {
    for (const unit of curriculum.units) {
      expect(unit.outcomes.length).toBeGreaterThanOrEqual(4);
      expect(unit.outcomes.length).toBeLessThanOrEqual(6);
      expect(new Set(unit.outcomes.map((o) => o.category))).toEqual(new Set(OUTCOME_CATEGORIES));
    }
  });

  it('uses only known assessment methods and Industry 4.0 areas, with criteria', () => {
    for (const unit of curriculum.units) {
      expect(unit.assessment.methods.length).toBeGreaterThan(0);
      for (const method of unit.assessment.methods) expect(ASSESSMENT_METHODS).toContain(method);
      for (const area of unit.areas) expect(INDUSTRY_40_AREAS).toContain(area);
      expect(unit.assessment.criteria['en'].length).toBeGreaterThan(40);
    }
  });

  it('writes every text in English and German', () => {
    for (const text of allTexts(curriculum)) {
      expect(text['en']?.trim()).toBeTruthy();
      expect(text['de']?.trim()).toBeTruthy();
    }
  });

  it('has prerequisites that resolve and are scheduled strictly earlier', () => {
    let checked = 0;
    for (const unit of curriculum.units) {
      for (const code of unit.prerequisiteCodes) {
        const prerequisite = byCode.get(code);
        expect(prerequisite).toBeDefined();
        expect(prerequisite && isStrictlyEarlier(prerequisite, unit)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has acyclic prerequisites', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string): boolean => {
      if (state.get(code) === 'done') return true;
      if (state.get(code) === 'visiting') return false;
      state.set(code, 'visiting');
      const ok = (byCode.get(code)?.prerequisiteCodes ?? []).every(visit);
      state.set(code, 'done');
      return ok;
    };
    expect(codes.every(visit)).toBe(true);
  });

  it('has WBL periods whose units and outcome references resolve', () => {
    for (const wbl of curriculum.workBasedLearning) {
      expect(wbl.unitCodes.length).toBeGreaterThan(0);
      expect(wbl.durationHours).toBeGreaterThanOrEqual(160);
      expect(wbl.durationHours).toBeLessThanOrEqual(800);
      for (const code of wbl.unitCodes) {
        const unit = byCode.get(code);
        expect(unit).toBeDefined();
        expect(unit?.year).toBeLessThanOrEqual(wbl.year);
      }
      expect(wbl.outcomeRefs.length).toBeGreaterThan(0);
      for (const ref of wbl.outcomeRefs) {
        expect(wbl.unitCodes).toContain(ref.unitCode);
        const unit = required(byCode.get(ref.unitCode));
        expect(Number.isInteger(ref.index)).toBe(true);
        expect(ref.index).toBeGreaterThanOrEqual(0);
        expect(ref.index).toBeLessThan(unit.outcomes.length);
      }
    }
  });

  it('uses only ESCO URIs', () => {
    const uris = [
      curriculum.occupation?.uri,
      ...curriculum.units.flatMap((u) => [
        ...u.escoSkills.map((s) => s.uri),
        ...u.outcomes.flatMap((o) => (o.escoSkill ? [o.escoSkill.uri] : [])),
      ]),
    ];
    expect(uris[0]).toBeDefined();
    for (const uri of uris) expect(uri?.startsWith(ESCO_PREFIX)).toBe(true);
  });

  it('uses the default thresholds', () => {
    expect(curriculum.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe('CNC machining curriculum', () => {
  const c = cncMachiningCurriculum;
  const mandatory = c.units.filter((u) => u.mandatory);

  it('has the qualification data of the Zerspanungsmechaniker/in', () => {
    expect(c).toMatchObject({
      status: 'published',
      code: 'ZM-CNC-2018',
      durationMonths: 42,
      fullTime: true,
      ecvetPoints: 210,
      eqfLevel: 4,
      nqfLevel: 4,
      iscedFCode: '0715',
      primaryLanguage: 'de',
      languages: ['de', 'en', 'lt', 'lv'],
    });
    expect(c.occupation?.uri).toBe(
      'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
    );
    for (const lang of ['de', 'en', 'lt', 'lv']) {
      expect(c.title[lang]).toBeTruthy();
      expect(c.description[lang]).toBeTruthy();
    }
  });

  it('has 210 points: 60 per year of 3.5 years, and mandatory points plus required electives', () => {
    expect(c.ecvetPoints).toBe((60 * c.durationMonths) / 12);
    const required = c.electiveGroups.reduce((total, group) => total + group.pointsRequired, 0);
    expect(sumPoints(mandatory) + required).toBe(210);
  });

  it('has mandatory points 60/60/60/20 per year', () => {
    expect(mandatoryPointsByYear(c)).toEqual({ 1: 60, 2: 60, 3: 60, 4: 20 });
  });

  it('has at least 12 mandatory units', () => {
    expect(mandatory.length).toBeGreaterThanOrEqual(12);
    for (const unit of mandatory) expect(unit.electiveGroup).toBeNull();
  });

  it('has the four company deployment areas as "choose 1 of 4" of 10 points in year 4', () => {
    expect(c.electiveGroups).toEqual([
      expect.objectContaining({ code: 'EG', pointsRequired: 10, rule: 'units', unitsRequired: 1 }),
    ]);
    const areas = c.units.filter((u) => u.electiveGroup === 'EG');
    expect(areas.map((u) => u.title.de)).toEqual([
      'Einsatzgebiet Drehmaschinensysteme',
      'Einsatzgebiet Drehautomatensysteme',
      'Einsatzgebiet Fräsmaschinensysteme',
      'Einsatzgebiet Schleifmaschinensysteme',
    ]);
    for (const unit of areas) {
      expect(unit).toMatchObject({ mandatory: false, ecvetPoints: 10, year: 4, eqfLevel: 4 });
    }
  });

  it('has the four Industry 4.0 add-on qualifications of 10 points in year 4 outside the 210', () => {
    const addOns = c.units.filter((u) => u.addOn === true);
    expect(addOns.map((u) => u.code)).toEqual(['ZM-I40-1', 'ZM-I40-2', 'ZM-I40-3', 'ZM-I40-4']);
    for (const unit of addOns) {
      expect(unit).toMatchObject({ mandatory: false, electiveGroup: null, ecvetPoints: 10 });
      expect(unit.year).toBe(4);
    }
  });

  it('has the final examination in two parts, 40 % in year 2 and 60 % at the end, for every mandatory unit', () => {
    const plan = c.assessmentPlan ?? [];
    expect(plan.map((p) => [p.code, p.weight, p.year, p.term])).toEqual([
      ['AP1', 40, 2, 2],
      ['AP2', 60, 4, 2],
    ]);
    const assessed = new Set(plan.flatMap((p) => p.unitCodes));
    for (const unit of mandatory) expect(assessed).toContain(unit.code);
    const findings = validateContent(c).findings.filter((f) => f.ruleId === 'ECVET-ASSESSMENT');
    expect(findings).toEqual([]);
  });

  it('requires German and English complete; Lithuanian and Latvian are optional', () => {
    expect(c.requiredLanguages).toEqual(['de', 'en']);
    for (const unit of c.units) {
      for (const lang of ['de', 'en']) {
        expect(unit.title[lang]).toBeTruthy();
        for (const outcome of unit.outcomes) expect(outcome.text[lang]).toBeTruthy();
      }
    }
  });

  it('has at least 60 outcomes in all three categories', () => {
    const outcomes = c.units.flatMap((u) => u.outcomes);
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(outcomes.map((o) => o.category))).toEqual(new Set(OUTCOME_CATEGORIES));
  });

  it('has Lithuanian and Latvian texts in at least four units, including programming and set-up', () => {
    const baltic = c.units.filter((u) => hasLanguages(u, ['lt', 'lv'])).map((u) => u.code);
    expect(baltic.length).toBeGreaterThanOrEqual(4);
    expect(baltic).toEqual(expect.arrayContaining(['ZM-10', 'ZM-11']));
  });

  it('links "program a CNC controller" to the programming unit and, as main skill, 1-2 of its outcomes with a second skill each', () => {
    const uri = 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8';
    const programming = required(c.units.find((u) => u.code === 'ZM-10'));
    expect(programming.escoSkills.map((s) => s.uri)).toEqual([uri]);
    const linked = programming.outcomes.filter((o) => o.escoSkills?.[0]?.uri === uri);
    expect(linked.length).toBeGreaterThanOrEqual(1);
    expect(linked.length).toBeLessThanOrEqual(2);
    expect(linked.map((o) => o.escoSkills?.length)).toEqual(linked.map(() => 2));
  });

  // Issue #20, point 6: a realistic coverage report with a few honest gaps.
  it('links real skills of the shipped ESCO subset, most essential skills of the occupation and not all', () => {
    const labels = new Map(
      parseCsv(readFileSync(join(SHIPPED_ESCO, 'skills_en.csv'), 'utf8')).records.map(
        ({ cells }) => [cells[0], cells[3]] as const,
      ),
    );
    const essential = readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith(`${c.occupation?.uri},essential,`))
      .map((line) => line.split(',')[3].trim());
    expect(essential).toHaveLength(19);
    const links = c.units.flatMap((u) => [
      ...u.escoSkills,
      ...u.outcomes.flatMap((o) => o.escoSkills ?? []),
    ]);
    expect(links.length).toBeGreaterThan(60);
    for (const skill of links) expect(labels.get(skill.uri)).toBe(skill.label['en']);
    const covered = essential.filter((uri) => links.some((s) => s.uri === uri));
    expect(covered.length).toBeGreaterThanOrEqual(15);
    expect(covered.length).toBeLessThan(19);
  });

  it('has at least four WBL periods spread over years 1 to 4', () => {
    expect(c.workBasedLearning.length).toBeGreaterThanOrEqual(4);
    expect(new Set(c.workBasedLearning.map((w) => w.year))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('keeps every German, Lithuanian and Latvian letter', () => {
    expect(missingLetters(joinedText(c), 'äöüß')).toEqual([]);
    expect(missingLetters(joinedText(c, 'de'), 'äöüß')).toEqual([]);
    expect(missingLetters(joinedText(c, 'lt'), 'ąčęėįšųūž')).toEqual([]);
    expect(missingLetters(joinedText(c, 'lv'), 'āčēģīķļņšūž')).toEqual([]);
  });
});

describe('smart factory operator curriculum', () => {
  const c = smartFactoryOperatorCurriculum;

  it('has the qualification data of the draft', () => {
    expect(c).toMatchObject({
      status: 'draft',
      code: 'SFO-2025',
      eqfLevel: 3,
      nqfLevel: 3,
      durationMonths: 24,
      fullTime: true,
      ecvetPoints: 120,
      iscedFCode: '0714',
      primaryLanguage: 'en',
      languages: ['en', 'de', 'et'],
      electiveGroups: [],
    });
    expect(c.title).toMatchObject({
      en: 'Smart factory operator',
      de: 'Fachkraft für vernetzte Produktion',
    });
    expect(c.title['et']).toBeTruthy();
    expect(c.occupation?.uri).toBe(
      'http://data.europa.eu/esco/occupation/5001506f-dd7d-4801-92ac-6f7e93b45133',
    );
  });

  // ESCO labels are reference data: the subset we ship has English labels only.
  it('links every unit to skills of its target occupation in the ESCO subset we ship', () => {
    const relations = readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8');
    const ofOccupation = new Set(
      relations
        .split('\n')
        .filter((line) => line.startsWith(`${c.occupation?.uri},`))
        .map((line) => line.split(',')[3].trim()),
    );
    expect(ofOccupation.size).toBeGreaterThan(10);
    for (const unit of c.units) {
      expect(unit.escoSkills.length).toBeGreaterThanOrEqual(2);
      for (const skill of unit.escoSkills) expect(ofOccupation).toContain(skill.uri);
    }
  });

  it('has 6 to 8 mandatory units with 120 points, 60 in each year', () => {
    expect(c.units.length).toBeGreaterThanOrEqual(6);
    expect(c.units.length).toBeLessThanOrEqual(8);
    expect(c.units.every((u) => u.mandatory && u.electiveGroup === null)).toBe(true);
    expect(sumPoints(c.units)).toBe(c.ecvetPoints);
    expect(c.ecvetPoints).toBe((60 * c.durationMonths) / 12);
    expect(mandatoryPointsByYear(c)).toEqual({ 1: 60, 2: 60 });
  });

  it('has at least 25 outcomes in all three categories', () => {
    const outcomes = c.units.flatMap((u) => u.outcomes);
    expect(outcomes.length).toBeGreaterThanOrEqual(25);
    expect(new Set(outcomes.map((o) => o.category))).toEqual(new Set(OUTCOME_CATEGORIES));
  });

  it('has Estonian in at least two units', () => {
    const estonian = c.units.filter((u) => hasLanguages(u, ['et']));
    expect(estonian.length).toBeGreaterThanOrEqual(2);
  });

  it('has two WBL periods', () => {
    expect(c.workBasedLearning).toHaveLength(2);
  });

  it('keeps every Estonian letter', () => {
    expect(missingLetters(joinedText(c, 'et'), 'õäöüšž')).toEqual([]);
  });
});

describe('demoCurricula', () => {
  it('lists both demo curricula with distinct codes', () => {
    expect(demoCurricula).toEqual([
      cncMachiningCurriculum,
      smartFactoryOperatorCurriculum,
      cncPartTimeCurriculum,
    ]);
    expect(new Set(demoCurricula.map((c) => c.code)).size).toBe(3);
  });
});

describe('CNC part-time programme for adults', () => {
  const c = cncPartTimeCurriculum;
  const report = validateContent(c);

  it('delivers the CNC qualification over 5 years at 70 %: the same 210 points, no R1 finding', () => {
    expect(c).toMatchObject({
      status: 'draft',
      durationMonths: 60,
      referenceDurationMonths: 42,
      intensity: 0.7,
      fullTime: false,
      ecvetPoints: cncMachiningCurriculum.ecvetPoints,
      eqfLevel: cncMachiningCurriculum.eqfLevel,
    });
    expect(c.units.map((u) => u.code)).toEqual(cncMachiningCurriculum.units.map((u) => u.code));
    expect(report.findings.filter((f) => f.ruleId === 'ECVET-R1')).toEqual([]);
  });

  it('stretches the schedule into years 1 to 5, with units that span terms or years', () => {
    expect(Math.max(...c.units.map((u) => u.endYear ?? u.year))).toBe(5);
    expect(c.units.some((u) => u.endYear !== null)).toBe(true);
    expect(c.assessmentPlan?.map((p) => [p.code, p.year, p.term])).toEqual([
      ['AP1', 3, 1],
      ['AP2', 5, 2],
    ]);
  });

  it('certifies adults step by step: five partial qualifications, each reachable after the ones before, the 200 mandatory points together', () => {
    const partials = c.partialQualifications ?? [];
    expect(partials.map((p) => p.code)).toEqual(['TQ1', 'TQ2', 'TQ3', 'TQ4', 'TQ5']);
    const points = new Map(c.units.map((u) => [u.code, u.ecvetPoints]));
    const held = partials.flatMap((p) => p.unitCodes);
    expect(new Set(held).size).toBe(held.length);
    expect(held.reduce((sum, code) => sum + (points.get(code) ?? 0), 0)).toBe(200);
    expect(new Set(held)).toEqual(new Set(c.units.filter((u) => u.mandatory).map((u) => u.code)));
    expect(report.findings.filter((f) => f.ruleId === 'ECVET-PARTIAL')).toEqual([]);
  });

  it('has no rule error: prerequisites still come first, every year within the programme', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const loads = report.summary.pointsByYear.map((l) => l.year);
    expect(loads).toEqual([1, 2, 3, 4, 5]);
  });
});
