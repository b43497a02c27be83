import 'reflect-metadata';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import * as dto from '@curriculum-builder/curriculum/dto';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { ListCurriculaQuery } from '../../app/curricula/list-curricula.query';
import { SecurityEventsQuery } from '../../app/accounts/users.controller';
import { CaseImportQuery } from '../../app/interop/case/case.controller';
import { toFieldErrors } from '../pipes/validation.pipe';
import { messageKeyUses } from './message-keys';
import {
  CATALOGUES,
  findKey,
  negotiateLanguage,
  translateMessage,
  type ServerLanguage,
} from './server-messages';
import { VALIDATOR_KEYS } from './validator-keys';

const ROOT = join(__dirname, '../../../../..');
const USES = messageKeyUses([join(ROOT, 'apps/api/src'), join(ROOT, 'libs/curriculum/src')]);
const KEYS = new Set([...USES.map((u) => u.key), ...VALIDATOR_KEYS]);

/** The argument names an ICU message uses, nested plurals and selects included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      Object.values(element.options).forEach((option) => argumentsOf(option.value, into));
    }
  }
  return into;
}

/** Values that break a constraint of each kind (one of them breaks any constraint we use). */
const BAD_VALUES: readonly unknown[] = [
  12345,
  -1e12,
  1e12,
  1.5,
  'x',
  '',
  'x'.repeat(100_001),
  [],
  Array.from({ length: 10_001 }, () => 'x'),
  { nested: true },
  true,
];

/**
 * Every message class-validator writes for the request classes of the API: each property of each
 * class given each bad value (in a list too, for `each` constraints).
 */
function validatorMessages(): Set<string> {
  const classes = [
    ...Object.values(dto).filter((v): v is new () => object => typeof v === 'function'),
    ListCurriculaQuery,
    SecurityEventsQuery,
    CaseImportQuery,
  ];
  const storage = getMetadataStorage();
  const messages = new Set<string>();
  const collect = (errors: ValidationError[]) =>
    toFieldErrors(errors).forEach((e) => messages.add(e.message));
  for (const target of classes) {
    const properties = new Set(
      storage.getTargetValidationMetadatas(target, '', true, false).map((m) => m.propertyName),
    );
    for (const property of properties) {
      for (const value of [...BAD_VALUES, ...BAD_VALUES.map((v) => [v])]) {
        const instance = Object.assign(new target(), { [property]: value });
        collect(validateSync(instance, { forbidUnknownValues: false }));
      }
    }
  }
  return messages;
}

describe("the API's messages in five languages (ADR 0026)", () => {
  it('finds the msg templates of the code', () => {
    expect(USES.length).toBeGreaterThan(100);
    expect(KEYS).toContain('{0} {1} not found');
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    it(`has every message in ${language}, and nothing else`, () => {
      const missing = [...KEYS].filter((key) => catalogue[key] === undefined);
      const unused = Object.keys(catalogue).filter((key) => !KEYS.has(key));
      expect({ missing, unused }).toEqual({ missing: [], unused: [] });
    });

    it(`writes each ${language} message as ICU with the English values`, () => {
      const wrong = Object.entries(catalogue).filter(([key, text]) => {
        const expected = new Set([...key.matchAll(/\{(\d+)\}/g)].map((m) => m[1]));
        const used = argumentsOf(parse(text, { ignoreTag: true }));
        return [...expected].sort().join() !== [...used].sort().join() || text.trim() === '';
      });
      expect(wrong).toEqual([]);
    });
  }

  it('knows every message class-validator writes for the request classes', () => {
    const messages = [...validatorMessages()];
    expect(messages.length).toBeGreaterThan(20);
    const untranslated = messages.filter((m) =>
      Object.keys(CATALOGUES).some((l) => translateMessage(m, l as ServerLanguage) === m),
    );
    expect(untranslated).toEqual([]);
  });

  it('translates a message with its values, and values that are messages too', () => {
    expect(translateMessage('Curriculum abc not found', 'de')).toBe(
      CATALOGUES.de['{0} {1} not found']
        .replace('{0}', CATALOGUES.de['Curriculum'])
        .replace('{1}', 'abc'),
    );
    const lt = translateMessage('The import cannot be taken: 5 problem(s).', 'lt');
    expect(lt).not.toContain('problem(s)');
    expect(lt).toContain('5');
  });

  it('writes the plural form of a count in each language', () => {
    const counts = (language: ServerLanguage) =>
      [1, 2, 10].map((n) =>
        translateMessage(`The import cannot be taken: ${n} problem(s).`, language),
      );
    expect(new Set(counts('lt')).size).toBe(3);
    expect(counts('de')[1].replace('2', '')).toBe(counts('de')[2].replace('10', ''));
  });

  it("leaves the property a class-validator message names as it is, a word's translation aside", () => {
    expect(CATALOGUES.de['code']).toBeDefined();
    expect(translateMessage('code must be a string', 'de')).toBe(
      CATALOGUES.de['{0} must be a string'].replace('{0}', 'code'),
    );
  });

  it('leaves English and unknown texts as they are', () => {
    expect(translateMessage('Curriculum abc not found', 'en')).toBe('Curriculum abc not found');
    expect(translateMessage('no key fits this text', 'lt')).toBe('no key fits this text');
    // No message is megabytes long: such a text is not matched against the keys' patterns.
    const long = `${'units[0]: must be a whole number; '.repeat(100)}Curriculum x not found`;
    expect(translateMessage(long, 'de')).toBe(long);
  });

  it('prefers the most specific key', () => {
    const found = findKey('must be one of a, b');
    expect(found?.key).toBe('must be one of {0}');
  });

  it.each<[string | undefined, ServerLanguage]>([
    [undefined, 'en'],
    ['', 'en'],
    ['lt-LT,lt;q=0.9,en;q=0.8', 'lt'],
    ['fr-FR, de;q=0.5, en;q=0.7', 'en'],
    ['fr, lv;q=0.2', 'lv'],
    ['ET', 'et'],
    ['de;q=0, lt;q=0.1', 'lt'],
    ['*', 'en'],
  ])('answers Accept-Language %p in %p', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
