import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';

/*
 * What the Word documents share (the curriculum document of the export registry and the unit
 * template of the Word round trip): styles whose headings carry outline levels, so that Word's
 * navigation pane and LibreOffice's navigator show the structure, and real Word tables with fixed
 * column widths that Word and LibreOffice lay out alike.
 */

export const WORD_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 in twentieths of a point, and the margins of both documents (2 cm). */
export const A4 = { short: 11906, long: 16838, margin: 1134 } as const;

const FONT = 'Calibri';
const ACCENT = '1F4E79';
export const HEADER_SHADING = 'DCE6F1';

/** Heading and body styles; `language` is the proofing language of the text (`de`, `lt` …). */
export function documentStyles(language: string): IStylesOptions {
  const heading = (level: number, size: number, before: number) => ({
    name: `heading ${level + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      spacing: { before, after: 80 },
    },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: language } },
        paragraph: { spacing: { after: 80 } },
      },
      title: {
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 44, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(0, 32, 360),
      heading2: heading(1, 26, 280),
      heading3: heading(2, 22, 200),
    },
  };
}

/** Runs of one line; tabs as Word tabs. */
function runs(line: string, bold: boolean): (TextRun | Tab)[] {
  return line
    .split('\t')
    .flatMap((part, i) => [
      ...(i > 0 ? [new TextRun({ children: [new Tab()], bold })] : []),
      new TextRun({ text: part, bold }),
    ]);
}

/** A text as paragraphs, one per line (a table cell holds paragraphs; an empty one too). */
export function paragraphs(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(
      (line) =>
        new Paragraph({ children: runs(line, options.bold ?? false), spacing: { after: 0 } }),
    );
}

export interface CellSpec {
  readonly text: string;
  readonly bold?: boolean;
  /** Grid columns the cell spans. */
  readonly span?: number;
  readonly shaded?: boolean;
}

/** A Word table of fixed column widths (twips); the first row repeats on every page. */
export function wordTable(
  widths: readonly number[],
  rows: readonly (readonly (CellSpec | string)[])[],
  options: { header?: boolean } = {},
): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '9BB0C8' };
  return new Table({
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map((cells, r) => {
      let column = 0;
      const header = options.header !== false && r === 0;
      return new TableRow({
        tableHeader: header,
        cantSplit: false,
        children: cells.map((raw) => {
          const cell = typeof raw === 'string' ? { text: raw } : raw;
          const span = cell.span ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return new TableCell({
            children: paragraphs(cell.text, { bold: cell.bold ?? header }),
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            shading:
              cell.shaded || header
                ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING }
                : undefined,
          });
        }),
      });
    }),
  });
}
