import {
  CELL_CODE_MESSAGE,
  CODE_PATTERN,
  type FieldError,
  type LocalizedText,
  type NumberLimit,
  msg,
} from '@curriculum-builder/curriculum';

/**
 * One record of an Office file as plain cell texts by key (`code`, `title.de`, `ecvetPoints`),
 * and where each key's cell is, for messages: a spreadsheet row (`sheet units, row 12, column
 * ecvetPoints`), a key/value row (`sheet curriculum, row 7, field ecvetPoints`) or a row of a Word
 * table (`table 3 (unit ZM-01), row ecvetPoints`).
 */
export interface CellRecord {
  readonly cells: ReadonlyMap<string, string>;
  at(key: string): string;
}

/** Separators of lists in one cell (codes, areas, methods): a school types any of them. */
const LIST = /[,;|\n]/;

/** Reads typed values from records, collecting each problem at its cell (as `CsvCells` does). */
export class CellReader {
  readonly problems: FieldError[] = [];

  constructor(readonly languages: readonly string[]) {}

  problem(r: CellRecord, key: string, message: string): void {
    this.problems.push({ path: r.at(key), message });
  }

  cell(r: CellRecord, key: string): string {
    return r.cells.get(key) ?? '';
  }

  /** `<key>.<lang>` for every language; empty cells are no text. */
  text(r: CellRecord, key: string): LocalizedText {
    const out: Record<string, string> = {};
    for (const language of this.languages) {
      const value = r.cells.get(`${key}.${language}`) ?? '';
      if (value !== '') out[language] = value;
    }
    return out;
  }

  hasText(r: CellRecord, key: string): boolean {
    return Object.keys(this.text(r, key)).length > 0;
  }

  number(r: CellRecord, key: string, rule: NumberLimit, optional = false): number | null {
    const raw = this.cell(r, key).trim();
    if (raw === '') {
      if (!optional) this.problem(r, key, msg`a number is required`);
      return null;
    }
    const normal = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    const n = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : NaN;
    if (!Number.isFinite(n)) this.problem(r, key, msg`"${raw}" is not a number`);
    else if (rule.integer && !Number.isInteger(n))
      this.problem(r, key, msg`${raw} is not a whole number`);
    else if (n < rule.min || n > rule.max)
      this.problem(r, key, msg`${raw} is outside ${rule.min}..${rule.max}`);
    else return n;
    return null;
  }

  boolean(r: CellRecord, key: string): boolean {
    const raw = this.cell(r, key).trim().toLowerCase();
    if (['true', 'yes', '1', 'y', 'x', 'wahr', 'ja'].includes(raw)) return true;
    if (['false', 'no', '0', 'n', '', 'falsch', 'nein'].includes(raw)) return false;
    this.problem(r, key, msg`"${this.cell(r, key)}" is not true or false`);
    return false;
  }

  /** The items of a list cell, separated by `,` `;` `|` or line breaks. */
  items(r: CellRecord, key: string): string[] {
    return this.cell(r, key)
      .split(LIST)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** The items of `keys` (one value or a list each, in order), each one of `allowed`. */
  oneOf<T extends string>(r: CellRecord, keys: readonly string[], allowed: readonly T[]): T[] {
    const found: T[] = [];
    for (const key of keys) {
      for (const value of this.items(r, key)) {
        if (!(allowed as readonly string[]).includes(value))
          this.problem(r, key, msg`unknown value "${value}" (allowed: ${allowed.join(', ')})`);
        else found.push(value as T);
      }
    }
    return found;
  }

  code(r: CellRecord, key: string): string {
    const value = this.cell(r, key).trim();
    if (value === '') this.problem(r, key, msg`a code is required`);
    else if (!CODE_PATTERN.test(value)) this.problem(r, key, CELL_CODE_MESSAGE);
    return value;
  }
}
