import fc from 'fast-check';
import {
  PROGRAMME_FORMS,
  DEFAULT_THRESHOLDS,
  INDUSTRY_40_AREAS,
  CHOICE_RULES,
  OUTCOME_CATEGORIES,
  type LearningOutcome,
  type Unit,
  type WorkBasedLearningPeriod,
} from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import { diffCurricula, type DiffableCurriculum } from './diff-curricula';

const LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;
const LETTERS = [...'abc XYZ äöüß ąčęėįšųūž āēģīķļņ õ'];

const textArb: fc.Arbitrary<LocalizedText> = fc.dictionary(
  fc.constantFrom(...LANGUAGES),
  fc.string({ unit: fc.constantFrom(...LETTERS), maxLength: 12 }),
  { maxKeys: LANGUAGES.length },
);

function outcomeArb(id: string): fc.Arbitrary<LearningOutcome> {
  return fc
    .record({
      id: fc.constant(id),
      version: fc.nat(5),
      category: fc.constantFrom(...OUTCOME_CATEGORIES),
      text: textArb,
      criteria: textArb,
      escoSkills: fc.array(fc.record({ uri: fc.webUrl(), label: textArb }), { maxLength: 2 }),
    })
    .map((o) => ({ ...o, escoSkill: o.escoSkills[0] ?? null }));
}

function unitArb(index: number): fc.Arbitrary<Unit> {
  const id = `u${index}`;
  return fc.integer({ min: 0, max: 4 }).chain((outcomes) =>
    fc.record({
      id: fc.constant(id),
      version: fc.nat(5),
      code: fc.constant(`U-${index}`),
      title: textArb,
      description: textArb,
      eqfLevel: fc.integer({ min: 1, max: 8 }),
      ecvetPoints: fc.integer({ min: 1, max: 60 }),
      mandatory: fc.boolean(),
      electiveGroup: fc.option(fc.constantFrom('WP-1', 'WP-2'), { nil: null }),
      addOn: fc.boolean(),
      year: fc.integer({ min: 1, max: 4 }),
      term: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
      endYear: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      endTerm: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
      guidedHours: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      nationalCredits: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      areas: fc.subarray([...INDUSTRY_40_AREAS]),
      escoSkills: fc.array(fc.record({ uri: fc.webUrl(), label: textArb }), { maxLength: 2 }),
      prerequisites: fc.subarray(Array.from({ length: index }, (_, i) => `u${i}`)),
      assessment: fc.record({
        methods: fc.subarray(['practical-task', 'project', 'oral-exam'] as const),
        criteria: textArb,
      }),
      outcomes: fc.tuple(...Array.from({ length: outcomes }, (_, k) => outcomeArb(`${id}-o${k}`))),
    }),
  );
}

function wblArb(index: number): fc.Arbitrary<WorkBasedLearningPeriod> {
  return fc.record({
    id: fc.constant(`w${index}`),
    version: fc.nat(5),
    title: textArb,
    year: fc.integer({ min: 1, max: 4 }),
    term: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
    durationHours: fc.integer({ min: 0, max: 800 }),
    companyProfile: textArb,
    mentorRole: textArb,
    unitIds: fc.subarray(['u0', 'u1', 'u2']),
    outcomeIds: fc.subarray(['u0-o0', 'u1-o0']),
    assessment: textArb,
  });
}

const curriculumArb: fc.Arbitrary<DiffableCurriculum> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .chain(([units, periods]) =>
    fc.record({
      code: fc.string({ maxLength: 8 }),
      qualificationCode: fc.option(fc.constantFrom('Q-1', 'Q-2'), { nil: null }),
      title: textArb,
      description: textArb,
      eqfLevel: fc.integer({ min: 1, max: 8 }),
      nqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      iscedFCode: fc.constant('0715'),
      occupation: fc.option(fc.record({ uri: fc.webUrl(), label: textArb }), { nil: null }),
      durationMonths: fc.integer({ min: 12, max: 48 }),
      referenceDurationMonths: fc.integer({ min: 12, max: 48 }),
      programmeForm: fc.constantFrom(...PROGRAMME_FORMS),
      intensity: fc.constantFrom(1, 0.5, 0.75),
      fullTime: fc.boolean(),
      ecvetPoints: fc.integer({ min: 0, max: 240 }),
      primaryLanguage: fc.constantFrom(...LANGUAGES),
      languages: fc.subarray([...LANGUAGES]),
      requiredLanguages: fc.subarray([...LANGUAGES]),
      electiveGroups: fc.array(
        fc.record({
          code: fc.constantFrom('WP-1', 'WP-2'),
          title: textArb,
          pointsRequired: fc.nat(60),
          rule: fc.constantFrom(...CHOICE_RULES),
          unitsRequired: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        }),
        { maxLength: 2 },
      ),
      assessmentPlan: fc.array(
        fc.record({
          code: fc.constantFrom('AP1', 'AP2'),
          title: textArb,
          weight: fc.integer({ min: 0, max: 100 }),
          year: fc.integer({ min: 1, max: 4 }),
          term: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
          methods: fc.subarray(['written-exam', 'work-sample'] as const),
          unitIds: fc.subarray(['u0', 'u1', 'u2']),
          outcomeIds: fc.subarray(['u0-o0', 'u1-o0']),
        }),
        { maxLength: 2 },
      ),
      partialQualifications: fc.array(
        fc.record({
          code: fc.constantFrom('TQ1', 'TQ2'),
          title: textArb,
          unitIds: fc.subarray(['u0', 'u1', 'u2'], { minLength: 1 }),
        }),
        { maxLength: 2 },
      ),
      thresholds: fc.constant(DEFAULT_THRESHOLDS),
      units: fc.tuple(...Array.from({ length: units }, (_, i) => unitArb(i))),
      workBasedLearning: fc.tuple(...Array.from({ length: periods }, (_, i) => wblArb(i))),
    }),
  );

/** A deep copy with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => reversedKeys(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reversedKeys(item)]),
    ) as T;
  }
  return value;
}

describe('diffCurricula (properties)', () => {
  it('finds a curriculum identical to itself and to a copy with other key order', () => {
    fc.assert(
      fc.property(curriculumArb, (c) => {
        for (const other of [c, reversedKeys(c)]) {
          const diff = diffCurricula(c, other);
          expect(diff.identical).toBe(true);
          expect(diff.units).toEqual([]);
          expect(diff.workBasedLearning).toEqual([]);
          expect(diff.curriculum).toEqual({ title: [], description: [], fields: [] });
        }
      }),
    );
  });

  it('counts exactly the outcomes whose text was edited', () => {
    const scenario = curriculumArb.chain((c) => {
      const ids = c.units.flatMap((u) => u.outcomes.map((o) => o.id));
      return fc.tuple(
        fc.constant(c),
        fc.uniqueArray(fc.constantFrom(...(ids.length > 0 ? ids : ['none'])), {
          maxLength: ids.length,
        }),
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom('ž', 'ß', 'õ', 'ā', ' edited'),
      );
    });
    fc.assert(
      fc.property(scenario, ([c, edited, language, suffix]) => {
        const editedIds = new Set(edited);
        const after: DiffableCurriculum = {
          ...c,
          units: c.units.map((u) => ({
            ...u,
            outcomes: u.outcomes.map((o) =>
              editedIds.has(o.id)
                ? { ...o, text: { ...o.text, [language]: `${o.text[language] ?? ''}${suffix}` } }
                : o,
            ),
          })),
        };
        const diff = diffCurricula(c, after);
        const outcomes = diff.units.flatMap((u) => u.outcomes);
        const touchedUnits = new Set(
          c.units.filter((u) => u.outcomes.some((o) => editedIds.has(o.id))).map((u) => u.id),
        );
        expect(diff.summary.outcomesChanged).toBe(editedIds.size);
        expect(diff.summary.unitsChanged).toBe(touchedUnits.size);
        expect(diff.summary.outcomesAdded + diff.summary.outcomesRemoved).toBe(0);
        expect(outcomes.map((o) => o.id).sort()).toEqual([...editedIds].sort());
        for (const outcome of outcomes) {
          expect(outcome.change).toBe('changed');
          expect(outcome.text).toHaveLength(1);
          expect(outcome.text[0].language).toBe(language);
          expect(outcome.text[0].after?.endsWith(suffix)).toBe(true);
        }
        expect(diff.identical).toBe(editedIds.size === 0);
      }),
    );
  });

  it('is symmetric: what is added one way is removed the other way', () => {
    fc.assert(
      fc.property(curriculumArb, curriculumArb, (a, b) => {
        const forth = diffCurricula(a, b).summary;
        const back = diffCurricula(b, a).summary;
        expect(back.unitsAdded).toBe(forth.unitsRemoved);
        expect(back.unitsRemoved).toBe(forth.unitsAdded);
        expect(back.unitsChanged).toBe(forth.unitsChanged);
        expect(back.outcomesAdded).toBe(forth.outcomesRemoved);
        expect(back.outcomesChanged).toBe(forth.outcomesChanged);
        expect(back.wblHoursBefore).toBe(forth.wblHoursAfter);
      }),
    );
  });
});
