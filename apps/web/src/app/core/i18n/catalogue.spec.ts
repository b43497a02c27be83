import { TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { ALL_MESSAGES } from './all-messages';
import { TranslatedLanguage, Translations, UI_LANGUAGES } from './i18n';

const TRANSLATED = UI_LANGUAGES.map((l) => l.code).filter(
  (code): code is TranslatedLanguage => code !== 'en',
);

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

interface Shape {
  readonly args: ReadonlySet<string>;
  readonly plurals: readonly { readonly name: string; readonly options: readonly string[] }[];
}

/** The arguments a message uses and the forms of each plural in it. */
function shapeOf(message: string, language: string): Shape {
  const args = new Set<string>();
  const plurals: { name: string; options: string[] }[] = [];
  const walk = (elements: readonly Element[]): void => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) {
        args.add(String(element.value));
      }
      if ('options' in element) {
        if (element.type === TYPE.plural) {
          plurals.push({ name: String(element.value), options: Object.keys(element.options) });
        }
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if ('children' in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, language).getAst());
  return { args, plurals };
}

describe('the interface messages', () => {
  describe.each(Object.entries(ALL_MESSAGES))('%s', (_name, bundle) => {
    it('are ICU MessageFormat in English, with every {placeholder} an argument', () => {
      for (const [key, message] of Object.entries(bundle.en)) {
        const named = new Set([...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]));
        expect({ key, args: [...shapeOf(message, 'en').args].sort() }).toEqual({
          key,
          args: [...named].sort(),
        });
      }
    });

    it.each(TRANSLATED)(
      'has every key in %s, each with the arguments and plural forms it needs',
      async (language) => {
        const translated: Translations = await bundle.translations[language]();
        expect(Object.keys(translated).sort()).toEqual(Object.keys(bundle.en).sort());
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const [key, source] of Object.entries(bundle.en)) {
          const message = translated[key];
          expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
          const shape = shapeOf(message, language);
          expect({ key, args: [...shape.args].sort() }).toEqual({
            key,
            args: [...shapeOf(source, 'en').args].sort(),
          });
          for (const plural of shape.plurals) {
            expect({
              key,
              plural: plural.name,
              missing: categories.filter((c) => !plural.options.includes(c)),
            }).toEqual({
              key,
              plural: plural.name,
              missing: [],
            });
          }
        }
      },
    );
  });
});
