import { checkThresholds } from './thresholds';
import { nonsense, validCurriculum, withThresholds } from './testing/curriculum-builder';
import { validateCurriculum } from './validate-curriculum';

describe('ECVET-THRESHOLDS usable thresholds', () => {
  it('accepts the default thresholds', () => {
    expect(checkThresholds(validCurriculum())).toEqual([]);
  });

  it('reports every unusable threshold on its path', () => {
    const c = withThresholds(validCurriculum(), {
      pointsPerYear: 0,
      yearLoadTolerance: -1,
      hoursPerYear: Number.NaN,
      minWblShare: 1.5,
    });
    const findings = checkThresholds(c);
    expect(findings.map((f) => f.path)).toEqual([
      'thresholds.pointsPerYear',
      'thresholds.yearLoadTolerance',
      'thresholds.hoursPerYear',
      'thresholds.minWblShare',
    ]);
    expect(findings[0].messages['de']).toBe(
      'Der Schwellenwert pointsPerYear muss eine ganze Zahl von 1 bis 200 sein (gefunden: 0).',
    );
  });

  it('reports thresholds beyond the limits the API and the importers apply (a CSV stored 500 and 9000)', () => {
    const c = withThresholds(validCurriculum(), {
      pointsPerYear: 500,
      yearLoadTolerance: 2.5,
      hoursPerYear: 9000,
      minWblShare: 0.25,
    });
    const findings = checkThresholds(c);
    expect(findings.map((f) => f.path)).toEqual([
      'thresholds.pointsPerYear',
      'thresholds.yearLoadTolerance',
      'thresholds.hoursPerYear',
    ]);
    expect(findings[2].messages['en']).toBe(
      'The threshold hoursPerYear must be a whole number from 100 to 4000 (found: 9000).',
    );
  });

  it('skips the rules that depend on an unusable threshold instead of reporting nonsense', () => {
    const c = nonsense({ ...validCurriculum(), thresholds: null });
    const ids = validateCurriculum(c).findings.map((f) => f.ruleId);
    expect(new Set(ids)).toEqual(new Set(['ECVET-THRESHOLDS']));
    expect(ids).toHaveLength(4);
  });
});
