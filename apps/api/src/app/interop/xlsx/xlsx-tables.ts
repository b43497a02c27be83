import { LANGUAGE_PATTERN, type FieldError, msg } from '@curriculum-builder/curriculum';
import type { CellRecord } from './cell-reader';
import { CURRICULUM_FIELDS, CURRICULUM_SHEET, type TableSheet } from './xlsx-layout';
import type { RawSheet } from './xlsx-read';

/*
 * The sheets of a workbook as records with keys, and what is missing or unknown in their headers:
 * a missing plain column is a problem (its values would be lost), a missing language column or a
 * column nobody reads is a warning that names it.
 */

export interface Findings {
  readonly problems: FieldError[];
  readonly warnings: FieldError[];
}

/** The English name of a language (`en` → English), for warnings. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The spreadsheet letter of a column number (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A sheet's rows as records; `languages`: the valid language suffixes of its header. */
export interface Table {
  readonly records: CellRecord[];
  readonly keys: ReadonlySet<string>;
  readonly languages: ReadonlySet<string>;
}

/** Reads a sheet with a header row of keys (`code`, `title.de` …) as laid out in `spec`. */
export function readTable(sheet: RawSheet, spec: TableSheet, found: Findings): Table {
  const plain = new Map(spec.columns.filter((f) => !f.localized).map((f) => [f.key, f]));
  const localized = new Set(spec.columns.filter((f) => f.localized).map((f) => f.key));
  const keyOf = new Map<number, string>();
  const languages = new Set<string>();
  const keys = new Set<string>();
  for (const [column, key] of sheet.header) {
    const at = `sheet ${sheet.name}, column ${key}`;
    const dot = key.indexOf('.');
    const base = dot > 0 ? key.slice(0, dot) : key;
    const language = dot > 0 ? key.slice(dot + 1) : '';
    const known = dot > 0 ? localized.has(base) && LANGUAGE_PATTERN.test(language) : plain.has(key);
    if (!known) {
      found.warnings.push({
        path: at,
        message: msg`is not a column of this sheet; it was not read`,
      });
      continue;
    }
    if (keys.has(key)) {
      found.problems.push({ path: at, message: msg`the column appears more than once` });
      continue;
    }
    keys.add(key);
    keyOf.set(column, key);
    if (language !== '') languages.add(language);
  }
  const headless = new Set<number>();
  for (const row of sheet.rows)
    for (const column of row.cells.keys()) if (!sheet.header.has(column)) headless.add(column);
  for (const column of [...headless].sort((a, b) => a - b)) {
    found.warnings.push({
      path: `sheet ${sheet.name}, column ${columnLetter(column)}`,
      message: msg`has values but no header; it was not read`,
    });
  }
  const records = sheet.rows.map((row): CellRecord => {
    const cells = new Map<string, string>();
    for (const [column, text] of row.cells) {
      const key = keyOf.get(column);
      if (key !== undefined) cells.set(key, text);
    }
    const at = (key: string) => `sheet ${sheet.name}, row ${row.row}, column ${key}`;
    for (const [column, message] of row.refused) {
      const key = keyOf.get(column);
      if (key !== undefined) found.problems.push({ path: at(key), message });
    }
    return { cells, at };
  });
  if (records.length > 0) {
    for (const field of plain.values()) {
      if (!keys.has(field.key) && !field.optional) {
        found.problems.push({
          path: `sheet ${sheet.name}, column ${field.key}`,
          message: msg`missing column`,
        });
      }
    }
  }
  return { records, keys, languages };
}

/**
 * Warns of each localized column missing for one of the curriculum's languages: its texts would
 * otherwise be lost without a word (a deleted or renamed `title.en`).
 */
export function warnMissingLanguages(
  sheet: string,
  spec: TableSheet,
  table: Table,
  languages: readonly string[],
  found: Findings,
): void {
  if (table.records.length === 0) return;
  for (const field of spec.columns.filter((f) => f.localized)) {
    for (const language of languages) {
      if (!table.keys.has(`${field.key}.${language}`)) {
        found.warnings.push({
          path: `sheet ${sheet}, column ${field.key}.${language}`,
          message: msg`is missing: the ${languageName(language)} texts of this column are left empty (${language} is one of the curriculum's languages)`,
        });
      }
    }
  }
}

/** The `curriculum` sheet: key/value rows (`field`, `value`) as one record. */
export function readKeyValues(
  sheet: RawSheet,
  found: Findings,
): CellRecord & { keys: Set<string> } {
  const column = (name: string) => [...sheet.header].find(([, key]) => key === name)?.[0];
  const fieldColumn = column('field');
  const valueColumn = column('value');
  for (const [name, at] of [
    ['field', fieldColumn],
    ['value', valueColumn],
  ] as const) {
    if (at === undefined)
      found.problems.push({
        path: `sheet ${CURRICULUM_SHEET}, column ${name}`,
        message: msg`missing column`,
      });
  }
  const cells = new Map<string, string>();
  const rows = new Map<string, number>();
  const plain = new Set(CURRICULUM_FIELDS.filter((f) => !f.localized).map((f) => f.key));
  const localized = new Set(CURRICULUM_FIELDS.filter((f) => f.localized).map((f) => f.key));
  for (const row of sheet.rows) {
    if (fieldColumn === undefined || valueColumn === undefined) break;
    const key = (row.cells.get(fieldColumn) ?? '').trim();
    const at = `sheet ${CURRICULUM_SHEET}, row ${row.row}, field ${key}`;
    const dot = key.indexOf('.');
    const known =
      dot > 0
        ? localized.has(key.slice(0, dot)) && LANGUAGE_PATTERN.test(key.slice(dot + 1))
        : plain.has(key);
    if (!known) {
      if (key !== '' || (row.cells.get(valueColumn) ?? '').trim() !== '')
        found.warnings.push({
          path: `sheet ${CURRICULUM_SHEET}, row ${row.row}`,
          message: msg`"${key}" is not a field of the curriculum; the row was not read`,
        });
      continue;
    }
    if (rows.has(key)) {
      found.problems.push({
        path: at,
        message: msg`the field appears more than once (row ${rows.get(key)})`,
      });
      continue;
    }
    rows.set(key, row.row);
    cells.set(key, row.cells.get(valueColumn) ?? '');
    const refused = row.refused.get(valueColumn);
    if (refused !== undefined) found.problems.push({ path: at, message: refused });
  }
  if (fieldColumn !== undefined && valueColumn !== undefined) {
    for (const key of plain) {
      if (!rows.has(key))
        found.problems.push({
          path: `sheet ${CURRICULUM_SHEET}, field ${key}`,
          message: msg`missing row`,
        });
    }
  }
  return {
    cells,
    keys: new Set(rows.keys()),
    at: (key) =>
      rows.has(key)
        ? `sheet ${CURRICULUM_SHEET}, row ${rows.get(key)}, field ${key}`
        : `sheet ${CURRICULUM_SHEET}, field ${key}`,
  };
}
