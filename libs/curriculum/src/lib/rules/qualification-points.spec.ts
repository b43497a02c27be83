import fc from 'fast-check';
import { checkQualificationPoints, expectedQualificationPoints } from './qualification-points';

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
