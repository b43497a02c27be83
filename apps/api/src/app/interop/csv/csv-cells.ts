import {
  CELL_CODE_MESSAGE,
  CODE_PATTERN,
  type EscoReference,
  type FieldError,
  type LocalizedText,
  type NumberLimit,
  msg,
} from '@curriculum-builder/curriculum';
import { LIST_SEPARATOR, type Column, type LocalizedColumn } from './csv-columns';

/** A record of the file: its spreadsheet row number and its cells by header name. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: ReadonlyMap<string, string>;
}

/** Reads typed values from the cells of records, collecting each problem at its row and column. */
export class CsvCells {
  readonly problems: FieldError[] = [];

  constructor(readonly languages: readonly string[]) {}

  problem(row: number, column: string | undefined, message: string): void {
    const path = column === undefined ? `row ${row}` : `row ${row}, column ${column}`;
    this.problems.push({ path, message });
  }

  cell(r: CsvRecord, c: Column): string {
    return r.cells.get(c) ?? '';
  }
  text(r: CsvRecord, c: LocalizedColumn): LocalizedText {
    const out: Record<string, string> = {};
    for (const l of this.languages) {
      const v = r.cells.get(`${c}.${l}`) ?? '';
      if (v !== '') out[l] = v;
    }
    return out;
  }

  hasText(r: CsvRecord, c: LocalizedColumn): boolean {
    return Object.keys(this.text(r, c)).length > 0;
  }

  number(r: CsvRecord, c: Column, rule: NumberLimit, optional = false): number | null {
    const raw = this.cell(r, c).trim();
    if (raw === '') {
      if (!optional) this.problem(r.row, c, msg`a number is required`);
      return null;
    }
    const normal = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    const n = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : NaN;
    if (!Number.isFinite(n)) this.problem(r.row, c, msg`"${raw}" is not a number`);
    else if (rule.integer && !Number.isInteger(n))
      this.problem(r.row, c, msg`${raw} is not a whole number`);
    else if (n < rule.min || n > rule.max)
      this.problem(r.row, c, msg`${raw} is outside ${rule.min}..${rule.max}`);
    else return n;
    return null;
  }

  boolean(r: CsvRecord, c: Column): boolean {
    const raw = this.cell(r, c).trim().toLowerCase();
    if (['true', 'yes', '1', 'y', 'x', 'wahr', 'ja'].includes(raw)) return true;
    if (['false', 'no', '0', 'n', '', 'falsch', 'nein'].includes(raw)) return false;
    this.problem(r.row, c, msg`"${this.cell(r, c)}" is not true or false`);
    return false;
  }

  items(r: CsvRecord, c: Column): string[] {
    return this.cell(r, c)
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  oneOf<T extends string>(r: CsvRecord, c: Column, allowed: readonly T[]): T[] {
    return this.items(r, c).filter((v) => {
      const ok = (allowed as readonly string[]).includes(v);
      if (!ok) this.problem(r.row, c, msg`unknown value "${v}" (allowed: ${allowed.join(', ')})`);
      return ok;
    }) as T[];
  }

  code(r: CsvRecord, c: Column): string {
    const v = this.cell(r, c).trim();
    if (v === '') this.problem(r.row, c, msg`a code is required`);
    else if (!CODE_PATTERN.test(v)) this.problem(r.row, c, CELL_CODE_MESSAGE);
    return v;
  }

  /** A JSON list of ESCO references: a unit's skills, or an outcome's further ones. */
  escoSkills(
    r: CsvRecord,
    column: 'escoSkills' | 'outcomeMoreEscoSkills' = 'escoSkills',
  ): EscoReference[] {
    const raw = this.cell(r, column).trim();
    if (raw === '') return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        Array.isArray(parsed) &&
        parsed.every(
          (s) =>
            typeof s === 'object' &&
            s !== null &&
            typeof s.uri === 'string' &&
            typeof s.label === 'object' &&
            s.label !== null &&
            !Array.isArray(s.label) &&
            Object.values(s.label).every((v) => typeof v === 'string'),
        )
      ) {
        return (parsed as EscoReference[]).map((s) => ({ uri: s.uri, label: s.label }));
      }
    } catch {
      // reported below
    }
    this.problem(r.row, column, msg`must be a JSON list of {"uri": …, "label": {"<lang>": …}}`);
    return [];
  }
}
