import fc from 'fast-check';
import { buildUnit, text, validCurriculum, withUnit, withWbl } from './testing/curriculum-builder';
import type { ValidatableCurriculum } from './validatable-curriculum';
import {
  checkYearLoad,
  checkYearRange,
  computeYearLoads,
  expectedPointsForYear,
} from './year-load';

/** The 3.5-year Zerspanungsmechaniker: 60 + 60 + 60 + 30 = 210 points. */
function halfYearCurriculum(lastYearPoints = 30): ValidatableCurriculum {
  const base = validCurriculum();
  return {
    ...base,
    durationMonths: 42,
    ecvetPoints: 210,
    units: [
      ...base.units,
      buildUnit({ id: 'u10', code: 'CNC-10', year: 4, term: 1, ecvetPoints: lastYearPoints }),
    ],
  };
}

describe('ECVET-YEAR-LOAD points per programme year', () => {
  it('expects 60 points a year and the fraction in the last half year', () => {
    expect([1, 2, 3, 4].map((y) => expectedPointsForYear(y, 42, 60))).toEqual([60, 60, 60, 30]);
    expect(expectedPointsForYear(3, 40, 60)).toBe(60);
    expect(expectedPointsForYear(4, 40, 60)).toBeCloseTo(20);
    expect(expectedPointsForYear(5, 42, 60)).toBe(0);
  });

  it('accepts 60 + 60 + 60 + 30 over 3.5 years', () => {
    const c = halfYearCurriculum();
    expect(computeYearLoads(c)).toEqual([
      { year: 1, points: 60, expected: 60 },
      { year: 2, points: 60, expected: 60 },
      { year: 3, points: 60, expected: 60 },
      { year: 4, points: 30, expected: 30 },
    ]);
    expect(checkYearLoad(c)).toEqual([]);
  });

  it('warns when the half year carries a full year of points, on its first unit', () => {
    const findings = checkYearLoad(halfYearCurriculum(60));
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ECVET-YEAR-LOAD', severity: 'warning', path: 'units[9]' }),
    ]);
    expect(findings[0].message).toBe('Year 4 schedules 60 ECVET points; 30 ± 5 are expected.');
    expect(findings[0].messages['de']).toBe(
      'Im Ausbildungsjahr 4 sind 60 ECVET-Punkte geplant; erwartet werden 30 ± 5.',
    );
  });

  it('counts an elective group once, in the earliest year of its units', () => {
    // Move one WP-1 option to year 3: the group's 20 points stay in year 2.
    const c = withUnit(validCurriculum(), 6, { year: 3 });
    expect(computeYearLoads(c).map((l) => l.points)).toEqual([60, 60, 60]);
    // Move both options to year 3: year 2 lacks 20, year 3 has 20 too many.
    const moved = withUnit(c, 5, { year: 3 });
    expect(computeYearLoads(moved).map((l) => l.points)).toEqual([60, 40, 80]);
    expect(checkYearLoad(moved).map((f) => f.path)).toEqual(['units[3]', 'units[5]']);
  });

  it('stays within the tolerance and warns just beyond it', () => {
    const c = validCurriculum({
      thresholds: { ...validCurriculum().thresholds, yearLoadTolerance: 5 },
    });
    expect(checkYearLoad(withUnit(c, 0, { ecvetPoints: 25 }))).toEqual([]);
    expect(checkYearLoad(withUnit(c, 0, { ecvetPoints: 25.5 }))).toHaveLength(1);
  });

  it('warns about an empty programme year with the path units', () => {
    const c = validCurriculum();
    const noYear3 = { ...c, units: c.units.filter((u) => u.year !== 3) };
    expect(checkYearLoad(noYear3)).toEqual([expect.objectContaining({ path: 'units' })]);
  });

  it('adds up to mandatory points + elective requirements (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            points: fc.integer({ min: 1, max: 60 }),
            mandatory: fc.boolean(),
            group: fc.integer({ min: 0, max: 3 }),
            year: fc.integer({ min: 1, max: 4 }),
          }),
          { maxLength: 25 },
        ),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 4 }),
        (specs, required) => {
          const units = specs.map((s, i) =>
            buildUnit({
              id: `u${i}`,
              code: `U-${i}`,
              ecvetPoints: s.points,
              mandatory: s.mandatory,
              electiveGroup: s.mandatory ? null : `G${s.group}`,
              year: s.year,
            }),
          );
          const groups = required.map((pointsRequired, g) => ({
            code: `G${g}`,
            title: text('Group', 'Gruppe'),
            pointsRequired,
          }));
          const c = validCurriculum({ durationMonths: 48, units, electiveGroups: groups });
          const loads = computeYearLoads(c);
          const total = loads.reduce((sum, l) => sum + l.points, 0);
          const mandatory = specs.filter((s) => s.mandatory).reduce((sum, s) => sum + s.points, 0);
          const withUnits = groups.filter((_, g) =>
            specs.some((s) => !s.mandatory && s.group === g),
          );
          const requiredSum = withUnits.reduce((sum, g) => sum + g.pointsRequired, 0);
          expect(total).toBe(mandatory + requiredSum);
          expect(loads.map((l) => l.year)).toEqual([1, 2, 3, 4]);
          expect(loads.every((l) => l.expected === 60)).toBe(true);
        },
      ),
    );
  });
});

describe('ECVET-YEAR-RANGE schedule within the programme', () => {
  it('accepts units and WBL periods inside the programme', () => {
    expect(checkYearRange(validCurriculum())).toEqual([]);
    expect(checkYearRange(halfYearCurriculum())).toEqual([]);
  });

  it('reports a year beyond ceil(durationMonths / 12) and a year below 1', () => {
    let c = withUnit(validCurriculum(), 8, { year: 4 });
    c = withUnit(c, 0, { year: 0 });
    c = withWbl(c, 0, { year: 7 });
    const findings = checkYearRange(c);
    expect(findings.map((f) => f.path)).toEqual([
      'units[0].year',
      'units[8].year',
      'workBasedLearning[0].year',
    ]);
    expect(findings.every((f) => f.ruleId === 'ECVET-YEAR-RANGE' && f.severity === 'error')).toBe(
      true,
    );
    expect(findings[1].message).toBe(
      'Unit CNC-09 is scheduled in year 4, but the programme of 36 months has years 1 to 3 only.',
    );
    expect(findings[2].messages['de']).toContain('Betriebliche Phase 1 „Company placement“');
  });

  it('reports a fractional year and an invalid term', () => {
    const c = withUnit(withUnit(validCurriculum(), 1, { year: 1.5 }), 2, { term: 0 });
    expect(checkYearRange(c).map((f) => f.path)).toEqual(['units[1].year', 'units[2].term']);
  });

  it('reports a term beyond the four a year has at most (quarters)', () => {
    const c = withUnit(validCurriculum(), 2, { term: 7 });
    const findings = checkYearRange(c);
    expect(findings.map((f) => f.path)).toEqual(['units[2].term']);
    expect(findings[0].message).toContain('a whole number from 1 to 4 (found: 7)');
    expect(checkYearRange(withUnit(validCurriculum(), 2, { term: 4 }))).toEqual([]);
  });

  it('skips the year load when the duration is unusable', () => {
    expect(checkYearLoad(validCurriculum({ durationMonths: Number.NaN }))).toEqual([]);
  });
});
