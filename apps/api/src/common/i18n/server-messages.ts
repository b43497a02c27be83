import { IntlMessageFormat } from 'intl-messageformat';
import { DE } from './messages/de';
import { ET } from './messages/et';
import { LT } from './messages/lt';
import { LV } from './messages/lv';
import { VALIDATOR_KEYS } from './validator-keys';

/** The languages the API answers its messages in; English is the code's own. */
export const SERVER_LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;
export type ServerLanguage = (typeof SERVER_LANGUAGES)[number];
type Translated = Exclude<ServerLanguage, 'en'>;

/** English key (`Unit {0} is not in this curriculum`) → translation, one per language (ADR 0026). */
export type Catalogue = Readonly<Record<string, string>>;
export const CATALOGUES: Readonly<Record<Translated, Catalogue>> = {
  de: DE,
  lt: LT,
  lv: LV,
  et: ET,
};

/** One key, ready to be found in an English text. */
interface Entry {
  readonly key: string;
  /** The text before the first value: a cheap test before the pattern. */
  readonly prefix: string;
  readonly pattern: RegExp;
  /** How many characters are not values: the more, the more specific the key. */
  readonly literal: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function entryOf(key: string): Entry {
  const parts = key.split(/\{\d+\}/);
  return {
    key,
    prefix: parts[0],
    pattern: new RegExp(`^${parts.map(escape).join('([\\s\\S]+?)')}$`),
    literal: parts.join('').length,
  };
}

/** Every key of the catalogues, the most specific first: "must be one of {0}" before "must be {0}". */
const ENTRIES: readonly Entry[] = [...new Set(Object.values(CATALOGUES).flatMap(Object.keys))]
  .map(entryOf)
  .sort((a, b) => b.literal - a.literal || a.key.localeCompare(b.key));

/** The key an English text was written from, and its values; `null` when no key fits. */
export function findKey(text: string): { key: string; values: string[] } | null {
  for (const entry of ENTRIES) {
    if (!text.startsWith(entry.prefix)) continue;
    const found = entry.pattern.exec(text);
    if (found !== null) return { key: entry.key, values: found.slice(1) };
  }
  return null;
}

/** Keys whose first value is a property's name (class-validator's), never translated. */
const PROPERTY_FIRST = new Set(VALIDATOR_KEYS);

/**
 * Longer texts are not looked up: no message is this long (a summary of many field errors is
 * written again from them), and matching a key's pattern against megabytes costs seconds.
 */
const MAX_MESSAGE_LENGTH = 2000;

const formats = new Map<string, IntlMessageFormat>();
const cache = new Map<string, string>();
const CACHE_SIZE = 5000;

/**
 * `text` (an English message of the API) in `language`: the translation of its key with its
 * values, values that are messages themselves translated too (a resource's name, a field's name in
 * a sentence) but not the property a class-validator message names. A text no key fits stays
 * English. Translations are ICU messages (`{0, plural, one {…} other {…}}`).
 */
export function translateMessage(text: string, language: ServerLanguage, depth = 0): string {
  if (language === 'en' || text === '' || text.length > MAX_MESSAGE_LENGTH) return text;
  const cached = cache.get(`${language}\u0000${text}`);
  if (cached !== undefined) return cached;
  const found = findKey(text);
  const translation = found === null ? undefined : CATALOGUES[language][found.key];
  if (found === null || translation === undefined) return ofProperty(text, language, depth);
  let format = formats.get(`${language}\u0000${found.key}`);
  if (format === undefined) {
    format = new IntlMessageFormat(translation, language, undefined, { ignoreTag: true });
    formats.set(`${language}\u0000${found.key}`, format);
  }
  const values = Object.fromEntries(
    found.values.map((value, i) => [
      i,
      /^\d+$/.test(value)
        ? Number(value)
        : depth < 2 && !(i === 0 && PROPERTY_FIRST.has(found.key))
          ? translateMessage(value, language, depth + 1)
          : value,
    ]),
  );
  const result = String(format.format(values));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(`${language}\u0000${text}`, result);
  return result;
}

/**
 * A message class-validator wrote as `<property> <problem>` for a check of ours whose problem is a
 * key (`title has an invalid language code "xx"`): the property and the translated problem.
 */
function ofProperty(text: string, language: ServerLanguage, depth: number): string {
  const parts = /^([A-Za-z][\w.[\]]*) (.+)$/s.exec(text);
  if (parts === null || depth > 0 || findKey(parts[2]) === null) return text;
  return `${parts[1]} ${translateMessage(parts[2], language, depth + 1)}`;
}

/**
 * The language to answer in from an `Accept-Language` header (`lt-LT,lt;q=0.9,en;q=0.8`): the
 * first we speak by weight, else English. The web app sends its interface language.
 */
export function negotiateLanguage(header: string | string[] | undefined): ServerLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find((m) => m !== null);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((choice) => choice.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((choice) =>
    (SERVER_LANGUAGES as readonly string[]).includes(choice.language),
  );
  return (found?.language as ServerLanguage | undefined) ?? 'en';
}
