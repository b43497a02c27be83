import { confirmDefaults, type CaseOrigin } from '../model/curriculum';
import { checkImportedDefaults } from './imported-defaults';
import { validCurriculum, withOutcome, withUnit } from './testing/curriculum-builder';
import type { ValidatableCurriculum } from './validatable-curriculum';

const origin = (defaults?: string[]): CaseOrigin => ({
  identifier: 'c0ffee00-0000-4000-8000-000000000001',
  uri: 'urn:uuid:c0ffee00-0000-4000-8000-000000000001',
  ...(defaults === undefined ? {} : { defaults }),
});

describe('IMPORT-DEFAULT', () => {
  it('finds nothing in a curriculum made here or imported with every value stated', () => {
    expect(checkImportedDefaults(validCurriculum())).toEqual([]);
    expect(checkImportedDefaults({ ...validCurriculum(), case: origin() })).toEqual([]);
  });

  it('warns of each guessed value at its field, with the value that stands in for it', () => {
    let c: ValidatableCurriculum = { ...validCurriculum(), case: origin(['eqfLevel']) };
    c = withUnit(c, 1, { case: origin(['ecvetPoints', 'year']) });
    c = withOutcome(c, 2, 0, { case: origin(['category']) });
    const findings = checkImportedDefaults(c);
    expect(findings.map((f) => [f.ruleId, f.severity, f.path])).toEqual([
      ['IMPORT-DEFAULT', 'warning', 'eqfLevel'],
      ['IMPORT-DEFAULT', 'warning', 'units[1].ecvetPoints'],
      ['IMPORT-DEFAULT', 'warning', 'units[1].year'],
      ['IMPORT-DEFAULT', 'warning', 'units[2].outcomes[0].category'],
    ]);
    const unit = c.units[1];
    expect(findings[1].message).toBe(
      `The imported file did not state the ECVET points of unit ${unit.code}; "${unit.ecvetPoints}" stands in for it. Set it, or confirm the imported values.`,
    );
    expect(findings[1].messages['de']).toContain('nannte die ECVET-Punkte der Einheit');
  });

  it('never throws on a malformed origin, and reads none from it', () => {
    const broken = { ...validCurriculum(), case: { defaults: 'eqfLevel' } } as unknown;
    expect(checkImportedDefaults(broken as ValidatableCurriculum)).toEqual([]);
    const listed = { ...validCurriculum(), case: { defaults: [3, 'eqfLevel'] } } as unknown;
    expect(checkImportedDefaults(listed as ValidatableCurriculum).map((f) => f.path)).toEqual([
      'eqfLevel',
    ]);
  });
});

describe('confirmDefaults', () => {
  it('drops the fields an author set, and the list once it is empty', () => {
    const guessed = origin(['ecvetPoints', 'year']);
    expect(confirmDefaults(guessed, ['year'])).toEqual(origin(['ecvetPoints']));
    expect(confirmDefaults(guessed, ['year', 'ecvetPoints'])).toEqual(origin());
  });

  it('gives the same origin back when no guess is touched', () => {
    const guessed = origin(['year']);
    expect(confirmDefaults(guessed, ['title'])).toBe(guessed);
    expect(confirmDefaults(origin(), ['year'])).toEqual(origin());
    expect(confirmDefaults(null, ['year'])).toBeNull();
    expect(confirmDefaults(undefined, ['year'])).toBeNull();
  });
});
