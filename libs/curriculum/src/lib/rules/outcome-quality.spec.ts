import { checkOutcomeQuality } from './outcome-quality';
import { validCurriculum, withOutcome, withUnit } from './testing/curriculum-builder';

const paths = (c: Parameters<typeof checkOutcomeQuality>[0]) =>
  checkOutcomeQuality(c).map((f) => [f.ruleId, f.severity, f.path]);

describe('OUTCOME-QUALITY', () => {
  it('finds nothing in outcomes that say what a learner does', () => {
    expect(checkOutcomeQuality(validCurriculum())).toEqual([]);
  });

  it.each([
    ['en', 'Understand the function of a CNC lathe'],
    ['en', 'Be aware of the safety rules at the machine'],
    ['de', 'Die Funktion einer CNC-Drehmaschine verstehen'],
    ['de', 'Die Sicherheitsregeln an der Maschine kennen'],
    ['lt', 'Žinoti darbo saugos taisykles'],
    ['lv', 'Izprast CNC virpas darbību'],
    ['et', 'Teadma tööohutuse reegleid'],
  ])('warns of a verb that names no observable performance (%s: %s)', (language, statement) => {
    const c = withOutcome(
      { ...validCurriculum(), languages: ['en', 'de', 'lt', 'lv', 'et'] },
      1,
      0,
      (o) => ({ text: { ...o.text, [language]: statement } }),
    );
    const findings = checkOutcomeQuality(c);
    expect(findings.map((f) => f.path)).toEqual(['units[1].outcomes[0].text']);
    expect(findings[0].message).toContain(`(${language}) uses "`);
  });

  it.each([
    ['en', 'Knowledge of CNC machines'],
    ['de', 'Kenntnisse über Spannmittel'],
    ['lt', 'Žinios apie matavimo priemones'],
    ['lv', 'Zināšanas par mērinstrumentiem'],
    ['et', 'Teadmised mõõtevahenditest'],
  ])('warns of a bare noun phrase (%s: %s)', (language, statement) => {
    const c = withOutcome(
      { ...validCurriculum(), languages: ['en', 'de', 'lt', 'lv', 'et'] },
      0,
      0,
      (o) => ({ text: { ...o.text, [language]: statement } }),
    );
    const findings = checkOutcomeQuality(c);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining(`(${language}) is a noun phrase`),
    ]);
  });

  it('does not mistake a word that merely contains a vague one', () => {
    // "knowledgeable", "Kennzeichnung", "unknown" are not "know" / "kennen".
    const c = withOutcome(validCurriculum(), 0, 0, {
      text: {
        en: 'Label unknown parts and ask knowledgeable colleagues',
        de: 'Kennzeichnung der Teile prüfen',
      },
    });
    expect(checkOutcomeQuality(c)).toEqual([]);
  });

  it('warns of an outcome that repeats another, within a unit or across units, in any word order', () => {
    const first = validCurriculum().units[0].outcomes[1].text['en'];
    let c = withOutcome(validCurriculum(), 0, 0, (o) => ({
      text: { ...o.text, en: first.toUpperCase() },
    }));
    c = withOutcome(c, 3, 0, (o) => ({
      text: { ...o.text, en: first.split(' ').reverse().join(' ') + '.' },
    }));
    const findings = checkOutcomeQuality(c);
    expect(findings.map((f) => f.path)).toEqual([
      'units[0].outcomes[1].text',
      'units[3].outcomes[0].text',
    ]);
    expect(findings[0].message).toBe(
      'Outcome 2 of unit CNC-01 repeats outcome 1 of unit CNC-01: merge them, or say what differs.',
    );
  });

  it('warns of a unit without a skill outcome', () => {
    const c = withUnit(validCurriculum(), 2, (u) => ({
      outcomes: u.outcomes.map((o) => ({ ...o, category: 'knowledge' as const })),
    }));
    expect(paths(c)).toEqual([['OUTCOME-QUALITY', 'warning', 'units[2].outcomes']]);
  });
});
