import fc from 'fast-check';
import {
  checkCurriculumQualificationPoints,
  checkQualificationPoints,
  expectedQualificationPoints,
} from './qualification-points';
import { validCurriculum, withThresholds } from './testing/curriculum-builder';

describe('ECVET-R1 qualification points', () => {
  it('accepts 210 points for the 3.5-year Zerspanungsmechaniker programme', () => {
    expect(expectedQualificationPoints(42)).toBe(210);
    expect(checkQualificationPoints({ durationMonths: 42, ecvetPoints: 210 })).toEqual([]);
  });

  it('reports a mismatch on ecvetPoints in English and German', () => {
    const [result, ...rest] = checkQualificationPoints({ durationMonths: 36, ecvetPoints: 200 });
    expect(rest).toHaveLength(0);
    expect(result).toMatchObject({ ruleId: 'ECVET-R1', severity: 'error', path: 'ecvetPoints' });
    expect(result.message).toContain('give 180');
    expect(result.messages['de']).toContain('ergeben 180');
  });

  it('honours a configured number of points per year', () => {
    expect(checkQualificationPoints({ durationMonths: 24, ecvetPoints: 100 }, 50)).toEqual([]);
  });

  it('reports a duration that is not positive', () => {
    expect(checkQualificationPoints({ durationMonths: 0, ecvetPoints: 0 })[0].path).toBe(
      'durationMonths',
    );
  });

  it('accepts exactly the expected points for any whole number of years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 120 }),
        (years, perYear) => {
          const points = expectedQualificationPoints(years * 12, perYear);
          expect(points).toBe(years * perYear);
          expect(
            checkQualificationPoints({ durationMonths: years * 12, ecvetPoints: points }, perYear),
          ).toEqual([]);
          expect(
            checkQualificationPoints(
              { durationMonths: years * 12, ecvetPoints: points + 1 },
              perYear,
            ),
          ).toHaveLength(1);
        },
      ),
    );
  });
});

describe('ECVET-R1 on a whole curriculum', () => {
  it('uses thresholds.pointsPerYear of the curriculum', () => {
    expect(checkCurriculumQualificationPoints(validCurriculum())).toEqual([]);
    const c = withThresholds(validCurriculum(), { pointsPerYear: 50 });
    expect(checkCurriculumQualificationPoints(c)).toEqual([
      expect.objectContaining({ ruleId: 'ECVET-R1', path: 'ecvetPoints' }),
    ]);
  });

  it('reports points that are not a number', () => {
    const [result] = checkCurriculumQualificationPoints(
      validCurriculum({ ecvetPoints: Number.NaN }),
    );
    expect(result.path).toBe('ecvetPoints');
    expect(result.messages['de']).toContain('keine Zahl');
  });

  it('accepts exactly points per year × months / 12 for any duration (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (months, perYear) => {
          const expected = expectedQualificationPoints(months, perYear);
          expect(Math.abs(expected - (perYear * months) / 12)).toBeLessThanOrEqual(0.5);
          const c = withThresholds(
            validCurriculum({ durationMonths: months, referenceDurationMonths: months }),
            {
              pointsPerYear: perYear,
            },
          );
          const check = (ecvetPoints: number) =>
            checkCurriculumQualificationPoints({ ...c, ecvetPoints });
          expect(check(expected)).toEqual([]);
          expect(check(expected + 1)).toHaveLength(1);
          expect(check(expected - 0.5)).toHaveLength(1);
        },
      ),
    );
  });
});

describe('ECVET-R1 with half months and half points', () => {
  it('takes 42.5 months as 212.5 points, and reports 213 for them', () => {
    expect(expectedQualificationPoints(42.5)).toBe(212.5);
    expect(checkQualificationPoints({ durationMonths: 42.5, ecvetPoints: 212.5 })).toEqual([]);
    expect(checkQualificationPoints({ durationMonths: 42.5, ecvetPoints: 213 })).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'The qualification has 213 ECVET points; 3.54 years of full-time VET at 60 points a year give 212.5.',
      }),
    ]);
  });
});
