import type { LanguageCode, LocalizedText } from './localized-text';

/**
 * A translation whose source text changed after it was made: it needs review (ADR 0025). The
 * working copy lists them; a published version keeps the list it was published with.
 */
export interface StaleTranslation {
  /** The text's key (see `translatableTexts`), e.g. `outcome.<id>.text`. */
  readonly key: string;
  /** The language of the translation. */
  readonly language: LanguageCode;
  /** The language it was translated from. */
  readonly sourceLanguage: LanguageCode;
  /** The source text as it read when the translation was made. */
  readonly translatedFrom: string;
  /** When it was made (ISO 8601); null when it was made before records were kept. */
  readonly translatedAt: string | null;
}

/**
 * What is kept of a translation (ADR 0025): the language and version of the source it was made
 * from, with that source's text. A translation without a record was made from the current source.
 */
export interface TranslationRecord {
  readonly key: string;
  readonly language: LanguageCode;
  readonly sourceLanguage: LanguageCode;
  readonly sourceVersion: string;
  readonly sourceText: string;
  /** When it was made (ISO 8601); null when it was made before records were kept. */
  readonly translatedAt: string | null;
}

/** Where a translation stands against its source. */
export const TRANSLATION_STATES = ['current', 'stale', 'missing'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/**
 * The version of a source text: 16 hex digits that change whenever the text does (two FNV-1a
 * hashes of its UTF-16 code units with different offsets). It names what a translation was made
 * from, in the API and in XLIFF notes; it is not a security measure.
 */
export function textVersion(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** Whether a text has content in a language (not only spaces; stored content is not trusted). */
export function isWritten(text: LocalizedText | undefined, language: LanguageCode): boolean {
  const value: unknown = text?.[language];
  return typeof value === 'string' && value.trim() !== '';
}

/** Whether two texts say the same in every language (absent: no text). */
export function sameText(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  if (a === b) return true;
  const languages = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...languages].every((language) => a?.[language] === b?.[language]);
}

/**
 * What a stale translation of text `key` into `language` was made from; null when it is current
 * (what the editor and the review workspace show under the text).
 */
export function staleSourceOf(
  c: { readonly staleTranslations?: readonly StaleTranslation[] } | null | undefined,
  key: string,
  language: LanguageCode,
): string | null {
  return (
    c?.staleTranslations?.find((s) => s.key === key && s.language === language)?.translatedFrom ??
    null
  );
}

/**
 * The language a text is translated from: the one it recorded, then the curriculum's primary
 * language, then the first declared language it is written in (null when it is written in none).
 */
export function sourceLanguageOf(
  text: LocalizedText,
  primaryLanguage: LanguageCode,
  languages: readonly LanguageCode[],
  recorded?: LanguageCode,
): LanguageCode | null {
  if (recorded !== undefined && isWritten(text, recorded)) return recorded;
  if (isWritten(text, primaryLanguage)) return primaryLanguage;
  return (
    languages.find((l) => isWritten(text, l)) ??
    Object.keys(text).find((l) => isWritten(text, l)) ??
    null
  );
}

/** What an XLIFF import did (`POST …/translations/xliff`). */
export interface XliffImportResult {
  readonly language: LanguageCode;
  /** Translations written or changed. */
  readonly updated: number;
  /** Translations left as they were and confirmed against the current source (were stale). */
  readonly reviewed: number;
  readonly unchanged: number;
  /** Of those written, made from a source that has changed since the export: still stale. */
  readonly stale: number;
  /** Units not taken, each with why (a text deleted since the export, an empty target …). */
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
}
