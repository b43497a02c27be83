/** BCP 47 language code, e.g. `en`, `de`, `lt`, `lv`, `et`. */
export type LanguageCode = string;

/** User-facing text in several languages: `{ "en": "Setting up machine tools", "de": "Einrichten …" }`. */
export type LocalizedText = Readonly<Record<LanguageCode, string>>;
