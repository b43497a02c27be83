import { checkPartialQualifications } from './partial-qualifications';
import { validCurriculum } from './testing/curriculum-builder';
import { validateCurriculum } from './validate-curriculum';

// validCurriculum(): u1 CNC-01, u2 CNC-02, u3 CNC-03 (requires u2), u4 CNC-04 (requires u3) …
const partial = (
  code: string,
  unitIds: string[],
  title = { en: `Part ${code}`, de: `Teil ${code}` },
) => ({
  code,
  title,
  unitIds,
});
const check = (...partialQualifications: ReturnType<typeof partial>[]) =>
  checkPartialQualifications(validCurriculum({ partialQualifications })).map((f) => [
    f.severity,
    f.path,
    f.message,
  ]);

describe('ECVET-PARTIAL', () => {
  it('finds nothing in partial qualifications that can be certified alone', () => {
    expect(check(partial('TQ1', ['u1']), partial('TQ2', ['u2', 'u3']))).toEqual([]);
    // Each builds on the ones before it (TQ1, then TQ2 …).
    expect(check(partial('TQ1', ['u2']), partial('TQ2', ['u3']))).toEqual([]);
    expect(check()).toEqual([]);
    // The rule runs with the others.
    const report = validateCurriculum(
      validCurriculum({ partialQualifications: [partial('TQ1', ['u1', 'nope'])] }),
    );
    expect(report.findings.filter((f) => f.ruleId === 'ECVET-PARTIAL')).toHaveLength(1);
  });

  it('refuses missing codes and titles, shared codes, no units, unknown and repeated units', () => {
    expect(
      check(
        partial('', ['u1'], { en: '', de: 'Teil' }),
        partial('TQ1', []),
        partial('tq1', ['u1', 'u9x', 'u1']),
      ),
    ).toEqual([
      ['error', 'partialQualifications[0].code', 'Partial qualification 1 has no code.'],
      [
        'error',
        'partialQualifications[0].title',
        'Partial qualification 1 has no title in the primary language (en).',
      ],
      [
        'error',
        'partialQualifications[1].unitIds',
        'Partial qualification TQ1 "Part TQ1" has no unit: name the units it certifies.',
      ],
      [
        'error',
        'partialQualifications[2].code',
        'Partial qualification tq1 "Part tq1" has the code of partial qualification 2; codes are unique.',
      ],
      [
        'error',
        'partialQualifications[2].unitIds[1]',
        'Partial qualification tq1 "Part tq1" names a unit the curriculum does not have (u9x).',
      ],
      [
        'error',
        'partialQualifications[2].unitIds[2]',
        'Partial qualification tq1 "Part tq1" lists unit CNC-01 twice.',
      ],
      [
        'warning',
        'partialQualifications[2].unitIds',
        'Partial qualification tq1 "Part tq1" holds the same units as partial qualification 1.',
      ],
    ]);
  });

  it('warns of a unit needing one no earlier partial qualification holds, of the whole qualification, and of the same units twice', () => {
    const all = validCurriculum().units.map((u) => u.id);
    expect(check(partial('TQ1', ['u3']), partial('ALL', all), partial('TQ3', ['u3']))).toEqual([
      [
        'warning',
        'partialQualifications[0].unitIds',
        'Partial qualification TQ1 "Part TQ1" cannot be reached: unit CNC-03 requires CNC-02, which neither it nor an earlier partial qualification includes.',
      ],
      [
        'warning',
        'partialQualifications[1].unitIds',
        'Partial qualification ALL "Part ALL" holds every unit of the qualification (200 points): it is the whole qualification, not a part.',
      ],
      [
        'warning',
        'partialQualifications[2].unitIds',
        'Partial qualification TQ3 "Part TQ3" holds the same units as partial qualification 1.',
      ],
    ]);
  });
});
