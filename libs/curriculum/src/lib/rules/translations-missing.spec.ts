import { checkTranslations } from './translations';
import {
  text,
  validCurriculum,
  withOutcome,
  withUnit,
  withWbl,
} from './testing/curriculum-builder';

describe('ECVET-TRANSLATION texts in every declared language', () => {
  it('accepts texts present in every declared language', () => {
    expect(checkTranslations(validCurriculum())).toEqual([]);
  });

  it('reports one finding per unit listing the languages and fields', () => {
    const c = validCurriculum({ languages: ['en', 'de', 'lt', 'lv'] });
    const findings = checkTranslations(c);
    // Nothing is in lt or lv: one finding for the curriculum, each unit and the WBL period.
    expect(findings).toHaveLength(1 + 9 + 1);
    const unit = findings.find((f) => f.path === 'units[4]');
    expect(unit?.message).toBe(
      'Unit CNC-05 lacks lt, lv in: title, description, 2 outcomes, assessment criteria.',
    );
    expect(unit?.messages['de']).toBe(
      'Einheit CNC-05: Übersetzungen fehlen in lt, lv für: Titel, Beschreibung, 2 Lernergebnisse, Bewertungskriterien.',
    );
    expect(findings[0]).toMatchObject({
      path: '',
      severity: 'warning',
      message: 'The curriculum lacks lt, lv in: title, description, 1 elective group title.',
    });
    expect(findings.find((f) => f.path === 'workBasedLearning[0]')?.message).toContain(
      'lacks lt, lv in: title, company profile, mentor role, assessment',
    );
  });

  it('groups languages that lack different fields', () => {
    let c = validCurriculum({ languages: ['en', 'de', 'lt'] });
    c = withUnit(c, 0, (u) => ({
      title: { ...u.title, lt: 'Darbų sauga ir sveikata' },
    }));
    c = withOutcome(c, 0, 0, (o) => ({ text: { ...o.text, lt: 'Paaiškinti procesą' } }));
    c = withOutcome(c, 0, 1, { text: { en: 'Set up the machine tool' } });
    const unit = checkTranslations(c).find((f) => f.path === 'units[0]');
    expect(unit?.message).toBe(
      'Unit CNC-01 lacks de in: 1 outcome; lt in: description, 1 outcome, assessment criteria.',
    );
    expect(unit?.messages['de']).toBe(
      'Einheit CNC-01: Übersetzungen fehlen in de für: 1 Lernergebnis; in lt für: Beschreibung, 1 Lernergebnis, Bewertungskriterien.',
    );
  });

  it('does not ask for translations of texts empty in every language', () => {
    const c = withWbl(withUnit(validCurriculum(), 2, { description: {} }), 0, {
      mentorRole: { en: '', de: ' ' },
    });
    expect(checkTranslations(c)).toEqual([]);
  });

  it('warns when the primary language is not declared', () => {
    const findings = checkTranslations(
      validCurriculum({ primaryLanguage: 'en', languages: ['de'] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        path: 'primaryLanguage',
        message: 'The primary language "en" is not among the declared languages (de).',
      }),
    ]);
  });

  it('warns about an empty language entry and a missing primary language', () => {
    const c = validCurriculum({ primaryLanguage: '', languages: ['en', '', 'de'] });
    expect(checkTranslations(c).map((f) => f.path)).toEqual(['languages[1]', 'primaryLanguage']);
  });

  it('reports an elective group title missing in one language on the curriculum', () => {
    const c = validCurriculum({
      electiveGroups: [{ code: 'WP-1', title: text('Options', ''), pointsRequired: 20 }],
    });
    expect(checkTranslations(c)).toEqual([
      expect.objectContaining({
        path: '',
        message: 'The curriculum lacks de in: 1 elective group title.',
      }),
    ]);
  });
});
