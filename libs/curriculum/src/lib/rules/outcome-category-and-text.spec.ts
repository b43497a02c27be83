import { checkOutcomes } from './outcomes';
import { validCurriculum, withOutcome } from './testing/curriculum-builder';

describe('ECVET-R5 outcome category and text', () => {
  it('accepts outcomes with a category and a primary-language text', () => {
    expect(checkOutcomes(validCurriculum())).toEqual([]);
  });

  it('reports an unknown category and a missing category', () => {
    let c = withOutcome(validCurriculum(), 1, 0, { category: 'competence' as never });
    c = withOutcome(c, 1, 1, { category: undefined as never });
    const findings = checkOutcomes(c);
    expect(findings.map((f) => f.path)).toEqual([
      'units[1].outcomes[0].category',
      'units[1].outcomes[1].category',
    ]);
    expect(findings[0].message).toContain('unknown category "competence"');
    expect(findings[0].messages['de']).toContain('Verantwortung und Selbstständigkeit');
    expect(findings[1].message).toContain('has no category');
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
