import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import type { InterfaceLanguage } from '@curriculum-builder/curriculum';
import { CORE_MESSAGES } from './core.messages';
import { formatNumber } from './format-number';

/** The interface languages of the contract (the account keeps one), each named in itself. */
const LANGUAGE_LABELS: Readonly<Record<InterfaceLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  et: 'Eesti',
};
export type UiLanguage = InterfaceLanguage;
export const UI_LANGUAGES = (Object.keys(LANGUAGE_LABELS) as UiLanguage[]).map((code) => ({
  code,
  label: LANGUAGE_LABELS[code],
}));
/** The languages whose messages load on demand; English is the source and ships with the code. */
export type TranslatedLanguage = Exclude<UiLanguage, 'en'>;

/** Messages in ICU MessageFormat, by key: `'{count, plural, one {# unit} other {# units}}'`. */
export type Translations = Readonly<Record<string, string>>;

/**
 * The messages of one area of the app: English inline (the source and fallback), every other
 * language as a chunk of its own that loads only when that language is in use.
 */
export interface MessageBundle {
  readonly en: Translations;
  readonly translations: Readonly<Record<TranslatedLanguage, () => Promise<Translations>>>;
}

export type MessageParams = Readonly<Record<string, string | number>>;

const STORAGE_KEY = 'cb.uiLanguage';

interface Compiled {
  readonly format: IntlMessageFormat;
  /** Arguments used only as plain `{name}`: numbers given for them are written in the locale. */
  readonly plain: ReadonlySet<string>;
}

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The arguments of a message that appear only as plain `{name}`, never as plural, select or number. */
function plainArguments(elements: readonly MessageElement[]): ReadonlySet<string> {
  const plain = new Set<string>();
  const typed = new Set<string>();
  const walk = (list: readonly MessageElement[]): void => {
    for (const element of list) {
      if (element.type === TYPE.argument) plain.add(element.value);
      else if ('value' in element && element.type !== TYPE.literal)
        typed.add(String(element.value));
      if ('options' in element)
        for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(elements);
  for (const name of typed) plain.delete(name);
  return plain;
}

export function isUiLanguage(code: unknown): code is UiLanguage {
  return UI_LANGUAGES.some((language) => language.code === code);
}

/** The language chosen earlier in this browser, else the first of the browser's languages we speak. */
export function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(code)) return code;
  }
  return 'en';
}

/**
 * The interface language (not the content language of a curriculum). Each lazy area registers its
 * bundle; a language's messages load, area by area, before the language is switched to, so a page
 * never shows half of one language and half of another.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly bundles = new Set<MessageBundle>();
  private readonly messages: Record<UiLanguage, Record<string, string>> = {
    en: {},
    de: {},
    lt: {},
    lv: {},
    et: {},
  };
  private readonly loaded = new Map<TranslatedLanguage, Map<MessageBundle, Promise<void>>>();
  private readonly formats = new Map<string, Compiled | null>();
  private readonly current = signal<UiLanguage>('en');
  /** The interface language; change it with `use`. */
  readonly language = this.current.asReadonly();

  constructor() {
    void this.register(CORE_MESSAGES);
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
  }

  /** Adds an area's messages; resolves once they are there in the current language. */
  register(...bundles: MessageBundle[]): Promise<void> {
    for (const bundle of bundles) {
      if (this.bundles.has(bundle)) continue;
      this.bundles.add(bundle);
      Object.assign(this.messages.en, bundle.en);
    }
    return this.load(this.current(), bundles);
  }

  /**
   * Switches the interface to `language` once its messages of every registered area have loaded;
   * `remember` keeps the choice in this browser for the next visit.
   */
  async use(language: UiLanguage, options: { remember?: boolean } = {}): Promise<void> {
    await this.load(language, [...this.bundles]);
    this.current.set(language);
    if (options.remember) globalThis.localStorage?.setItem(STORAGE_KEY, language);
  }

  /**
   * The message for `key` in the interface language (English, then the key, as fallbacks). Numbers
   * are written the language's way ("7,5" in German), in plurals and as plain arguments alike.
   */
  t(key: string, params: MessageParams = {}): string {
    const language = this.current();
    const own = this.messages[language][key];
    const template = own ?? this.messages.en[key];
    if (template === undefined) return key;
    if (!template.includes('{') && !template.includes("'")) return template;
    const locale = own === undefined ? 'en' : language;
    const compiled = this.compile(locale, template);
    if (compiled === null) return template;
    try {
      return String(compiled.format.format(this.numbersWritten(locale, compiled.plain, params)));
    } catch (error) {
      // A missing argument or a text where a plural needs a number: the message, not a broken page.
      console.error(`Message ${key} could not be formatted`, error);
      return template;
    }
  }

  private numbersWritten(
    locale: UiLanguage,
    plain: ReadonlySet<string>,
    params: MessageParams,
  ): MessageParams {
    if (plain.size === 0) return params;
    const written: Record<string, string | number> = { ...params };
    for (const name of plain) {
      const value = params[name];
      if (typeof value === 'number') written[name] = formatNumber(value, locale);
    }
    return written;
  }

  private compile(language: UiLanguage, template: string): Compiled | null {
    const cacheKey = `${language}\u0000${template}`;
    let compiled = this.formats.get(cacheKey);
    if (compiled === undefined) {
      try {
        const format = new IntlMessageFormat(template, language);
        compiled = { format, plain: plainArguments(format.getAst()) };
      } catch (error) {
        console.error(`Message not in ICU MessageFormat: ${template}`, error);
        compiled = null;
      }
      this.formats.set(cacheKey, compiled);
    }
    return compiled;
  }

  private async load(language: UiLanguage, bundles: readonly MessageBundle[]): Promise<void> {
    if (language === 'en') return;
    let byBundle = this.loaded.get(language);
    if (byBundle === undefined) {
      byBundle = new Map();
      this.loaded.set(language, byBundle);
    }
    const pending: Promise<void>[] = [];
    for (const bundle of bundles) {
      let loading = byBundle.get(bundle);
      if (loading === undefined) {
        loading = bundle.translations[language]().then(
          (messages) => {
            Object.assign(this.messages[language], messages);
          },
          (error: unknown) => {
            // Offline, say: English stands in, and the next switch tries again.
            console.warn(`The ${language} messages did not load`, error);
            byBundle.delete(bundle);
          },
        );
        byBundle.set(bundle, loading);
      }
      pending.push(loading);
    }
    await Promise.all(pending);
  }
}
