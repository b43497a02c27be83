import { msg } from '@curriculum-builder/curriculum';
/**
 * The tables of a WordprocessingML body (`word/document.xml`), as the texts a person sees in their
 * cells. A small non-validating XML scanner written for this one purpose (no DOM of the whole
 * document, no entity expansion: a DOCTYPE is refused, so "billion laughs" cannot start).
 *
 * What counts as a cell's text: the runs of its paragraphs (`w:t`), tabs, line breaks and
 * non-breaking hyphens, paragraphs joined by line feeds. Tracked changes count as accepted:
 * deleted text (`w:delText`, `w:del`, `w:moveFrom`) and deleted rows are left out, inserted text
 * is in. Drawings, text boxes and the fallback copies of alternate content are skipped; a table
 * nested in a cell adds its paragraphs to that cell. Element names are matched without their
 * namespace prefix (Word, LibreOffice and Google Docs all write `w:`).
 */

export interface WordCell {
  readonly text: string;
  /** Grid columns the cell spans (`w:gridSpan`). */
  readonly span: number;
}

export interface WordRow {
  readonly cells: readonly WordCell[];
}

export interface WordTable {
  /** 1-based, among the top-level tables of the body. */
  readonly index: number;
  readonly rows: readonly WordRow[];
}

export class WordXmlRejected extends Error {}

/** Subtrees whose text is not the cell's text. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'drawing',
  'pict',
  'object',
  'Fallback',
  'txbxContent',
  'instrText',
  'delInstrText',
  'footnoteReference',
  'endnoteReference',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

const safeCodePoint = (n: number, whole: string) =>
  Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match === null ? undefined : decode(match[2] ?? match[3] ?? '');
}

interface Tag {
  readonly name: string;
  /** The attributes, as written. */
  readonly rest: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/**
 * Tags and decoded texts in document order, in one pass with `indexOf` (linear in the length,
 * whatever the input: no backtracking regular expression over the whole document).
 */
function* tokens(xml: string): Generator<Tag | string> {
  let at = 0;
  const end = (marker: string, from: number) => {
    const found = xml.indexOf(marker, from);
    if (found < 0) throw new WordXmlRejected(msg`is damaged: its XML ends in the middle of a tag`);
    return found;
  };
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open < 0) {
      yield decode(xml.slice(at));
      return;
    }
    if (open > at) yield decode(xml.slice(at, open));
    if (xml.startsWith('<!--', open)) at = end('-->', open + 4) + 3;
    else if (xml.startsWith('<![CDATA[', open)) {
      const close = end(']]>', open + 9);
      yield xml.slice(open + 9, close);
      at = close + 3;
    } else if (xml.startsWith('<?', open)) at = end('?>', open + 2) + 2;
    else {
      const close = end('>', open + 1);
      const body = xml.slice(open + 1, close);
      const closing = body.startsWith('/');
      const selfClosing = body.endsWith('/');
      const inner = body.slice(closing ? 1 : 0, selfClosing ? -1 : undefined);
      const space = inner.search(/\s/);
      yield {
        name: space < 0 ? inner : inner.slice(0, space),
        rest: space < 0 ? '' : inner.slice(space),
        closing,
        selfClosing,
      };
      at = close + 1;
    }
  }
}

interface OpenCell {
  paragraphs: string[];
  span: number;
}

/** The top-level tables of the body, in document order. */
export function wordTables(xml: string, maxRows: number): WordTable[] {
  if (/<!DOCTYPE/i.test(xml))
    throw new WordXmlRejected(msg`holds a DOCTYPE, which Word never writes`);
  const tables: WordTable[] = [];
  let depth = 0; // table nesting
  let skip = 0; // depth inside a skipped subtree
  let rows: WordRow[] = [];
  let row: { cells: WordCell[]; deleted: boolean } | null = null;
  let cell: OpenCell | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let totalRows = 0;
  for (const item of tokens(xml)) {
    if (typeof item === 'string') {
      if (inText && skip === 0 && paragraph !== null) paragraph += item;
      continue;
    }
    const { name: rawName, rest, closing, selfClosing } = item;
    const name = localName(rawName);
    if (closing) {
      if (skip > 0) {
        if (SKIPPED.has(name)) skip--;
        continue;
      }
      if (name === 't') inText = false;
      else if (name === 'p' && cell !== null && paragraph !== null) {
        cell.paragraphs.push(paragraph);
        paragraph = null;
      } else if (name === 'tc' && depth === 1 && row !== null && cell !== null) {
        if (paragraph !== null) cell.paragraphs.push(paragraph);
        row.cells.push({ text: cell.paragraphs.join('\n'), span: cell.span });
        cell = null;
        paragraph = null;
      } else if (name === 'tr' && depth === 1 && row !== null) {
        if (!row.deleted) rows.push({ cells: row.cells });
        row = null;
      } else if (name === 'tbl') {
        if (depth === 1) tables.push({ index: tables.length + 1, rows });
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (skip > 0) {
      if (SKIPPED.has(name) && !selfClosing) skip++;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip = 1;
      if (name === 'del' && row !== null && cell === null) row.deleted = true; // w:trPr/w:del
      continue;
    }
    switch (name) {
      case 'tbl':
        if (!selfClosing) {
          depth++;
          if (depth === 1) rows = [];
        }
        break;
      case 'tr':
        if (depth === 1) {
          if (++totalRows > maxRows)
            throw new WordXmlRejected(
              msg`has more than ${maxRows} table rows; split the curriculum`,
            );
          row = { cells: [], deleted: false };
        }
        break;
      case 'tc':
        if (depth === 1) cell = { paragraphs: [], span: 1 };
        break;
      case 'gridSpan':
        if (depth === 1 && cell !== null) {
          const span = Number(attribute(rest, 'val'));
          if (Number.isInteger(span) && span > 1 && span < 100) cell.span = span;
        }
        break;
      case 'p':
        if (cell !== null) {
          if (selfClosing) cell.paragraphs.push('');
          else if (paragraph === null) paragraph = '';
        }
        break;
      case 't':
        if (!selfClosing) inText = true;
        break;
      case 'tab':
        // A tab stop inside the paragraph properties is not a tab character.
        if (paragraph !== null && !/\bw:pos=|\bpos=/.test(rest)) paragraph += '\t';
        break;
      case 'br':
      case 'cr':
        if (paragraph !== null) paragraph += '\n';
        break;
      case 'noBreakHyphen':
        if (paragraph !== null) paragraph += '-';
        break;
    }
  }
  return tables;
}
