/**
 * RFC 4180 CSV, written and read without dependencies: quoted cells with doubled quotes, embedded
 * line breaks, CRLF or LF (or CR) line ends, comma or semicolon delimiter.
 */

export type Delimiter = ',' | ';';

export const BOM = '\uFEFF';

/** A cell that a spreadsheet would run as a formula (or that looks like one once neutralised). */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Prefixes `'` to cells a spreadsheet would evaluate; reversible by `unneutralise`. */
export function neutralise(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
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
        problems.push({ line: opened, message: 'a quoted cell is never closed (missing ")' });
        break;
      }
      // Only a delimiter or a line end may follow the closing quote.
      if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        problems.push({ line, message: 'text after the closing quote of a cell' });
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
