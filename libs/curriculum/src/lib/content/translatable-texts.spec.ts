import { checkTranslations } from '../rules/translations';
import { validCurriculum, withOutcome, withUnit } from '../rules/testing/curriculum-builder';
import { sameText, sourceLanguageOf, staleSourceOf, textVersion } from '../model/translation';
import type { TranslationRecord } from '../model/translation';
import {
  partTexts,
  percentCurrent,
  recordChanges,
  staleLanguagesOf,
  staleTranslationsOf,
  textKey,
  translatableTexts,
  translationProgress,
  translationStatus,
} from './translatable-texts';

const NMTOKEN = /^[A-Za-z0-9_:.-]+$/;

describe('translatable texts and their translation state (ADR 0025)', () => {
  const c = validCurriculum({ languages: ['en', 'de', 'lt'] });

  it('lists every text of the curriculum in document order, with keys that are XML NMTOKENs', () => {
    const texts = translatableTexts(c);
    const unit = c.units[0];
    expect(texts.slice(0, 2).map((t) => t.key)).toEqual([
      'curriculum.title',
      'curriculum.description',
    ]);
    expect(texts.find((t) => t.key === `unit.${unit.id}.criteria`)?.path).toBe(
      'units[0].assessment.criteria',
    );
    expect(texts.find((t) => t.key === `outcome.${unit.outcomes[1].id}.text`)).toMatchObject({
      path: 'units[0].outcomes[1].text',
      unitCode: unit.code,
    });
    expect(texts.filter((t) => t.owner === 'wbl').map((t) => t.field)).toEqual([
      'title',
      'companyProfile',
      'mentorRole',
      'assessment',
    ]);
    expect(new Set(texts.map((t) => t.key)).size).toBe(texts.length);
    for (const t of texts) expect(t.key).toMatch(NMTOKEN);
    expect(textKey('group', 'WP 1/ä', 'title')).toBe('group.WP:20:1:2f::e4:.title');
    expect(textKey('group', 'WP 1/ä', 'title')).toMatch(NMTOKEN);
  });

  it('passes over what stored content holds where texts belong, without throwing', () => {
    const malformed = {
      ...c,
      electiveGroups: [[]],
      units: [{ ...c.units[0], title: 'plain', assessment: [], outcomes: [null] }],
    } as never;
    const keys = translatableTexts(malformed).map((t) => t.key);
    expect(keys).toContain(`unit.${c.units[0].id}.description`);
    expect(keys).not.toContain(`unit.${c.units[0].id}.title`);
    const record = {
      key: `unit.${c.units[0].id}.description`,
      language: 'de',
      sourceLanguage: 'en',
      sourceVersion: 'x',
      sourceText: 'y',
      translatedAt: null,
    };
    expect(() => staleTranslationsOf(malformed, [record])).not.toThrow();
  });

  it('reads the texts of one part as the API writes it, partial changes included', () => {
    const unit = c.units[0];
    expect([...partTexts('unit', unit).keys()]).toEqual([
      `unit.${unit.id}.title`,
      `unit.${unit.id}.description`,
      `unit.${unit.id}.criteria`,
      ...unit.outcomes.flatMap((o) => [`outcome.${o.id}.text`, `outcome.${o.id}.criteria`]),
    ]);
    expect([...partTexts('curriculum', { title: { en: 'x' } }).keys()]).toEqual([
      'curriculum.title',
    ]);
    expect([
      ...partTexts('curriculum', { electiveGroups: [{ code: 'E', title: { en: 'y' } }] }).keys(),
    ]).toEqual(['group.E.title']);
    expect(partTexts('outcome', null).size).toBe(0);
  });

  it('names a source version that changes with every character', () => {
    expect(textVersion('Dreht Wellen')).toMatch(/^[0-9a-f]{16}$/);
    expect(textVersion('Dreht Wellen')).toBe(textVersion('Dreht Wellen'));
    expect(textVersion('Dreht Wellen')).not.toBe(textVersion('Dreht Wellen.'));
    expect(textVersion('ą')).not.toBe(textVersion('a'));
    expect(textVersion('')).not.toBe(textVersion(' '));
  });

  it('compares texts by what they say, and finds what a stale translation was made from', () => {
    expect(sameText({ de: 'a', en: 'b' }, { en: 'b', de: 'a' })).toBe(true);
    expect(sameText({ de: 'a' }, { de: 'a', en: '' })).toBe(false);
    expect(sameText(undefined, {})).toBe(true);
    const stale = {
      staleTranslations: [
        {
          key: 'k',
          language: 'lt',
          sourceLanguage: 'de',
          translatedFrom: 'alt',
          translatedAt: null,
        },
      ],
    };
    expect(staleSourceOf(stale, 'k', 'lt')).toBe('alt');
    expect(staleSourceOf(stale, 'k', 'lv')).toBeNull();
    expect(staleSourceOf(null, 'k', 'lt')).toBeNull();
  });

  it('takes the source from the recorded language, the primary one, then the first written', () => {
    expect(sourceLanguageOf({ en: 'a', de: 'b' }, 'en', ['en', 'de'], 'de')).toBe('de');
    expect(sourceLanguageOf({ en: 'a', de: 'b' }, 'en', ['en', 'de'])).toBe('en');
    expect(sourceLanguageOf({ en: ' ', lt: 'c', de: 'b' }, 'en', ['en', 'de', 'lt'])).toBe('de');
    expect(sourceLanguageOf({ en: '' }, 'en', ['en'])).toBeNull();
  });

  it('marks translations missing, stale or current and counts them per language', () => {
    const unit = c.units[0];
    const key = `unit.${unit.id}.title`;
    const stale = {
      ...withUnit(c, 0, (u) => ({ title: { ...u.title, lt: 'Darbų sauga' } })),
      staleTranslations: [
        { key, language: 'lt', sourceLanguage: 'en', translatedFrom: 'Safety', translatedAt: 'x' },
        { key, language: 'de', sourceLanguage: 'en', translatedFrom: 'Safety', translatedAt: 'x' },
      ],
    };
    const status = translationStatus(stale);
    const title = status.find((t) => t.key === key);
    expect(title).toMatchObject({ sourceLanguage: 'en', source: unit.title['en'] });
    expect(title?.sourceVersion).toBe(textVersion(unit.title['en']));
    expect(title?.targets['lt']).toEqual({
      text: 'Darbų sauga',
      state: 'stale',
      translatedFrom: 'Safety',
    });
    expect(title?.targets['de'].state).toBe('stale');
    expect(title?.targets['en']).toBeUndefined();
    const description = status.find((t) => t.key === `unit.${unit.id}.description`);
    expect(description?.targets['lt']).toEqual({ text: '', state: 'missing' });
    expect(description?.targets['de'].state).toBe('current');

    const progress = translationProgress(stale, status);
    expect(progress.map((p) => p.language)).toEqual(['de', 'lt']);
    const lt = progress[1];
    expect(lt.stale).toBe(1);
    expect(lt.current).toBe(0);
    expect(lt.missing).toBe(lt.texts - 1);
    expect(progress[0]).toMatchObject({ stale: 1, missing: 0, current: progress[0].texts - 1 });
    expect(percentCurrent({ texts: 3, current: 2 })).toBe(66);
    expect(percentCurrent({ texts: 0, current: 0 })).toBe(100);
  });

  it('warns once per element with stale translations, in every message language', () => {
    const outcomeId = c.units[2].outcomes[0].id;
    const flagged = {
      ...withOutcome(c, 2, 0, (o) => o),
      staleTranslations: [
        {
          key: `outcome.${outcomeId}.text`,
          language: 'de',
          sourceLanguage: 'en',
          translatedFrom: 'a',
          translatedAt: 'x',
        },
        {
          key: 'curriculum.title',
          language: 'de',
          sourceLanguage: 'en',
          translatedFrom: 'b',
          translatedAt: 'x',
        },
        {
          key: 'group.X.title',
          language: 'lt',
          sourceLanguage: 'en',
          translatedFrom: 'b',
          translatedAt: 'x',
        },
        { nonsense: true } as never,
      ],
    };
    const review = checkTranslations(flagged).filter((f) => f.message.includes('need review'));
    expect(review.map((f) => [f.path, f.severity])).toEqual([
      ['', 'warning'],
      ['units[2]', 'warning'],
    ]);
    expect(review[0].message).toBe(
      'The curriculum: translations into de, lt need review: their source text changed after they were made.',
    );
    expect(review[1].messages['lt']).toMatch(/^Modulis \S+: reikia peržiūrėti vertimus į de:/);
    expect(checkTranslations(c).some((f) => f.message.includes('need review'))).toBe(false);
  });

  describe('records of translations as texts change', () => {
    const languages = { primaryLanguage: 'de', languages: ['de', 'lt', 'en'] };
    const key = 'outcome.o1.text';
    const texts = (t: Record<string, string>) => new Map([[key, t]]);
    const apply = (
      before: Record<string, string>,
      after: Record<string, string> | null,
      records: TranslationRecord[] = [],
    ) =>
      recordChanges(
        texts(before),
        after === null ? new Map() : texts(after),
        languages,
        (k) => records.filter((r) => r.key === k),
        '2026-12-07T00:00:00.000Z',
      );
    const source = { de: 'Dreht Wellen nach Zeichnung', lt: 'Tekina velenus pagal brėžinį' };

    it('records a translation written or changed as made from the source as it is now', () => {
      const { put, remove } = apply({ de: source.de }, source);
      expect(remove).toEqual([]);
      expect(put).toEqual([
        {
          key,
          language: 'lt',
          sourceLanguage: 'de',
          sourceVersion: textVersion(source.de),
          sourceText: source.de,
          translatedAt: '2026-12-07T00:00:00.000Z',
        },
      ]);
      // Source and translation changed in one edit: the translation follows the new source.
      const both = apply(source, { de: 'Dreht Wellen', lt: 'Tekina velenus' });
      expect(both.put.map((r) => r.sourceText)).toEqual(['Dreht Wellen']);
    });

    it('keeps what an untouched translation was made from when its source changes', () => {
      const { put } = apply(source, { ...source, de: 'Dreht und fräst Wellen' });
      expect(put).toEqual([
        expect.objectContaining({ language: 'lt', sourceText: source.de, translatedAt: null }),
      ]);
      const stale = staleTranslationsOf(
        {
          ...validCurriculum(),
          ...languages,
          units: [
            {
              ...c.units[0],
              outcomes: [{ ...c.units[0].outcomes[0], id: 'o1', text: { ...source, de: 'Neu' } }],
            },
          ],
        },
        [...put],
      );
      expect(stale).toEqual([
        {
          key,
          language: 'lt',
          sourceLanguage: 'de',
          translatedFrom: source.de,
          translatedAt: null,
        },
      ]);
      // A record already there is not overwritten: it still names the older source.
      const recorded = { ...put[0], sourceText: 'Älter', sourceVersion: textVersion('Älter') };
      expect(apply(source, { ...source, de: 'Neu' }, [recorded]).put).toEqual([]);
    });

    it('forgets an emptied translation and every translation of a deleted text', () => {
      const record: TranslationRecord = {
        key,
        language: 'lt',
        sourceLanguage: 'de',
        sourceVersion: textVersion(source.de),
        sourceText: source.de,
        translatedAt: null,
      };
      expect(apply(source, { ...source, lt: ' ' }, [record]).remove).toEqual([
        { key, language: 'lt' },
      ]);
      expect(apply(source, null, [record]).remove).toEqual([{ key, language: null }]);
      expect(apply(source, source, [record])).toEqual({ put: [], remove: [] });
    });

    it('finds no stale translation where the source is as it was translated from', () => {
      const record: TranslationRecord = {
        key: `unit.${c.units[0].id}.title`,
        language: 'de',
        sourceLanguage: 'en',
        sourceVersion: textVersion(c.units[0].title['en']),
        sourceText: c.units[0].title['en'],
        translatedAt: null,
      };
      expect(staleTranslationsOf(c, [record])).toEqual([]);
      expect(staleTranslationsOf(c, [{ ...record, key: 'unit.gone.title' }])).toEqual([]);
      expect(staleTranslationsOf(c, [{ ...record, sourceVersion: 'x' }])).toHaveLength(1);
    });
  });

  it('names the languages of an owner whose translations need review, for the exports', () => {
    const stale = (key: string, language: string) => ({
      key,
      language,
      sourceLanguage: 'de',
      translatedFrom: 'alt',
      translatedAt: '2026-12-01T00:00:00.000Z',
    });
    const list = [
      stale('outcome.o1.text', 'lt'),
      stale('outcome.o1.criteria', 'en'),
      stale('outcome.o1.text', 'en'),
      stale('outcome.o12.text', 'lv'),
      stale('curriculum.title', 'et'),
    ];
    expect(staleLanguagesOf(list, 'outcome', 'o1')).toEqual(['en', 'lt']);
    expect(staleLanguagesOf(list, 'outcome', 'o12')).toEqual(['lv']);
    expect(staleLanguagesOf(list, 'curriculum', null)).toEqual(['et']);
    expect(staleLanguagesOf(list, 'unit', 'o1')).toEqual([]);
    expect(staleLanguagesOf(undefined, 'curriculum', null)).toEqual([]);
  });
});
