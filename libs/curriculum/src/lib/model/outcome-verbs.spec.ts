import { VAGUE_VERBS, checkOutcomeQuality } from '../rules/outcome-quality';
import { validCurriculum, withUnit } from '../rules/testing/curriculum-builder';
import { OUTCOME_CATEGORIES } from './curriculum';
import {
  EQF_BANDS,
  OUTCOME_VERB_LANGUAGES,
  OUTCOME_VERBS,
  eqfBandOf,
  outcomeVerbLanguageOf,
  suggestedVerbs,
} from './outcome-verbs';

/** The words of a text as the OUTCOME-QUALITY rule reads them: lower case, letters and digits. */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `phrase` stands in `text` as whole words, as the rule matches it. */
const contains = (text: string, phrase: string): boolean =>
  ` ${words(text).join(' ')} `.includes(` ${words(phrase).join(' ')} `);

const everyList = OUTCOME_VERB_LANGUAGES.flatMap((language) =>
  EQF_BANDS.flatMap((band) => OUTCOME_CATEGORIES.map((category) => ({ language, band, category }))),
);

describe('suggested verbs for learning outcomes', () => {
  it('are written in the partners’ languages, for four bands of EQF levels', () => {
    expect([...OUTCOME_VERB_LANGUAGES]).toEqual(['en', 'de', 'lt', 'lv', 'et']);
    expect(Object.keys(OUTCOME_VERBS).sort()).toEqual([...OUTCOME_VERB_LANGUAGES].sort());
    expect([...EQF_BANDS]).toEqual(['1-2', '3-4', '5-6', '7-8']);
  });

  it.each(everyList)(
    'has 6 to 10 distinct verbs for $language, EQF $band, $category',
    ({ language, band, category }) => {
      const verbs = OUTCOME_VERBS[language][band]?.[category];
      expect(Array.isArray(verbs)).toBe(true);
      expect(verbs.length).toBeGreaterThanOrEqual(6);
      expect(verbs.length).toBeLessThanOrEqual(10);
      expect(new Set(verbs.map((verb) => verb.toLowerCase())).size).toBe(verbs.length);
      for (const verb of verbs) expect(verb).toBe(verb.trim().replace(/\s+/g, ' '));
      for (const verb of verbs) expect(verb).not.toBe('');
    },
  );

  it('suggests none of the vague verbs the OUTCOME-QUALITY rule warns of, in the same language', () => {
    expect(Object.keys(VAGUE_VERBS).sort()).toEqual([...OUTCOME_VERB_LANGUAGES].sort());
    const vague = everyList.flatMap(({ language, band, category }) =>
      OUTCOME_VERBS[language][band][category].flatMap((verb) =>
        VAGUE_VERBS[language]
          .filter((word) => contains(verb, word))
          .map((word) => `${language} ${band} ${category}: "${verb}" (${word})`),
      ),
    );
    expect(vague).toEqual([]);
  });

  it('gives outcomes the OUTCOME-QUALITY rule finds nothing to warn of, in each language', () => {
    // A skill names a condition ("safely") besides its verb.
    const safely = { en: 'safely', de: 'sicher', lt: 'saugiai', lv: 'droši', et: 'ohutult' };
    const outcomes = everyList.flatMap(({ language, band, category }) =>
      OUTCOME_VERBS[language][band][category].map((verb, i) => ({
        id: `o-${language}-${band}-${category}-${i}`,
        category,
        text: { [language]: `${verb} ${band} ${category} ${i} ${safely[language]}` },
        escoSkill: null,
      })),
    );
    const c = withUnit({ ...validCurriculum(), languages: [...OUTCOME_VERB_LANGUAGES] }, 0, () => ({
      outcomes,
    }));
    const onText = checkOutcomeQuality(c).filter((f) => f.path.startsWith('units[0].outcomes['));
    expect(onText.map((f) => f.message)).toEqual([]);
  });

  it('sees a vague verb inside a suggestion (the check itself works)', () => {
    expect(contains('ära tundma', 'tundma')).toBe(true);
    expect(contains('be aware of', 'be aware of')).toBe(true);
    expect(contains('tuvastama', 'tundma')).toBe(false);
  });

  it('gives the verbs of the language, the band of the level and the category', () => {
    expect(suggestedVerbs('en', 4, 'skill').slice(0, 3)).toEqual(['set up', 'operate', 'adjust']);
    expect(suggestedVerbs('de', 3, 'skill')).toContain('einrichten');
    expect(suggestedVerbs('lt', 2, 'knowledge')).toContain('apibūdinti');
    expect(suggestedVerbs('lt', 4, 'knowledge')).toContain('paaiškinti');
    expect(suggestedVerbs('lv', 4, 'knowledge')).toEqual(
      expect.arrayContaining(['aprakstīt', 'izskaidrot']),
    );
    expect(suggestedVerbs('et', 4, 'knowledge')).toEqual(
      expect.arrayContaining(['kirjeldama', 'selgitama']),
    );
    expect(suggestedVerbs('en', 6, 'responsibility-autonomy')).toBe(
      OUTCOME_VERBS.en['5-6']['responsibility-autonomy'],
    );
    expect(suggestedVerbs('de', 1, 'knowledge')).not.toEqual(suggestedVerbs('de', 7, 'knowledge'));
  });

  it('gives the English verbs for a language the lexicon is not written in', () => {
    expect(suggestedVerbs('fr', 4, 'skill')).toEqual(OUTCOME_VERBS.en['3-4'].skill);
    expect(suggestedVerbs('fr', 4, 'skill')).toEqual(suggestedVerbs('en', 4, 'skill'));
    expect(outcomeVerbLanguageOf('pt-BR')).toBe('en');
    expect(outcomeVerbLanguageOf('')).toBe('en');
  });

  it('takes a regional tag for its language', () => {
    expect(outcomeVerbLanguageOf('de-CH')).toBe('de');
    expect(suggestedVerbs('de-AT', 4, 'skill')).toEqual(OUTCOME_VERBS.de['3-4'].skill);
  });

  it('gives a level outside 1 to 8 the nearest band', () => {
    expect(suggestedVerbs('en', 9, 'knowledge')).toEqual(OUTCOME_VERBS.en['7-8'].knowledge);
    expect(suggestedVerbs('lv', 12, 'skill')).toEqual(OUTCOME_VERBS.lv['7-8'].skill);
    expect(suggestedVerbs('en', 0, 'skill')).toEqual(OUTCOME_VERBS.en['1-2'].skill);
    expect(suggestedVerbs('en', -3, 'skill')).toEqual(OUTCOME_VERBS.en['1-2'].skill);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(eqfBandOf)).toEqual([
      '1-2',
      '1-2',
      '3-4',
      '3-4',
      '5-6',
      '5-6',
      '7-8',
      '7-8',
    ]);
    expect([4.4, 4.6, Infinity, -Infinity, Number.NaN].map(eqfBandOf)).toEqual([
      '3-4',
      '5-6',
      '7-8',
      '1-2',
      '1-2',
    ]);
  });
});
