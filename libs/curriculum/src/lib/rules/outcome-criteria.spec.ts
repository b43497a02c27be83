import { diffCurricula } from '../diff/diff-curricula';
import { diffable } from '../diff/testing/diffable-builder';
import { checkTranslations } from './translations';
import { checkUnitCompleteness } from './unit-completeness';
import { validCurriculum, withOutcome, withUnit } from './testing/curriculum-builder';

const noUnitCriteria = withUnit(validCurriculum(), 0, (u) => ({
  assessment: { ...u.assessment, criteria: {} },
}));
const r3 = (c: ReturnType<typeof validCurriculum>) =>
  checkUnitCompleteness(c).map((f) => [f.severity, f.path, f.message]);

describe('assessment criteria of single outcomes', () => {
  it('take the place of the unit criteria when every outcome of the unit has them (ECVET-R3)', () => {
    expect(r3(noUnitCriteria)).toEqual([
      [
        'error',
        'units[0].assessment.criteria',
        'Unit CNC-01 has no assessment criteria in the primary language (en): state them for the unit, or for each of its outcomes.',
      ],
    ]);
    let c = withOutcome(noUnitCriteria, 0, 0, { criteria: { en: 'Names 5 hazards', de: 'x' } });
    expect(r3(c)).toHaveLength(1);
    c = withOutcome(c, 0, 1, { criteria: { en: 'Set-up checked by the trainer', de: 'y' } });
    expect(r3(c)).toEqual([]);
    // Criteria in another language only are none in the primary language.
    const german = withOutcome(c, 0, 1, { criteria: { de: 'Einrichtung abgenommen' } });
    expect(r3(german)).toHaveLength(1);
  });

  it('are translated like the other texts (ECVET-TRANSLATION)', () => {
    const c = withOutcome(validCurriculum(), 2, 1, { criteria: { en: 'Within ± 0.05 mm' } });
    expect(checkTranslations(c).map((f) => [f.severity, f.path, f.message])).toEqual([
      ['warning', 'units[2]', 'Unit CNC-03 lacks de in: criteria of 1 outcome.'],
    ]);
  });

  it('are compared per language by the diff', () => {
    const base = validCurriculum();
    const after = withOutcome(base, 0, 0, { criteria: { en: 'Names 5 hazards' } });
    const [outcome] = diffCurricula(diffable(base), diffable(after)).units[0].outcomes;
    expect(outcome).toMatchObject({
      id: 'u1-o1',
      change: 'changed',
      criteria: [{ language: 'en', before: null, after: 'Names 5 hazards' }],
    });
  });
});
