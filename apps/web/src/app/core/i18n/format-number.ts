const formats = new Map<string, Intl.NumberFormat>();

/** A number the way the interface language writes it (3.5 → "3,5" in German), at most 2 decimals. */
export function formatNumber(value: number, language: string): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    formats.set(language, format);
  }
  return format.format(value);
}
