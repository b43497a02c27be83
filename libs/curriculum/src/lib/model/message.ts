/**
 * An English message the API answers in the caller's language (ADR 0026): a tagged template whose
 * literal parts are the message's key in the API's catalogues (`msg\`Unit ${code} is not in this
 * curriculum\`` is the key `Unit {0} is not in this curriculum`). It returns the plain English
 * text, so messages stay strings everywhere; the API's error filter finds the key again in the text
 * and writes the translation with the same values. A test reads every `msg` template of the code
 * and fails when one has no translation in any language.
 */
export function msg(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return strings.reduce((text, part, i) => `${text}${String(values[i - 1])}${part}`);
}
