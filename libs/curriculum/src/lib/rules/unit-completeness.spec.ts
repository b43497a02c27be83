import { validCurriculum, withUnit } from './testing/curriculum-builder';
import { checkUnitCompleteness } from './unit-completeness';

describe('ECVET-R3 unit completeness', () => {
  it('accepts complete units', () => {
    expect(checkUnitCompleteness(validCurriculum())).toEqual([]);
  });

  it('reports each missing part of an empty unit as its own error', () => {
    const c = withUnit(validCurriculum(), 2, {
      title: { en: '  ', de: 'Bauteile herstellen' },
      outcomes: [],
      assessment: { methods: [], criteria: { de: 'Nur deutsch' } },
      ecvetPoints: 0,
      eqfLevel: null as unknown as number,
    });
    const all = checkUnitCompleteness(c);
    // No assessment method: a warning beside the errors.
    expect(all.filter((f) => f.severity === 'warning').map((f) => f.path)).toEqual([
      'units[2].assessment.methods',
    ]);
    const findings = all.filter((f) => f.severity === 'error');
    expect(findings.map((f) => f.path)).toEqual([
      'units[2].title',
      'units[2].outcomes',
      'units[2].assessment.criteria',
      'units[2].ecvetPoints',
      'units[2].eqfLevel',
    ]);
    expect(findings.every((f) => f.ruleId === 'ECVET-R3' && f.severity === 'error')).toBe(true);
    expect(findings[0].message).toBe('Unit CNC-03 has no title in the primary language (en).');
    expect(findings[0].messages['de']).toBe(
      'Einheit CNC-03 hat keinen Titel in der Hauptsprache (en).',
    );
  });

  it('reports negative and non-numeric points', () => {
    const negative = checkUnitCompleteness(withUnit(validCurriculum(), 0, { ecvetPoints: -5 }));
    expect(negative).toHaveLength(1);
    expect(negative[0].message).toContain('(found: -5)');
    const notANumber = checkUnitCompleteness(
      withUnit(validCurriculum(), 0, { ecvetPoints: '20' as unknown as number }),
    );
    expect(notANumber[0]).toMatchObject({ path: 'units[0].ecvetPoints' });
    expect(notANumber[0].messages['de']).toContain('gefunden: keine Zahl');
  });

  it('uses the primary language, not English, for the title check', () => {
    const c = validCurriculum({ primaryLanguage: 'de' });
    expect(checkUnitCompleteness(withUnit(c, 1, { title: { en: 'Materials' } }))).toEqual([
      expect.objectContaining({ path: 'units[1].title', message: expect.stringContaining('(de)') }),
    ]);
  });

  it('names a unit without code by its position', () => {
    const findings = checkUnitCompleteness(
      withUnit(validCurriculum(), 3, { code: '', outcomes: [] }),
    );
    expect(findings[0].message).toContain('Unit #4 ');
  });

  it('warns about an unknown Industry 4.0 area (ECVET-AREA)', () => {
    const c = withUnit(validCurriculum(), 1, {
      areas: ['digital-production', 'blockchain' as never],
    });
    expect(checkUnitCompleteness(c)).toEqual([
      expect.objectContaining({
        ruleId: 'ECVET-AREA',
        severity: 'warning',
        path: 'units[1].areas[1]',
      }),
    ]);
  });
});
