import { checkPrerequisites } from './prerequisites';
import { buildUnit, validCurriculum, withUnit } from './testing/curriculum-builder';
import type { ValidatableCurriculum } from './validatable-curriculum';

const prereqFindings = (c: ValidatableCurriculum) =>
  checkPrerequisites(c).map((f) => ({ path: f.path, message: f.message }));

describe('ECVET-PREREQ prerequisites: existence, cycles and order', () => {
  it('accepts prerequisites scheduled in earlier periods', () => {
    expect(checkPrerequisites(validCurriculum())).toEqual([]);
  });

  it('reports an unknown id, an empty entry and a unit that requires itself', () => {
    const c = withUnit(validCurriculum(), 1, { prerequisites: ['u99', '', 'u2'] });
    const findings = checkPrerequisites(c);
    expect(findings.map((f) => f.path)).toEqual([
      'units[1].prerequisites[0]',
      'units[1].prerequisites[1]',
      'units[1].prerequisites[2]',
    ]);
    expect(findings[0].message).toBe(
      'Unit CNC-02 requires "u99", which is no unit of this curriculum.',
    );
    expect(findings[2].message).toBe('Unit CNC-02 is its own prerequisite.');
    expect(findings[2].messages['de']).toBe('Einheit CNC-02 ist ihre eigene Voraussetzung.');
    expect(findings.every((f) => f.severity === 'error' && f.ruleId === 'ECVET-PREREQ')).toBe(true);
  });

  it('reports a cycle once, on its first unit, listing the codes', () => {
    // CNC-02 requires CNC-03, which already requires CNC-02.
    const c = withUnit(validCurriculum(), 1, { prerequisites: ['u3'] });
    expect(prereqFindings(c)).toEqual([
      {
        path: 'units[1].prerequisites',
        message: 'Prerequisite cycle: CNC-02 → CNC-03 → CNC-02 (each unit requires the next one).',
      },
    ]);
  });

  it('reports two cycles through the same unit separately, and a longer cycle with all its codes', () => {
    // u1 → u2 → u1 and u1 → u3 → u1, all in year 1; u4 → u5 → u8 → u4 across years.
    let c = withUnit(validCurriculum(), 0, { prerequisites: ['u2', 'u3'] });
    c = withUnit(c, 1, { prerequisites: ['u1'] });
    c = withUnit(c, 2, { prerequisites: ['u1'] });
    c = withUnit(c, 3, { prerequisites: ['u8'] });
    const cycles = checkPrerequisites(c)
      .filter((f) => f.message.startsWith('Prerequisite cycle'))
      .map((f) => f.message);
    expect(cycles).toEqual([
      'Prerequisite cycle: CNC-01 → CNC-02 → CNC-01 (each unit requires the next one).',
      'Prerequisite cycle: CNC-01 → CNC-03 → CNC-01 (each unit requires the next one).',
      'Prerequisite cycle: CNC-04 → CNC-08 → CNC-05 → CNC-04 (each unit requires the next one).',
    ]);
    // No order findings for the edges inside the cycles: the cycle says it all.
    expect(checkPrerequisites(c)).toHaveLength(3);
  });

  it('reports a unit scheduled before its prerequisite', () => {
    // CNC-09 (year 3) becomes a prerequisite of CNC-04 (year 2).
    const c = withUnit(validCurriculum(), 3, { prerequisites: ['u3', 'u9'] });
    expect(prereqFindings(c)).toEqual([
      {
        path: 'units[3].prerequisites[1]',
        message:
          'Unit CNC-04 (year 2, term 1) is scheduled before its prerequisite CNC-09 (year 3).',
      },
    ]);
    expect(checkPrerequisites(c)[0].messages['de']).toBe(
      'Einheit CNC-04 (Jahr 2, Abschnitt 1) liegt vor ihrer Voraussetzung CNC-09 (Jahr 3).',
    );
  });

  it('treats the same term and a whole-year unit as the same period', () => {
    const sameTerm = withUnit(validCurriculum(), 2, { term: 1 }); // CNC-03 with CNC-02 in term 1
    expect(checkPrerequisites(sameTerm)).toEqual([
      expect.objectContaining({
        path: 'units[2].prerequisites[0]',
        message: expect.stringContaining('in the same period as its prerequisite CNC-02'),
      }),
    ]);
    const wholeYear = withUnit(validCurriculum(), 1, { term: null }); // CNC-02 spans year 1
    expect(checkPrerequisites(wholeYear).map((f) => f.path)).toEqual(['units[2].prerequisites[0]']);
    const laterTerm = withUnit(validCurriculum(), 2, { term: 3 });
    expect(checkPrerequisites(laterTerm)).toEqual([]);
  });

  it('terminates and reports on a large dense cycle', () => {
    const base = validCurriculum();
    const units = Array.from({ length: 40 }, (_, i) =>
      buildUnit({
        id: `d${i}`,
        code: `D-${i}`,
        prerequisites: Array.from({ length: 40 }, (_, j) => `d${j}`).filter((id) => id !== `d${i}`),
      }),
    );
    const findings = checkPrerequisites({ ...base, units });
    const cycles = findings.filter((f) => f.message.startsWith('Prerequisite cycle'));
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles.length).toBeLessThanOrEqual(25);
    expect(cycles[0].path).toBe('units[0].prerequisites');
  });
});
