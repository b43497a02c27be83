import { msg } from '@curriculum-builder/curriculum';
/**
 * RFC 4180 CSV, written and read without dependencies: quoted cells with doubled quotes, embedded
 * line breaks, CRLF or LF (or CR) line ends, comma or semicolon delimiter.
 */

export type Delimiter = ',' | ';';

export const BOM = '\uFEFF';

/**
 * Formula injection (OWASP ASVS 5.0 V1.2.10, OWASP "CSV Injection"): a cell that Excel, LibreOffice
 * Calc or Google Sheets could read as a formula or DDE gets a leading `'`, which makes it text.
 *
 * A cell is risky when
 * - it starts with a tab or a carriage return (OWASP's list), or
 * - its first character after any leading whitespace or invisible characters is one of
 *   `= + - @ | ;`, either as it stands or once NFKC-normalised (full-width `＝＋－＠｜；`, small
 *   forms `﹦﹢﹣﹫`, `⩵` → `==`, the Greek question mark `;` …).
 *
 * "Whitespace" is meant broadly, since spreadsheets trim differently: every Unicode White_Space
 * character (\t \n \r, U+00A0, U+3000, U+2028 …), control (Cc) and format (Cf) characters
 * (U+FEFF, U+200B, bidi marks) and other default-ignorable ones (U+3164 Hangul filler …).
 *
 * Negative numbers: a cell like `-5` is neutralised too (exported as the text `'-5`), as before.
 * Telling a harmless number from a DDE payload such as `-1+1|cmd!A0` would need an exact number
 * grammar for three spreadsheets; and no numeric column of the export can be negative, so no
 * ordinary exported cell changes.
 *
 * Reversibility: the `'` is added to a cell made of any number of `'` followed by a risky rest
 * (so `'=1` becomes `''=1`), and `unneutralise` removes one `'` from exactly those cells that
 * start with `'` and are of that form. Neutralising never changes whether a cell is of that form,
 * hence `unneutralise(neutralise(x)) === x` for every string; cells of any other form (`'abc`,
 * `' x`) are left alone both ways.
 */
const SKIPPED = /^[\s\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
const FORMULA_START = new Set(['=', '+', '-', '@', '|', ';']);

/** Whether a spreadsheet could evaluate `cell` (no leading `'` of its own considered). */
function risky(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const first = cell.slice(SKIPPED.exec(cell)?.[0].length ?? 0).codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return FORMULA_START.has(char) || FORMULA_START.has(char.normalize('NFKC').charAt(0));
}

/** Any number of `'` followed by a risky cell: what gets (or, with one more `'`, got) a `'`. */
function formulaLike(cell: string): boolean {
  return risky(cell.replace(/^'+/, ''));
}

/** Prefixes `'` to cells a spreadsheet would evaluate; reversible by `unneutralise`. */
export function neutralise(cell: string): string {
  return formulaLike(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` (applied to every cell read from a file). */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && formulaLike(cell) ? cell.slice(1) : cell;
}

function quote(cell: string, delimiter: Delimiter): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The whole file: BOM, CRLF line ends, every cell neutralised against formula injection. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return (
    BOM +
    rows
      .map((row) => row.map((c) => quote(neutralise(c), delimiter)).join(delimiter))
      .join('\r\n') +
    '\r\n'
  );
}

export interface ParsedCsv {
  readonly delimiter: Delimiter;
  /** Records as read (cells not yet un-neutralised); `line` is where each record starts. */
  readonly records: readonly { readonly cells: string[]; readonly line: number }[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

/** The delimiter of the header line: the more frequent of `,` and `;` outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text (without BOM). Stops collecting after `maxRecords` + 1 records. */
export function parseCsv(text: string, maxRecords = Infinity): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const records: { cells: string[]; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: start });
    cells = [];
    cell = '';
  };
  while (i < n) {
    if (records.length > maxRecords) return { delimiter, records, problems };
    const ch = text[i];
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote; "" is a quote.
      const opened = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
        i++;
      }
      if (!closed) {
        problems.push({ line: opened, message: msg`a quoted cell is never closed (missing ")` });
        break;
      }
      // Only a delimiter or a line end may follow the closing quote.
      if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        problems.push({ line, message: msg`text after the closing quote of a cell` });
        while (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          cell += text[i];
          i++;
        }
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { delimiter, records, problems };
}
