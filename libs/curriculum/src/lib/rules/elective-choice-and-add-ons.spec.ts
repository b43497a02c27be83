import type { ElectiveGroupInput } from '../model/curriculum';
import { checkElectivePoints } from './elective-points';
import { checkPrerequisites } from './prerequisites';
import { buildUnit, text, validCurriculum, withUnit } from './testing/curriculum-builder';
import { checkTranslations } from './translations';
import type { ValidatableCurriculum } from './validatable-curriculum';
import { validateCurriculum } from './validate-curriculum';
import { computeYearLoads } from './year-load';

/** The builder's curriculum with its group WP-1 (units u6 and u7, 20 points each) changed. */
function withGroup(patch: Partial<ElectiveGroupInput>): ValidatableCurriculum {
  const c = validCurriculum();
  return { ...c, electiveGroups: [{ ...c.electiveGroups[0], ...patch }] };
}

const r2 = (c: ValidatableCurriculum) =>
  checkElectivePoints(c).map((f) => ({ severity: f.severity, path: f.path, message: f.message }));

describe('ECVET-R2 choice rules of elective groups', () => {
  it('accepts "choose 1 of 2 units" when every choice earns the points the group counts', () => {
    expect(r2(withGroup({ rule: 'units', unitsRequired: 1 }))).toEqual([]);
  });

  it('refuses a group that asks for more units than it has, at unitsRequired', () => {
    expect(r2(withGroup({ rule: 'units', unitsRequired: 3 }))).toEqual([
      {
        severity: 'error',
        path: 'electiveGroups[0].unitsRequired',
        message: 'Elective group WP-1 requires choosing 3 of its units, but it has 2.',
      },
    ]);
  });

  it('refuses "choose units" without a number of units', () => {
    const findings = r2(withGroup({ rule: 'units', unitsRequired: null }));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: 'electiveGroups[0].unitsRequired' }),
    ]);
  });

  it('refuses a choice that can earn fewer points than the group counts', () => {
    const c = withUnit(withGroup({ rule: 'units', unitsRequired: 1 }), 5, { ecvetPoints: 15 });
    expect(r2(c)).toEqual([
      {
        severity: 'error',
        path: 'electiveGroups[0].pointsRequired',
        message:
          'Choosing 1 of the units of elective group WP-1 can give as little as 15 ECVET points, but the group counts 20 towards the qualification.',
      },
    ]);
  });

  it('warns of a choice that can earn more points than the group counts', () => {
    const c = withUnit(withGroup({ rule: 'units', unitsRequired: 1 }), 5, { ecvetPoints: 25 });
    expect(r2(c)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'electiveGroups[0].pointsRequired',
        message: expect.stringContaining('can give up to 25 ECVET points, more than the 20'),
      }),
    ]);
  });

  it('refuses "exactly p points" that no choice makes, where "at least" only warns', () => {
    // Units of 20 and 20 make 0, 20 or 40 points: 30 is reachable by neither rule exactly.
    const exactly = r2(withGroup({ rule: 'points-exactly', pointsRequired: 30 }));
    const atLeast = r2(withGroup({ rule: 'points-at-least', pointsRequired: 30 }));
    const unreachable = (severity: string) =>
      expect.objectContaining({
        severity,
        path: 'electiveGroups[0].pointsRequired',
        message: expect.stringContaining('no choice of its units makes exactly that'),
      });
    expect(exactly).toEqual(expect.arrayContaining([unreachable('error')]));
    expect(atLeast).toEqual(expect.arrayContaining([unreachable('warning')]));
  });

  it('reads a group without a rule as "at least its points" and refuses an unknown rule', () => {
    const { rule: _none, ...old } = validCurriculum().electiveGroups[0];
    expect(r2({ ...validCurriculum(), electiveGroups: [old] })).toEqual([]);
    expect(r2(withGroup({ rule: 'pick-any' as never }))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'electiveGroups[0].rule' }),
    ]);
  });
});

describe('ECVET-R2 add-on qualifications outside the total', () => {
  const addOn = buildUnit({
    id: 'u10',
    code: 'I40-1',
    title: text('Additive manufacturing', 'Additive Fertigungsverfahren'),
    year: 3,
    term: 2,
    ecvetPoints: 10,
    mandatory: false,
    addOn: true,
  });
  const withAddOn = (patch: Partial<typeof addOn> = {}): ValidatableCurriculum => {
    const c = validCurriculum();
    return { ...c, units: [...c.units, { ...addOn, ...patch }] };
  };

  it('adds points to no sum of the qualification: R2 and the year loads stay as they were', () => {
    expect(r2(withAddOn())).toEqual([]);
    expect(computeYearLoads(withAddOn())).toEqual(computeYearLoads(validCurriculum()));
    expect(validateCurriculum(withAddOn()).summary.errorCount).toBe(0);
  });

  it('refuses an add-on that is also mandatory and warns of one that names a group', () => {
    expect(r2(withAddOn({ mandatory: true }))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'units[9].addOn' }),
    ]);
    expect(r2(withAddOn({ electiveGroup: 'WP-1' }))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'units[9].electiveGroup' }),
    ]);
  });

  it('refuses a mandatory unit that requires an add-on', () => {
    const c = withUnit(withAddOn(), 8, { prerequisites: ['u10'] });
    expect(checkPrerequisites(c).map((f) => f.message)).toContain(
      'Mandatory unit CNC-09 requires the add-on unit I40-1, which a learner may not choose.',
    );
  });
});

describe('ECVET-TRANSLATION required and optional languages', () => {
  const lacking = (requiredLanguages?: readonly string[]): ValidatableCurriculum => {
    const c = withUnit(validCurriculum({ languages: ['en', 'de', 'lt'] }), 0, {
      title: { en: 'Safety', de: 'Sicherheit' },
    });
    return requiredLanguages === undefined ? c : { ...c, requiredLanguages };
  };
  const forUnit = (c: ValidatableCurriculum) =>
    checkTranslations(c).filter((f) => f.path === 'units[0]');

  it('an optional language missing is a warning', () => {
    const findings = forUnit(lacking(['en']));
    expect(findings.map((f) => f.severity)).toContain('warning');
    expect(findings.filter((f) => f.message.includes('lt in: title'))).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('a required language missing is an error, so the curriculum cannot go to review', () => {
    const c = lacking(['en', 'lt']);
    expect(forUnit(c).filter((f) => f.message.includes('lt in: title'))).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('required languages: review and publication wait'),
      }),
    ]);
    expect(validateCurriculum(c).summary.errorCount).toBeGreaterThan(0);
  });

  it('without required languages only the primary one is required', () => {
    const { requiredLanguages: _none, ...c } = lacking();
    expect(forUnit(c).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns of a required language that is not declared', () => {
    expect(checkTranslations({ ...validCurriculum(), requiredLanguages: ['en', 'et'] })).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'requiredLanguages[1]' }),
    ]);
  });
});
