import {
  buildUnit,
  text,
  validCurriculum,
  withOutcome,
  withUnit,
} from './testing/curriculum-builder';
import { checkUniqueCodes } from './unit-codes';
import type { ValidatableCurriculum } from './validatable-curriculum';

describe('ECVET-CODE-UNIQUE and ECVET-ID-UNIQUE', () => {
  it('accepts unique codes and ids', () => {
    expect(checkUniqueCodes(validCurriculum())).toEqual([]);
  });

  it('reports each repetition after the first, ignoring case and surrounding spaces', () => {
    let c = withUnit(validCurriculum(), 3, { code: ' cnc-01 ' });
    c = withUnit(c, 5, { code: 'CNC-01' });
    const findings = checkUniqueCodes(c);
    expect(findings.map((f) => [f.ruleId, f.severity, f.path])).toEqual([
      ['ECVET-CODE-UNIQUE', 'error', 'units[3].code'],
      ['ECVET-CODE-UNIQUE', 'error', 'units[5].code'],
    ]);
    expect(findings[0].message).toBe(
      'Unit 4 repeats the code "cnc-01" of unit 1; unit codes must be unique (ignoring case and surrounding spaces).',
    );
    expect(findings[0].messages['de']).toContain('Groß- und Kleinschreibung');
  });

  it('reports empty unit, curriculum and elective group codes', () => {
    const c = withUnit(
      validCurriculum({
        code: ' ',
        electiveGroups: [
          { code: 'WP-1', title: text('a', 'a'), pointsRequired: 20 },
          { code: 'wp-1', title: text('b', 'b'), pointsRequired: 0 },
          { code: '', title: text('c', 'c'), pointsRequired: 0 },
        ],
      }),
      2,
      { code: '' },
    );
    expect(checkUniqueCodes(c).map((f) => f.path)).toEqual([
      'code',
      'units[2].code',
      'electiveGroups[1].code',
      'electiveGroups[2].code',
    ]);
  });

  it('reports repeated unit and outcome ids (ECVET-ID-UNIQUE)', () => {
    const base = validCurriculum();
    let c: ValidatableCurriculum = {
      ...base,
      units: [...base.units, buildUnit({ id: 'u1', code: 'CNC-10' })],
    };
    c = withOutcome(c, 1, 0, { id: 'u1-o1' });
    const findings = checkUniqueCodes(c);
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['ECVET-ID-UNIQUE', 'units[1].outcomes[0].id'],
      ['ECVET-ID-UNIQUE', 'units[9].id'],
      ['ECVET-ID-UNIQUE', 'units[9].outcomes[0].id'],
      ['ECVET-ID-UNIQUE', 'units[9].outcomes[1].id'],
    ]);
    expect(findings[1].message).toBe(
      'Unit CNC-10 has the same id "u1" as unit CNC-01; ids must be unique.',
    );
  });
});
