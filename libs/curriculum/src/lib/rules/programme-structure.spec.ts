import { checkElectivePoints, reachable } from './elective-points';
import { checkPrerequisites } from './prerequisites';
import { buildUnit, validCurriculum, withUnit } from './testing/curriculum-builder';
import { checkWblCoverage } from './wbl-coverage';
import { checkWblShare } from './wbl-share';

/** Issue #17: choice rules, prerequisites and work-based learning that fit a real programme. */
describe('programme structure', () => {
  it("ECVET-R2 warns when no choice of a group's units makes exactly the points it requires", () => {
    const c = validCurriculum();
    const electives = c.units.filter((u) => !u.mandatory).map((u) => u.ecvetPoints);
    expect(checkElectivePoints(c)).toEqual([]);
    // 15 + 15 can make 15 or 30, never 20.
    const odd = {
      ...c,
      units: c.units.map((u) => (u.mandatory ? u : { ...u, ecvetPoints: 15 })),
    };
    expect(electives.length).toBeGreaterThan(1);
    const findings = checkElectivePoints(odd).filter((f) => f.severity === 'warning');
    expect(findings.map((f) => f.path)).toEqual(['electiveGroups[0].pointsRequired']);
    expect(findings[0].message).toContain('no choice of its units makes exactly that');
  });

  it('computes subset sums to the cent, and declines numbers too large to check cheaply', () => {
    expect(reachable([15, 15], 20)).toBe(false);
    expect(reachable([15, 5, 7.5], 12.5)).toBe(true);
    expect(reachable([10, 10], 20)).toBe(true);
    expect(reachable([1], 5000)).toBeUndefined();
  });

  it('ECVET-PREREQ refuses a mandatory unit that requires an elective one', () => {
    const c = validCurriculum();
    const elective = c.units.findIndex((u) => !u.mandatory);
    const mandatory = c.units.findIndex(
      (u, i) => u.mandatory && u.year > c.units[elective].year && i !== elective,
    );
    const patched = withUnit(c, mandatory, { prerequisites: [c.units[elective].id] });
    const findings = checkPrerequisites(patched).filter((f) => /elective unit/.test(f.message));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      path: `units[${mandatory}].prerequisites[0]`,
    });
  });

  it('ECVET-WBL-COVERAGE warns of a period before its units, one of electives only, one without assessment', () => {
    const c = validCurriculum();
    const period = c.workBasedLearning[0];
    const late = c.units.find((u) => u.year > 1) ?? buildUnit();
    const early = { ...period, year: 1, term: 1, unitIds: [late.id], assessment: {} };
    const findings = checkWblCoverage({ ...c, workBasedLearning: [early] });
    expect(findings.map((f) => [f.severity, f.path])).toEqual(
      expect.arrayContaining([
        ['warning', 'workBasedLearning[0].year'],
        ['warning', 'workBasedLearning[0].assessment'],
      ]),
    );
    const electives = c.units.filter((u) => !u.mandatory).map((u) => u.id);
    const onlyElectives = checkWblCoverage({
      ...c,
      workBasedLearning: [{ ...period, unitIds: electives, outcomeIds: [] }],
    });
    expect(onlyElectives.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('covers only elective or add-on units')]),
    );
    expect(checkWblCoverage(c)).toEqual([]);
  });

  it('ECVET-WBL-SHARE warns when work-based learning takes more hours than the whole programme', () => {
    const c = validCurriculum();
    const period = c.workBasedLearning[0];
    // 36 months of 1,600 hours a year: 4,800 hours; four periods of 1,500 hours are more (each
    // over a whole year, so that no term is over-full).
    const periods = [1, 2, 3, 4].map((n) => ({
      ...period,
      id: `w${n}`,
      year: ((n - 1) % 3) + 1,
      term: null,
      durationHours: 1500,
    }));
    const findings = checkWblShare({ ...c, workBasedLearning: periods });
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['warning', 'workBasedLearning']]);
    expect(findings[0].message).toBe(
      'Work-based learning takes 6000 hours, more than the 4800 hours of the whole programme (36 months).',
    );
    expect(checkWblShare(c)).toEqual([]);
  });
});
