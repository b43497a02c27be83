import { checkEqfLevels } from './eqf-levels';
import { validCurriculum } from './testing/curriculum-builder';

const nqf = (nqfLevel: number | null, institutionCountry?: string | null, eqfLevel = 4) =>
  checkEqfLevels(validCurriculum({ nqfLevel, eqfLevel, institutionCountry })).map((f) => [
    f.severity,
    f.path,
    f.message,
  ]);

describe('ECVET-R4: the NQF level against the country framework', () => {
  it('accepts a level the country references to the qualification EQF level', () => {
    expect(nqf(4, 'DE')).toEqual([]);
    expect(nqf(4, 'lt')).toEqual([]);
    expect(nqf(5, 'IE', 4)).toEqual([]); // Irish NFQ level 5 is EQF level 4
    expect(nqf(null, 'DE')).toEqual([]);
  });

  it('refuses a level outside the country framework, or outside 1..10 when it is not known', () => {
    expect(nqf(9, 'DE')).toEqual([
      [
        'error',
        'nqfLevel',
        'The NQF level must be a whole number from 1 to 8, the levels of the DQR (DE); found: 9.',
      ],
    ]);
    expect(nqf(9, 'IE', 7)).toEqual([]);
    expect(nqf(11, 'IE')[0][2]).toContain('from 1 to 10, the levels of the NFQ (IE)');
    expect(nqf(10, undefined)).toEqual([]);
    expect(nqf(0, 'XX')).toEqual([
      ['error', 'nqfLevel', 'The NQF level must be a whole number from 1 to 10; found: 0.'],
    ]);
    expect(nqf(4.5, null)[0][0]).toBe('error');
  });

  it('warns when the framework references the level to another EQF level', () => {
    expect(nqf(5, 'LV', 4)).toEqual([
      [
        'warning',
        'nqfLevel',
        'Level 5 of the LKI (LV) is referenced to EQF level 5, but the qualification states EQF level 4.',
      ],
    ]);
    expect(nqf(4, 'IE', 4)[0][2]).toBe(
      'Level 4 of the NFQ (IE) is referenced to EQF level 3, but the qualification states EQF level 4.',
    );
    // No correspondence is known for a country without a listed framework.
    expect(nqf(6, 'FR', 4)).toEqual([]);
  });
});
