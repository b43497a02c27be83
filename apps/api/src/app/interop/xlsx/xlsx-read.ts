import { msg } from '@curriculum-builder/curriculum';
import { ValueType, Workbook, type Cell, type CellValue } from 'exceljs';
import { ImportRejectedError } from '../../../common/errors/domain.errors';
import { looksLikeZip, unzip, ZipRejected } from './office-zip';

/** Rows a sheet may have after its header (as many as the CSV import takes records). */
export const MAX_SHEET_ROWS = 20_000;
/** Uncompressed bytes an Office file may unpack to (checked on the zip's declared sizes first). */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Files inside an Office file; Excel and Word write a few dozen. */
export const MAX_ZIP_ENTRIES = 2_000;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet as plain texts: its header keys by column number, its non-empty rows. */
export interface RawSheet {
  readonly name: string;
  readonly header: ReadonlyMap<number, string>;
  readonly rows: readonly RawRow[];
}

export interface RawRow {
  readonly row: number;
  /** Cell texts by column number (1-based); empty cells are absent. */
  readonly cells: ReadonlyMap<number, string>;
  /** Cells that cannot be taken (a formula, a date …), by column number: why. */
  readonly refused: ReadonlyMap<number, string>;
}

const reject = (path: string, message: string): never => {
  throw new ImportRejectedError([{ path, message }]);
};

/**
 * What the import says about a file that is not of its kind of Office file, each message a whole
 * sentence naming the kind (the API answers it in the caller's language).
 */
export interface OfficeKind {
  /** The body is not a file at all. */
  readonly send: (mediaType: string) => string;
  /** An old binary Office file, or one saved with a password. */
  readonly oldFormat: string;
  /** Not a zip archive. */
  readonly notZip: string;
  /** A zip archive the checks refuse (`reason`: a `ZipRejected` message). */
  readonly rejected: (reason: string) => string;
}

export const EXCEL_WORKBOOK: OfficeKind = {
  send: (mediaType) =>
    msg`send the Excel workbook (.xlsx) file itself as ${mediaType} in the request body`,
  oldFormat: msg`is an old-format (.xls/.doc) or password-protected Office file: save it as Excel workbook (.xlsx) without a password`,
  notZip: msg`is not a Excel workbook (.xlsx) file (not a zip archive)`,
  rejected: (reason) => msg`the Excel workbook (.xlsx) file ${reason}`,
};

export const WORD_DOCUMENT: OfficeKind = {
  send: (mediaType) =>
    msg`send the Word document (.docx) file itself as ${mediaType} in the request body`,
  oldFormat: msg`is an old-format (.xls/.doc) or password-protected Office file: save it as Word document (.docx) without a password`,
  notZip: msg`is not a Word document (.docx) file (not a zip archive)`,
  rejected: (reason) => msg`the Word document (.docx) file ${reason}`,
};

/**
 * Bytes that are not an Office Open XML file of `kind`: a 422 that says what they are instead.
 * Shared with the Word import (docx.service.ts).
 */
export function checkOfficeFile(body: unknown, mediaType: string, kind: OfficeKind): Buffer {
  if (!Buffer.isBuffer(body)) return reject('file', kind.send(mediaType));
  if (body.length === 0) return reject('file', msg`the file is empty`);
  if (body.length >= 4 && body.readUInt32BE(0) === 0xd0cf11e0) {
    return reject('file', kind.oldFormat);
  }
  if (!looksLikeZip(body)) return reject('file', kind.notZip);
  return body;
}

/** The files inside an Office file, after the zip-bomb checks (422 naming the problem). */
export function unzipOffice(body: Buffer, kind: OfficeKind): Map<string, Buffer> {
  try {
    return unzip(body, { maxBytes: MAX_UNPACKED_BYTES, maxEntries: MAX_ZIP_ENTRIES });
  } catch (error) {
    if (error instanceof ZipRejected) return reject('file', kind.rejected(error.message));
    throw error;
  }
}

/**
 * Reads an .xlsx body into plain sheets. Refused with 422: anything that is not an xlsx file, a
 * zip bomb (office-zip.ts), a sheet with more than MAX_SHEET_ROWS rows (counted in the sheet's XML
 * before exceljs builds a single cell). Formulas are never calculated: a formula cell comes back as
 * refused (see `cellText`), and the import names it when it reads that cell; sheets and columns
 * the import does not read may hold what they like.
 */
export async function readWorkbook(body: unknown): Promise<RawSheet[]> {
  const file = checkOfficeFile(body, XLSX_MEDIA_TYPE, EXCEL_WORKBOOK);
  const parts = unzipOffice(file, EXCEL_WORKBOOK);
  if (!parts.has('xl/workbook.xml')) {
    return reject(
      'file',
      parts.has('word/document.xml')
        ? msg`is a Word document, not an Excel workbook (.xlsx)`
        : msg`is a zip archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing`,
    );
  }
  for (const [name, bytes] of parts) {
    // No DTD reaches the XML parser (entity expansion, "billion laughs"): Excel never writes one.
    if (/\.(xml|rels|vml)$/.test(name) && bytes.includes('<!DOCTYPE')) {
      return reject('file', msg`holds a DOCTYPE in ${name}, which Excel never writes`);
    }
  }
  countRows(parts);
  const book = new Workbook();
  try {
    // exceljs declares its own `Buffer` type; a Node Buffer is what it reads.
    await book.xlsx.load(file as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    return reject(
      'file',
      msg`cannot be read as an Excel workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return book.worksheets.map((sheet): RawSheet => {
    const header = new Map<number, string>();
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = new Map<number, string>();
      const refused = new Map<number, string>();
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const text = cellText(cell);
        if (typeof text !== 'string') refused.set(column, text.refused);
        else if (text !== '') cells.set(column, text);
      });
      if (number === 1) for (const [column, text] of cells) header.set(column, text.trim());
      else if (refused.size > 0 || [...cells.values()].some((text) => text.trim() !== ''))
        rows.push({ row: number, cells, refused });
    });
    return { name: sheet.name, header, rows };
  });
}

/**
 * The text of a cell as a person sees it typed: strings as they are, numbers in JavaScript's
 * shortest form, booleans as true/false, rich text and hyperlinks by their text. A formula is not
 * calculated and not taken as text: it is a problem naming the cell (its cached result could be
 * stale or forged, its literal text is not what the person sees). The one exception is a constant
 * `TRUE()` or `FALSE()`, which is how LibreOffice saves a typed boolean. Dates and error values
 * are problems too (a date in a curriculum cell is Excel reading `1/2` as a date).
 */
export function cellText(cell: Cell): string | { refused: string } {
  if (cell.type === ValueType.Merge) return '';
  if (cell.type === ValueType.Formula) {
    const formula = cell.formula ?? '';
    const result = (cell.value as { result?: unknown } | null)?.result;
    if (/^\s*(TRUE|FALSE)\(\)\s*$/i.test(formula) && typeof result === 'boolean') {
      return String(result);
    }
    return {
      refused: msg`holds the formula =${formula}; formulas are not calculated on import: type the value itself`,
    };
  }
  return plainText(cell.value);
}

function plainText(value: CellValue): string | { refused: string } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return {
      refused: msg`holds a date (${value.toISOString().slice(0, 10)}); format the cell as text and type the value`,
    };
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? text : plainText(text as CellValue);
  }
  if ('error' in value) return { refused: msg`holds the error value ${value.error}` };
  return { refused: msg`holds a value that is neither text nor a number` };
}

/**
 * Counts the rows of every sheet in its XML and refuses the workbook when one has more than
 * MAX_SHEET_ROWS after its header, naming the sheet (from workbook.xml and its relationships).
 */
function countRows(parts: ReadonlyMap<string, Buffer>): void {
  const names = sheetNames(parts);
  for (const [part, bytes] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const xml = bytes.toString('utf8');
    let rows = 0;
    for (const _ of xml.matchAll(/<(?:\w+:)?row[\s>/]/g)) {
      if (++rows > MAX_SHEET_ROWS + 1) {
        reject(
          `sheet ${names.get(part) ?? part}`,
          msg`has more than ${MAX_SHEET_ROWS} rows after its header; split the curriculum`,
        );
      }
    }
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(parseInt(name.slice(1), 10))
        : (XML_ENTITIES[name] ?? whole),
  );

/** Sheet names by part (`xl/worksheets/sheet2.xml` → `units`), as far as they can be told. */
function sheetNames(parts: ReadonlyMap<string, Buffer>): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const names = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, decodeXml(name));
  }
  return names;
}
