import fc from 'fast-check';
import { INDUSTRY_40_AREAS } from '../model/curriculum';
import { comparePaths } from './finding-order';
import { RULE_IDS } from './rule-ids';
import {
  buildUnit,
  nonsense,
  validCurriculum,
  withOutcome,
  withThresholds,
  withUnit,
  withWbl,
} from './testing/curriculum-builder';
import { validateCurriculum } from './validate-curriculum';

describe('validateCurriculum report', () => {
  it('finds nothing in the valid 3-year, 180-point curriculum and summarises it', () => {
    const report = validateCurriculum(validCurriculum());
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({
      declaredPoints: 180,
      expectedPoints: 180,
      mandatoryPoints: 160,
      addOnPoints: 0,
      electivePointsRequired: 20,
      pointsByYear: [
        { year: 1, points: 60, expected: 60 },
        { year: 2, points: 60, expected: 60 },
        { year: 3, points: 60, expected: 60 },
      ],
      pointsByArea: [
        { area: 'innovation-capacity', points: 30 },
        { area: 'digital-production', points: 120 },
        { area: 'digital-work', points: 20 },
        { area: 'organisational-learning', points: 30 },
        { area: 'leadership-communication', points: 30 },
        { area: 'workplace-innovation', points: 20 },
      ],
      unitCount: 9,
      outcomeCount: 18,
      outcomesByCategory: { knowledge: 9, skill: 9, 'responsibility-autonomy': 0 },
      wblHours: 320,
      programmeHours: 4800,
      wblShare: 0.067,
      errorCount: 0,
      warningCount: 0,
      // Every text is in both languages; none was translated from an older source.
      translations: [{ language: 'de', texts: 52, current: 52, stale: 0, missing: 0 }],
    });
  });

  it('counts a unit in every area it is tagged with, once', () => {
    const c = withUnit(validCurriculum(), 0, {
      areas: ['digital-work', 'digital-work', 'workplace-innovation'],
    });
    const byArea = Object.fromEntries(
      validateCurriculum(c).summary.pointsByArea.map((a) => [a.area, a.points]),
    );
    expect(byArea['digital-work']).toBe(40);
    expect(byArea['workplace-innovation']).toBe(20);
    expect(Object.keys(byArea)).toEqual([...INDUSTRY_40_AREAS]);
  });

  it('sorts errors first, then in document order, and counts them', () => {
    let c = withUnit(validCurriculum({ languages: ['en', 'de', 'lt'] }), 8, {
      ecvetPoints: 0,
    });
    c = withUnit(c, 1, { eqfLevel: 5 });
    c = withOutcome(c, 0, 0, { category: 'attitude' as never });
    c = withWbl(c, 0, { unitIds: ['nope'] });
    const { findings, summary } = validateCurriculum(c);
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)),
    );
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.path);
    expect(errors).toEqual([...errors].sort(comparePaths));
    expect(errors).toEqual([
      'ecvetPoints',
      'units[0].outcomes[0].category',
      'units[8].ecvetPoints',
      'workBasedLearning[0].unitIds[0]',
    ]);
    expect(findings.find((f) => f.severity === 'warning')?.path).toBe('');
    expect(summary.errorCount).toBe(4);
    expect(summary.warningCount).toBe(findings.length - 4);
    expect(summary.outcomesByCategory.knowledge).toBe(8);
  });

  it('orders paths by index numerically and fields in model order', () => {
    const paths = [
      'units[10].code',
      'units[2].outcomes[0].text',
      'ecvetPoints',
      '',
      'units[2]',
      'eqfLevel',
    ];
    expect([...paths].sort(comparePaths)).toEqual([
      '',
      'eqfLevel',
      'ecvetPoints',
      'units[2]',
      'units[2].outcomes[0].text',
      'units[10].code',
    ]);
  });

  it('reports the 3.5-year programme with a fractional last year', () => {
    const base = validCurriculum();
    const c = {
      ...base,
      durationMonths: 42,
      referenceDurationMonths: 42,
      ecvetPoints: 210,
      units: [...base.units, buildUnit({ id: 'u10', code: 'CNC-10', year: 4, ecvetPoints: 30 })],
    };
    const report = validateCurriculum(c);
    expect(report.findings).toEqual([]);
    expect(report.summary.expectedPoints).toBe(210);
    expect(report.summary.pointsByYear.map((y) => y.expected)).toEqual([60, 60, 60, 30]);
    expect(report.summary.programmeHours).toBe(5600);
  });

  it('uses the thresholds of the curriculum (Lithuanian 60 credits, 20 % WBL)', () => {
    const c = withThresholds(validCurriculum(), { pointsPerYear: 50, minWblShare: 0.2 });
    const ids = validateCurriculum(c).findings.map((f) => f.ruleId);
    expect(ids).toContain('ECVET-R1');
    expect(ids).toContain('ECVET-YEAR-LOAD');
    expect(ids).toContain('ECVET-WBL-SHARE');
  });

  it('reports only rule ids listed in RULE_IDS, each with a description', () => {
    const known = new Set<string>(RULE_IDS.map((r) => r.id));
    expect(known.size).toBe(RULE_IDS.length);
    expect(RULE_IDS.every((r) => r.description.length > 10 && r.severities.length > 0)).toBe(true);
    let c = withUnit(validCurriculum({ languages: ['en', 'de', 'et'] }), 0, {
      prerequisites: ['u1', 'x'],
      code: 'CNC-02',
      year: 9,
      areas: ['nowhere' as never],
      eqfLevel: 0,
    });
    c = withThresholds(withWbl(c, 0, { durationHours: 0 }), { minWblShare: 0.5, hoursPerYear: -1 });
    for (const f of validateCurriculum(c).findings) {
      expect(known.has(f.ruleId)).toBe(true);
      expect(f.message).toBe(f.messages['en']);
      expect(f.messages['de']).toBeTruthy();
    }
  });

  it('never throws on nonsense input and reports instead (property)', () => {
    const valid = validCurriculum();
    const keys = Object.keys(valid);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.anything(),
        fc.nat({ max: 8 }),
        fc.constantFrom(
          'ecvetPoints',
          'year',
          'term',
          'outcomes',
          'prerequisites',
          'title',
          'assessment',
        ),
        fc.anything(),
        (key, value, unitIndex, unitKey, unitValue) => {
          const broken = nonsense({
            ...withUnit(valid, unitIndex, nonsense({ [unitKey]: unitValue })),
            [key]: value,
          });
          const report = validateCurriculum(broken);
          expect(report.summary.errorCount + report.summary.warningCount).toBe(
            report.findings.length,
          );
        },
      ),
    );
    for (const input of [null, undefined, 42, 'curriculum', [], {}]) {
      const report = validateCurriculum(nonsense(input));
      expect(report.summary.errorCount).toBeGreaterThan(0);
    }
  });

  it('reports NaN points, a negative duration and levels 0 and 9 without throwing', () => {
    const c = withUnit(
      validCurriculum({
        ecvetPoints: Number.NaN,
        durationMonths: -12,
        referenceDurationMonths: -12,
        eqfLevel: 9,
      }),
      0,
      { eqfLevel: 0, ecvetPoints: Number.NaN },
    );
    const paths = validateCurriculum(c).findings.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'durationMonths',
        'eqfLevel',
        'units[0].eqfLevel',
        'units[0].ecvetPoints',
      ]),
    );
  });
});
