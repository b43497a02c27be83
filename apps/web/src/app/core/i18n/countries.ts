/**
 * The countries a form or a filter offers (ISO 3166-1 alpha-2): the EU, the EEA, Switzerland and
 * the United Kingdom — where the partners' schools, companies and associations are.
 */
export const COUNTRY_CODES = [
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

/** A country's name in `language` ("Deutschland" for `DE` in German), else its code. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries as options, by their names in `language`; `extra` (a code chosen before) added. */
export function countryOptions(
  language: string,
  extra = '',
): { readonly code: string; readonly name: string }[] {
  const codes = new Set<string>(COUNTRY_CODES);
  if (/^[A-Z]{2}$/.test(extra)) codes.add(extra);
  return [...codes]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
