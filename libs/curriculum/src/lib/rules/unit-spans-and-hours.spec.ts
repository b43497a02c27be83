import { checkPrerequisites } from './prerequisites';
import { validCurriculum, withUnit, withWbl } from './testing/curriculum-builder';
import { checkYearLoad, checkYearRange, computeYearLoads } from './year-load';

/*
 * The builder's curriculum: 3 years, 60 points a year; u8 and u9 are year-3 units of 30 points;
 * its WBL period w1 lasts 320 hours in year 2.
 */

describe('units spanning terms or years', () => {
  it('counts the points of a unit spanning years evenly in each year', () => {
    // u8 (30 points, year 3) now runs from year 2 to year 3: 15 in each.
    const spanning = withUnit(validCurriculum(), 7, { year: 2, term: null, endYear: 3 });
    const loads = Object.fromEntries(computeYearLoads(spanning).map((l) => [l.year, l.points]));
    const before = Object.fromEntries(
      computeYearLoads(validCurriculum()).map((l) => [l.year, l.points]),
    );
    expect(loads[2]).toBe(before[2] + 15);
    expect(loads[3]).toBe(before[3] - 15);
  });

  it('refuses an end outside the programme or before the start', () => {
    const late = withUnit(validCurriculum(), 7, { endYear: 4 });
    expect(checkYearRange(late)).toEqual([
      expect.objectContaining({ severity: 'error', path: 'units[7].endYear' }),
    ]);
    const backwards = withUnit(validCurriculum(), 4, { year: 2, term: 2, endYear: 2, endTerm: 1 });
    expect(checkYearRange(backwards)).toEqual([
      {
        ruleId: 'ECVET-YEAR-RANGE',
        severity: 'error',
        path: 'units[4].endYear',
        message: 'Unit CNC-05 ends (year 2, term 1) before it starts (year 2, term 2).',
        messages: expect.objectContaining({ de: expect.stringContaining('endet') }),
      },
    ]);
    expect(checkYearRange(withUnit(validCurriculum(), 7, { year: 2, endYear: 3 }))).toEqual([]);
  });

  it('wants a prerequisite that spans terms to have ended before the unit starts', () => {
    // u3 (year 1, term 2) requires u2 (year 1, term 1); u2 now runs into term 2.
    const overlapping = withUnit(validCurriculum(), 1, { endYear: 1, endTerm: 2 });
    expect(checkPrerequisites(validCurriculum())).toEqual([]);
    expect(checkPrerequisites(overlapping)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'units[2].prerequisites[0]',
        message: expect.stringContaining('same period as its prerequisite CNC-02 (year 1, term 2)'),
      }),
    ]);
  });
});

describe('hours of guided learning', () => {
  it('warns of a year whose guided and work-based hours exceed the programme hours', () => {
    // Year 2: 1,300 guided hours + 320 WBL hours > 1,600.
    const heavy = withUnit(withUnit(validCurriculum(), 3, { guidedHours: 700 }), 4, {
      guidedHours: 600,
    });
    expect(checkYearLoad(heavy)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'units[3].guidedHours',
        message:
          "Year 2 plans 1300 hours of guided learning and 320 of work-based learning, together 1620: more than the programme's 1600 hours of that year.",
      }),
    ]);
    // Within the hours, or without any hours stated: nothing.
    expect(checkYearLoad(withWbl(heavy, 0, { durationHours: 300 }))).toEqual([]);
    expect(checkYearLoad(validCurriculum())).toEqual([]);
  });
});
