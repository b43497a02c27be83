import { contentProblems } from '../content/content-problems';
import { generateCurriculum } from '../content/generate-curriculum';
import { ISO_639_1, LANGUAGE_PATTERN } from './limits';

describe('language codes (BCP 47)', () => {
  it('takes the ISO 639-1 codes, tags with a region or script, and three-letter codes of languages without two', () => {
    for (const code of ['de', 'en', 'lt', 'lv', 'et', 'pt-BR', 'sr-Latn', 'de-CH', 'hsb', 'fil'])
      expect({ code, ok: LANGUAGE_PATTERN.test(code) }).toEqual({ code, ok: true });
    expect(ISO_639_1).toHaveLength(184);
  });

  it('refuses codes of no language, upper case, and three letters where two exist', () => {
    for (const code of [
      'xx',
      'qq',
      'EN',
      'De',
      'eng',
      'deu',
      'ger',
      'lit',
      'e',
      'english',
      'en_GB',
      '',
    ])
      expect({ code, ok: LANGUAGE_PATTERN.test(code) }).toEqual({ code, ok: false });
  });

  it('makes content with such a language a problem at its path', () => {
    const content = generateCurriculum({
      units: 1,
      outcomesPerUnit: 1,
      workBasedLearningPeriods: 0,
      languages: ['de'],
    });
    const problems = contentProblems({ ...content, languages: ['de', 'xx'] });
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'languages[1]' })]),
    );
  });
});
