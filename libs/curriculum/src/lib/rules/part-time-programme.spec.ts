import { checkCurriculumQualificationPoints } from './qualification-points';
import { validCurriculum } from './testing/curriculum-builder';
import { validateCurriculum } from './validate-curriculum';
import { checkWblShare } from './wbl-share';
import { computeYearLoads, checkYearRange } from './year-load';

/**
 * Issue #17: ECVET points belong to the qualification's reference full-time programme; the
 * programme that delivers it may be part-time, shortened or extended.
 */
describe('part-time programmes', () => {
  /** The valid 3-year, 180-point qualification, delivered at half time over 6 years. */
  const halfTime = () => {
    const c = validCurriculum();
    return {
      ...c,
      durationMonths: 72,
      referenceDurationMonths: 36,
      intensity: 0.5,
      fullTime: false,
      units: c.units.map((u) => ({ ...u, year: u.year * 2, term: null })),
      workBasedLearning: c.workBasedLearning.map((w) => ({ ...w, year: w.year * 2, term: null })),
    };
  };

  it('takes the points of the reference duration (180 for 3 years), not of the 6 delivered years', () => {
    const c = halfTime();
    expect(checkCurriculumQualificationPoints(c)).toEqual([]);
    const findings = validateCurriculum(c).findings;
    expect(findings.filter((f) => f.ruleId === 'ECVET-R1')).toEqual([]);
    expect(validateCurriculum(c).summary.expectedPoints).toBe(180);
  });

  it('schedules units in all 6 delivered years, each expecting half a full-time year of points', () => {
    const c = halfTime();
    expect(checkYearRange(c)).toEqual([]);
    expect(computeYearLoads(c).map((y) => y.expected)).toEqual([30, 30, 30, 30, 30, 30]);
  });

  it('warns, with the arithmetic, when the delivered duration at its intensity is not the reference', () => {
    const c = { ...halfTime(), durationMonths: 60 };
    const findings = checkCurriculumQualificationPoints(c);
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['warning', 'durationMonths']]);
    expect(findings[0].message).toBe(
      "The programme runs 5 years at 50 % of full time, which is 2.5 full-time years; the qualification's reference duration is 3 years.",
    );
  });

  it('reports a missing reference duration at its own field', () => {
    const c = { ...halfTime(), referenceDurationMonths: 0 };
    expect(checkCurriculumQualificationPoints(c).map((f) => f.path)).toContain(
      'referenceDurationMonths',
    );
  });

  it('expects at least half of the hours at the workplace in dual training, unless the curriculum sets its own minimum', () => {
    const c = { ...validCurriculum(), programmeForm: 'dual' as const };
    const findings = checkWblShare(c);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/at least 50 % are expected in dual training\.$/),
    ]);
    expect(checkWblShare(validCurriculum())).toEqual([]);
    const own = { ...c, thresholds: { ...c.thresholds, minWblShare: 0.05 } };
    expect(checkWblShare(own)).toEqual([]);
    // Half-time: half the hours of a full-time year in each delivered year.
    const part = halfTime();
    expect(validateCurriculum(part).summary.programmeHours).toBe(4800);
  });
});
