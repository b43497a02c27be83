import { validCurriculum, withThresholds, withWbl } from './testing/curriculum-builder';
import { checkWblCoverage } from './wbl-coverage';
import { checkWblShare, computeWblShare } from './wbl-share';

describe('ECVET-WBL-COVERAGE work-based learning periods cover units', () => {
  it('accepts a period covering an existing unit and one of its outcomes', () => {
    expect(checkWblCoverage(validCurriculum())).toEqual([]);
  });

  it('reports a period that covers no unit', () => {
    const findings = checkWblCoverage(
      withWbl(validCurriculum(), 0, { unitIds: [], outcomeIds: [] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-WBL-COVERAGE',
        severity: 'error',
        path: 'workBasedLearning[0].unitIds',
        message: 'Work-based learning period 1 "Company placement" covers no unit.',
      }),
    ]);
    expect(findings[0].messages['de']).toBe(
      'Die betriebliche Phase 1 „Company placement“ deckt keine Einheit ab.',
    );
  });

  it('reports unknown unit and outcome ids as errors', () => {
    const c = withWbl(validCurriculum(), 0, {
      unitIds: ['u5', 'gone'],
      outcomeIds: ['u5-o1', 'nowhere'],
    });
    expect(checkWblCoverage(c).map((f) => [f.path, f.severity])).toEqual([
      ['workBasedLearning[0].unitIds[1]', 'error'],
      ['workBasedLearning[0].outcomeIds[1]', 'error'],
    ]);
  });

  it('warns about an outcome whose unit the period does not cover', () => {
    const c = withWbl(validCurriculum(), 0, { outcomeIds: ['u5-o1', 'u4-o2'] });
    expect(checkWblCoverage(c)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'workBasedLearning[0].outcomeIds[1]',
        message:
          'Work-based learning period 1 "Company placement" lists outcome 2 of unit CNC-04, but does not cover the unit itself.',
      }),
    ]);
  });

  it.each([0, -8, Number.NaN])('reports a duration of %p hours', (hours) => {
    const findings = checkWblCoverage(withWbl(validCurriculum(), 0, { durationHours: hours }));
    expect(findings.map((f) => f.path)).toEqual(['workBasedLearning[0].durationHours']);
  });
});

describe('ECVET-WBL-SHARE share of the programme in work-based learning', () => {
  it('computes hours and share: 320 of 3 × 1600 hours', () => {
    expect(computeWblShare(validCurriculum())).toEqual({
      wblHours: 320,
      programmeHours: 4800,
      share: 0.067,
    });
  });

  it('warns about a period longer than a whole programme year, at its hours', () => {
    const c = withWbl(validCurriculum(), 0, { durationHours: 3000, term: null });
    expect(checkWblShare(c)).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-WBL-SHARE',
        severity: 'warning',
        path: 'workBasedLearning[0].durationHours',
        message:
          'Work-based learning period 1 "Company placement" lasts 3000 hours, more than the 1600 hours of a whole programme year.',
      }),
    ]);
    expect(
      checkWblShare(withWbl(validCurriculum(), 0, { durationHours: 1600, term: null })),
    ).toEqual([]);
  });

  it('warns about the periods of one term that take more than its hours, at the first', () => {
    // 1,600 hours a year in 2 terms: 800 a term; year 2, term 2 gets 500 + 400.
    let c = withWbl(validCurriculum(), 0, { durationHours: 500 });
    c = {
      ...c,
      workBasedLearning: [
        ...c.workBasedLearning,
        { ...c.workBasedLearning[0], id: 'w2', durationHours: 400 },
      ],
    };
    expect(checkWblShare(c).map((f) => [f.path, f.message])).toEqual([
      [
        'workBasedLearning[0].durationHours',
        'Work-based learning in year 2, term 2 takes 900 hours, more than the 800 hours of a term (1600 a year in 2 terms).',
      ],
    ]);
    // At half-time a term has 400 hours; a period over the whole year is checked by the year.
    const half = { ...withWbl(validCurriculum(), 0, { durationHours: 500 }), intensity: 0.5 };
    expect(checkWblShare(half).map((f) => f.message)).toEqual([
      'Work-based learning in year 2, term 2 takes 500 hours, more than the 400 hours of a term (800 a year in 2 terms).',
    ]);
    expect(
      checkWblShare({
        ...half,
        workBasedLearning: half.workBasedLearning.map((p) => ({ ...p, term: null })),
      }),
    ).toEqual([]);
  });

  it('is silent when no minimum is configured', () => {
    expect(checkWblShare(validCurriculum())).toEqual([]);
  });

  it('warns below the configured minimum and names hours and percentages', () => {
    const c = withThresholds(validCurriculum(), { minWblShare: 0.2 });
    const findings = checkWblShare(c);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-WBL-SHARE',
        severity: 'warning',
        path: 'workBasedLearning',
        message:
          'Work-based learning takes 320 of 4800 programme hours (6.67 %); at least 20 % are expected.',
      }),
    ]);
    expect(findings[0].messages['de']).toContain('(6,67 %)');
  });

  it('accepts a share at the minimum', () => {
    const c = withWbl(withThresholds(validCurriculum(), { minWblShare: 0.25 }), 0, {
      durationHours: 1200,
      term: null,
    });
    expect(checkWblShare(c)).toEqual([]);
  });
});
