import fc from 'fast-check';
import { checkElectivePoints } from './elective-points';
import { buildUnit, text, validCurriculum, withUnit } from './testing/curriculum-builder';
import type { ValidatableUnit } from './validatable-curriculum';

describe('ECVET-R2 mandatory points + elective pathway points = qualification points', () => {
  it('accepts 160 mandatory points + 20 required from WP-1 = 180', () => {
    expect(checkElectivePoints(validCurriculum())).toEqual([]);
  });

  it('reports a mismatch on ecvetPoints with both sums, in English and German', () => {
    const c = withUnit(validCurriculum(), 0, { ecvetPoints: 25 });
    const findings = checkElectivePoints(c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'ECVET-R2',
      severity: 'error',
      path: 'ecvetPoints',
    });
    expect(findings[0].message).toBe(
      'Mandatory units carry 165 ECVET points and the elective groups require 20; together 185, but the qualification has 180.',
    );
    expect(findings[0].messages['de']).toContain('Pflichteinheiten haben 165 ECVET-Punkte');
  });

  it("never reports sums that read the same: 209.999 is the qualification's 210 at the precision shown", () => {
    const c = validCurriculum();
    const first = c.units[0].ecvetPoints;
    // Rounding noise of imported decimals: mandatory points off by a thousandth.
    const noisy = withUnit(c, 0, { ecvetPoints: first - 0.001 });
    expect(checkElectivePoints(noisy)).toEqual([]);
    // A difference that shows is still reported, with different numbers.
    const off = checkElectivePoints(withUnit(c, 0, { ecvetPoints: first - 0.01 }));
    expect(off).toHaveLength(1);
    expect(off[0].message).toMatch(/together 179\.99, but the qualification has 180\./);
  });

  it('does not count elective units in full, only the points their group requires', () => {
    // A third 20-point option in WP-1 changes nothing: the pathway still takes 20 points.
    const c = validCurriculum();
    const more = {
      ...c,
      units: [
        ...c.units,
        buildUnit({
          id: 'u10',
          code: 'CNC-10',
          year: 2,
          term: 2,
          mandatory: false,
          electiveGroup: 'WP-1',
        }),
      ],
    };
    expect(checkElectivePoints(more)).toEqual([]);
  });

  it('reports an elective group whose units offer fewer points than it requires', () => {
    const c = validCurriculum({
      ecvetPoints: 180,
      electiveGroups: [{ code: 'WP-1', title: text('Options', 'Optionen'), pointsRequired: 20 }],
    });
    const fewer = withUnit(withUnit(c, 5, { ecvetPoints: 5 }), 6, { ecvetPoints: 10 });
    const findings = checkElectivePoints(fewer);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-R2',
        severity: 'error',
        path: 'electiveGroups[0].pointsRequired',
        message: 'Elective group WP-1 requires 20 ECVET points, but its units carry only 15.',
      }),
    ]);
  });

  it('reports an elective unit without a group and one naming an undeclared group', () => {
    let c = withUnit(validCurriculum(), 5, { electiveGroup: null });
    c = withUnit(c, 6, { electiveGroup: 'WP-9' });
    const paths = checkElectivePoints(c).map((f) => [f.path, f.severity]);
    expect(paths).toContainEqual(['units[5].electiveGroup', 'error']);
    expect(paths).toContainEqual(['units[6].electiveGroup', 'error']);
    const unknown = checkElectivePoints(c).find((f) => f.path === 'units[6].electiveGroup');
    expect(unknown?.messages['de']).toContain('„WP-9“, der nicht angelegt ist');
  });

  it('warns about a mandatory unit that names an elective group', () => {
    const c = withUnit(validCurriculum(), 0, { electiveGroup: 'WP-1' });
    expect(checkElectivePoints(c)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'units[0].electiveGroup' }),
    ]);
  });

  it('reports a group that requires a negative or non-numeric number of points', () => {
    const c = validCurriculum({
      ecvetPoints: 160,
      electiveGroups: [{ code: 'WP-1', title: text('x', 'x'), pointsRequired: Number.NaN }],
    });
    const findings = checkElectivePoints(c);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe('electiveGroups[0].pointsRequired');
    expect(findings[0].messages['de']).toContain('gefunden: keine Zahl');
  });

  it('reports no total error exactly when the sums match (property)', () => {
    const unitArb = fc.record({
      points: fc.integer({ min: 1, max: 40 }),
      mandatory: fc.boolean(),
      group: fc.integer({ min: 0, max: 2 }),
      year: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -20, max: 20 }),
        (specs, requiredPercent, delta) => {
          const units: ValidatableUnit[] = specs.map((s, i) =>
            buildUnit({
              id: `u${i}`,
              code: `U-${i}`,
              ecvetPoints: s.points,
              mandatory: s.mandatory,
              electiveGroup: s.mandatory ? null : `G${s.group}`,
              year: s.year,
              term: null,
            }),
          );
          // Each group requires a share of what its units offer, so that only the total can fail.
          const groups = [0, 1, 2].map((g) => {
            const offered = specs
              .filter((s) => !s.mandatory && s.group === g)
              .reduce((sum, s) => sum + s.points, 0);
            return {
              code: `G${g}`,
              title: text(`Group ${g}`, `Gruppe ${g}`),
              pointsRequired: Math.floor((offered * requiredPercent[g]) / 100),
            };
          });
          const mandatory = specs.filter((s) => s.mandatory).reduce((sum, s) => sum + s.points, 0);
          const required = groups.reduce((sum, g) => sum + g.pointsRequired, 0);
          const c = validCurriculum({
            units,
            electiveGroups: groups,
            workBasedLearning: [],
            ecvetPoints: mandatory + required + delta,
          });
          const errors = checkElectivePoints(c).filter((f) => f.severity === 'error');
          expect(errors.filter((f) => f.path !== 'ecvetPoints')).toEqual([]);
          expect(errors.some((f) => f.path === 'ecvetPoints')).toBe(delta !== 0);
        },
      ),
    );
  });
});
