import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import { CORE_MESSAGES } from './core.messages';

export const UI_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

export type Messages = Readonly<Record<UiLanguage, Readonly<Record<string, string>>>>;

const STORAGE_KEY = 'cb.uiLanguage';

function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'de') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * The interface language (not the content language of a curriculum). Each lazy area registers its
 * own messages, so translations load with the code that uses them.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly messages: Record<UiLanguage, Record<string, string>> = { en: {}, de: {} };
  readonly language = signal<UiLanguage>(initialLanguage());

  constructor() {
    this.register(CORE_MESSAGES);
    effect(() => {
      const language = this.language();
      this.document.documentElement.lang = language;
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    });
  }

  register(messages: Messages): void {
    for (const language of Object.keys(messages) as UiLanguage[]) {
      Object.assign(this.messages[language], messages[language]);
    }
  }

  /** The message for `key` in the interface language (English, then the key, as fallbacks). */
  t(key: string, params: Readonly<Record<string, string | number>> = {}): string {
    const template = this.messages[this.language()][key] ?? this.messages.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  }
}
