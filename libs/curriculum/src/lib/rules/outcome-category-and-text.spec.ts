import { outcomeCategoryOf } from '../model/curriculum';
import { checkOutcomes } from './outcomes';
import { validateCurriculum } from './validate-curriculum';
import { validCurriculum, withOutcome } from './testing/curriculum-builder';

describe('ECVET-R5 outcome category and text', () => {
  it('accepts outcomes with a category and a primary-language text', () => {
    expect(checkOutcomes(validCurriculum())).toEqual([]);
  });

  it('reports an unknown category and a missing category', () => {
    let c = withOutcome(validCurriculum(), 1, 0, { category: 'attitude' as never });
    c = withOutcome(c, 1, 1, { category: undefined as never });
    const findings = checkOutcomes(c);
    expect(findings.map((f) => f.path)).toEqual([
      'units[1].outcomes[0].category',
      'units[1].outcomes[1].category',
    ]);
    expect(findings[0].message).toContain('unknown category "attitude"');
    expect(findings[0].messages['de']).toContain('Verantwortung und Selbstständigkeit');
    expect(findings[1].message).toContain('has no category');
  });

  it('takes "competence" (ECVET 2009, EQF 2008) as responsibility and autonomy, in any case', () => {
    let c = withOutcome(validCurriculum(), 1, 0, { category: 'competence' as never });
    c = withOutcome(c, 2, 0, { category: ' Competence ' as never });
    expect(checkOutcomes(c)).toEqual([]);
    // Counted as responsibility and autonomy in the summary.
    const original = validCurriculum();
    const moved = [original.units[1].outcomes[0], original.units[2].outcomes[0]].filter(
      (o) => o.category !== 'responsibility-autonomy',
    ).length;
    const before = validateCurriculum(original).summary.outcomesByCategory;
    const after = validateCurriculum(c).summary.outcomesByCategory;
    expect(moved).toBeGreaterThan(0);
    expect(after['responsibility-autonomy']).toBe(before['responsibility-autonomy'] + moved);
  });

  it('reports an outcome without text in the primary language', () => {
    const c = withOutcome(validCurriculum(), 4, 1, { text: { de: 'Nur auf Deutsch' } });
    expect(checkOutcomes(c)).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-R5',
        severity: 'error',
        path: 'units[4].outcomes[1].text',
        message: 'Outcome 2 of unit CNC-05 has no text in the primary language (en).',
      }),
    ]);
  });
});

describe('outcomeCategoryOf', () => {
  it('names the category of a category or an alias, and nothing else', () => {
    expect(outcomeCategoryOf('skill')).toBe('skill');
    expect(outcomeCategoryOf(' Knowledge ')).toBe('knowledge');
    expect(outcomeCategoryOf('competence')).toBe('responsibility-autonomy');
    expect(outcomeCategoryOf('Responsibility and autonomy')).toBe('responsibility-autonomy');
    expect(outcomeCategoryOf('Skills')).toBe('skill');
    expect(outcomeCategoryOf('attitude')).toBeNull();
    expect(outcomeCategoryOf(3)).toBeNull();
  });
});
