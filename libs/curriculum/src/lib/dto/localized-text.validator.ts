import { ValidationOptions, registerDecorator } from 'class-validator';

/** BCP 47 language tag as used for content: `de`, `en`, `lt`, `pt-BR`, `sr-Latn`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_LANGUAGES = 30;

export interface LocalizedTextOptions {
  /** Longest text allowed in one language. */
  readonly maxLength: number;
  /** At least one language must have non-blank text. */
  readonly required?: boolean;
}

function problem(value: unknown, options: LocalizedTextOptions): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }';
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LANGUAGES) return `must not have more than ${MAX_LANGUAGES} languages`;
  for (const [language, text] of entries) {
    if (!LANGUAGE_CODE.test(language))
      return `has an invalid language code "${language.slice(0, 20)}"`;
    if (typeof text !== 'string') return `must have a string for "${language}"`;
    if (text.length > options.maxLength) {
      return `must not be longer than ${options.maxLength} characters in "${language}"`;
    }
  }
  if (options.required && !entries.some(([, text]) => (text as string).trim() !== '')) {
    return 'must have a text in at least one language';
  }
  return null;
}

/** Validates a `LocalizedText` object: language codes, string values, length, optionally non-empty. */
export function IsLocalizedText(
  options: LocalizedTextOptions,
  validationOptions?: ValidationOptions,
) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => problem(value, options) === null,
        defaultMessage: (args) => `${args?.property} ${problem(args?.value, options)}`,
      },
    });
  };
}
