import { checkEqfLevels, isValidEqfLevel } from './eqf-levels';
import { validCurriculum, withUnit } from './testing/curriculum-builder';

describe('ECVET-R4 EQF levels', () => {
  it('accepts integer levels from 1 to 8', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].every(isValidEqfLevel)).toBe(true);
    expect([0, 9, 4.5, -1, Number.NaN, null].some(isValidEqfLevel)).toBe(false);
    expect(checkEqfLevels(validCurriculum())).toEqual([]);
  });

  it.each([0, 9, 3.5])('reports the curriculum level %p on eqfLevel', (level) => {
    const findings = checkEqfLevels(validCurriculum({ eqfLevel: level }));
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ECVET-R4', severity: 'error', path: 'eqfLevel' }),
    ]);
    expect(findings[0].messages['de']).toContain('ganze Zahl von 1 bis 8');
  });

  it('reports a missing curriculum level', () => {
    const findings = checkEqfLevels(validCurriculum({ eqfLevel: undefined as unknown as number }));
    expect(findings.map((f) => f.path)).toEqual(['eqfLevel']);
  });

  it('reports unit levels outside 1..8 as errors and above the qualification as a warning', () => {
    let c = withUnit(validCurriculum(), 0, { eqfLevel: 9 });
    c = withUnit(c, 1, { eqfLevel: 5 });
    c = withUnit(c, 2, { eqfLevel: 3 });
    const findings = checkEqfLevels(c);
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      ['units[0].eqfLevel', 'error'],
      ['units[1].eqfLevel', 'warning'],
    ]);
    expect(findings[1].message).toBe(
      "Unit CNC-02 is at EQF level 5, above the qualification's level 4.",
    );
  });

  it('does not compare unit levels with an invalid curriculum level', () => {
    const c = withUnit(validCurriculum({ eqfLevel: 0 }), 0, { eqfLevel: 5 });
    expect(checkEqfLevels(c).map((f) => f.path)).toEqual(['eqfLevel']);
  });
});
