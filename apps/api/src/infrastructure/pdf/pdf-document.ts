import PDFDocument from 'pdfkit';
import { pdfFonts } from './pdf-fonts';

/*
 * Layout primitives on top of pdfkit: an A4 page frame with running header and footer written at the
 * end (bufferPages), headings that keep with the first lines of what follows, paragraphs, bullet
 * lists, key/value lists, tables whose header row repeats on every page, bar charts, a table of
 * contents whose page numbers are filled in once the content is laid out, the PDF outline and a
 * structure tree (tagged PDF) for screen readers. The document builders (curriculum-pdf.ts,
 * pathway-pdf.ts) only decide what goes where.
 */

export const COLORS = {
  text: '#1b2330',
  muted: '#5b6675',
  accent: '#1f4e79',
  accentSoft: '#e3ecf5',
  rule: '#c9d1db',
  zebra: '#f5f7fa',
  bar: '#2f6fae',
  barSoft: '#a9c6e4',
  marker: '#b03a2e',
  white: '#ffffff',
} as const;

const FONT_REGULAR = 'DejaVuSans';
const FONT_BOLD = 'DejaVuSans-Bold';

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly lineGap?: number;
}

export const STYLES = {
  body: { size: 9.5, lineGap: 1.6 },
  small: { size: 8.5, color: COLORS.muted, lineGap: 1.2 },
  strong: { size: 9.5, bold: true, lineGap: 1.6 },
  label: { size: 8.5, bold: true, color: COLORS.muted, lineGap: 1.2 },
  cell: { size: 8.5, lineGap: 1 },
  cellHeader: { size: 8.5, bold: true, color: COLORS.white, lineGap: 1 },
  frame: { size: 7.5, color: COLORS.muted },
} satisfies Record<string, TextStyle>;

export type HeadingLevel = 1 | 2 | 3 | 4;

const HEADINGS: Record<HeadingLevel, TextStyle & { before: number; after: number }> = {
  1: { size: 16, bold: true, color: COLORS.accent, lineGap: 1, before: 16, after: 9 },
  2: { size: 12, bold: true, color: COLORS.accent, lineGap: 1, before: 18, after: 4 },
  3: { size: 10, bold: true, color: COLORS.text, lineGap: 1, before: 9, after: 3 },
  4: { size: 9, bold: true, color: COLORS.muted, lineGap: 1, before: 5, after: 2 },
};

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly language: string;
}

export interface HeadingOptions {
  /**
   * Height of what must stay on the same page as the heading (the first lines of its content), at
   * most KEEP_WITH_MAX; a function is only called when the page is nearly full.
   */
  readonly keepWith?: number | (() => number);
  /** Adds a bookmark under this parent (`doc.outline` for the top level). */
  readonly outline?: PDFKit.PDFOutline;
  /** Named destination, for links from the table of contents. */
  readonly destination?: string;
  /** Running header text from this heading on. */
  readonly section?: string;
  /** Starts the heading on a new page. */
  readonly newPage?: boolean;
  /** A thin rule above the heading (unless it starts a page), to separate sections of one kind. */
  readonly ruleAbove?: boolean;
  /** Another size than the level's (e.g. the title on a cover). */
  readonly size?: number;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

/** A cell: plain text, or a bold first line with details below. */
export type TableCell = string | { readonly title: string; readonly detail?: string };

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly valueLabel: string;
  /** Drawn as a marker line (e.g. the points a year is expected to have). */
  readonly expected?: number;
}

export interface ListItem {
  readonly text: string;
  /** Language code of a fallback text, shown as a grey `[de]` after it. */
  readonly marker?: string | null;
}

export interface TocEntry {
  readonly level: 1 | 2;
  readonly label: string;
  readonly destination: string;
}

interface TocSlot extends TocEntry {
  readonly pageIndex: number;
  readonly y: number;
}

export interface TocHandle {
  readonly slots: readonly TocSlot[];
  readonly struct: PDFKit.PDFStructureElement;
}

export interface FrameText {
  readonly headerLeft: string;
  readonly headerRight: string;
  readonly footerLeft: string;
  readonly footerRight: string;
}

const MARGIN = { top: 64, bottom: 60, left: 56, right: 56 };
const CELL_PADDING = 4;
/** Upper bound of a heading's `keepWith`, so that it need not be measured on a page with room. */
export const KEEP_WITH_MAX = 120;
const EPSILON = 0.5;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.left;
  readonly top = MARGIN.top;
  readonly width: number;
  readonly pageHeight: number;
  readonly pageWidth: number;
  /** Running-header text of each page (index = page index). */
  private readonly pageSections: string[] = [];
  private section = '';
  private readonly destinations = new Map<string, number>();
  private readonly stack: PDFKit.PDFStructureElement[] = [];
  /** Last fill colour set on each page, and the page being written (also after `switchToPage`). */
  private readonly fillColors: (string | undefined)[] = [];
  private pageIndexWritten = 0;

  constructor(meta: PdfMetadata) {
    const fonts = pdfFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      autoFirstPage: false,
      bufferPages: true,
      // No default font: only DejaVu Sans is used and embedded.
      font: '',
      pdfVersion: '1.7',
      tagged: true,
      displayTitle: true,
      lang: meta.language,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Keywords: meta.keywords,
        Creator: 'Curriculum builder',
      },
    });
    this.doc.registerFont(FONT_REGULAR, fonts.regular);
    this.doc.registerFont(FONT_BOLD, fonts.bold);
    this.doc.on('pageAdded', () => {
      batchContent(this.doc.page);
      this.pageSections.push(this.section);
      this.pageIndexWritten = this.pageSections.length - 1;
    });
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.stack.push(root);
    this.newPage();
    this.pageWidth = this.doc.page.width;
    this.pageHeight = this.doc.page.height;
    this.width = this.pageWidth - MARGIN.left - MARGIN.right;
  }

  // ---- pages and positions ---------------------------------------------------------------------

  /** Lower limit of the content area on the current page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Zero-based index of the page being written. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  get atTopOfPage(): boolean {
    return this.doc.y <= this.top + EPSILON;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom - EPSILON && !this.atTopOfPage) this.newPage();
  }

  space(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
    else this.doc.y += height;
  }

  // ---- text measurement ------------------------------------------------------------------------

  /** Font, size and fill colour for the text that follows. */
  style(style: TextStyle): this {
    this.font(style);
    this.fill(style.color ?? COLORS.text);
    return this;
  }

  /** Font and size only: enough for measuring, and writes nothing into the page. */
  private font(style: TextStyle): void {
    this.doc.font(style.bold ? FONT_BOLD : FONT_REGULAR).fontSize(style.size);
  }

  /** Sets the fill colour unless the page already has it (each change is an operator in the page). */
  private fill(color: string): void {
    if (this.fillColors[this.pageIndexWritten] === color) return;
    this.doc.fillColor(color);
    this.fillColors[this.pageIndexWritten] = color;
  }

  /** After drawing with pdfkit's own colour calls the current fill colour is unknown. */
  private forgetFill(): void {
    this.fillColors[this.pageIndexWritten] = undefined;
  }

  measure(text: string, style: TextStyle, width = this.width): number {
    this.font(style);
    return this.doc.heightOfString(text, { width, lineGap: style.lineGap ?? 0 });
  }

  lineHeight(style: TextStyle): number {
    this.font(style);
    return this.doc.currentLineHeight(true) + (style.lineGap ?? 0);
  }

  /** The height of the first `lines` lines of a text (all of it when shorter). */
  firstLines(text: string, style: TextStyle, width = this.width, lines = 2): number {
    return Math.min(this.measure(text, style, width), lines * this.lineHeight(style));
  }

  /** Starts a new page unless the first two lines of the text fit (no orphaned first line). */
  private keepFirstLines(text: string, style: TextStyle, width: number): void {
    if (this.bottom - this.doc.y >= 2 * this.lineHeight(style) + EPSILON) return;
    this.ensure(this.firstLines(text, style, width));
  }

  headingHeight(level: HeadingLevel, text: string): number {
    const style = HEADINGS[level];
    return style.before + this.measure(text, style) + style.after;
  }

  /** The text cut to one line of `width` with an ellipsis. */
  fit(text: string, style: TextStyle, width: number): string {
    this.font(style);
    if (this.doc.widthOfString(text) <= width) return text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.doc.widthOfString(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
      else high = mid - 1;
    }
    return `${text.slice(0, low).trimEnd()}…`;
  }

  // ---- structure tree (tagged PDF) ---------------------------------------------------------------

  private get container(): PDFKit.PDFStructureElement {
    return this.stack[this.stack.length - 1];
  }

  /** Opens a grouping element (Sect, L, Table, TR …); content goes into it until `close()`. */
  open(type: string): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    this.container.add(element);
    this.stack.push(element);
    return element;
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop()?.end();
  }

  /** Draws content as a structure element of `type` (P, H1, TD …). */
  tag(type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions = {}): void {
    this.container.add(this.doc.struct(type, options, draw));
  }

  /** Decoration (rules, fills, running header and footer) that screen readers skip. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
    this.forgetFill();
  }

  private switchToPage(index: number): PDFKit.PDFPage {
    const page = this.doc.switchToPage(index);
    this.pageIndexWritten = index;
    return page;
  }

  // ---- blocks ----------------------------------------------------------------------------------

  heading(
    level: HeadingLevel,
    text: string,
    options: HeadingOptions = {},
  ): PDFKit.PDFOutline | null {
    const style = { ...HEADINGS[level], ...(options.size ? { size: options.size } : {}) };
    const height = this.measure(text, style);
    if (options.newPage && !this.atTopOfPage) this.newPage();
    const before = this.atTopOfPage ? 0 : style.before;
    const needed = before + height + style.after;
    const room = this.bottom - this.doc.y;
    let keep = 0;
    if (typeof options.keepWith === 'number') keep = options.keepWith;
    else if (options.keepWith && room < needed + KEEP_WITH_MAX)
      keep = Math.min(KEEP_WITH_MAX, options.keepWith());
    if (room < needed + keep && !this.atTopOfPage) this.newPage();
    else this.doc.y += before;
    if (options.ruleAbove && !this.atTopOfPage) {
      const ruleY = this.doc.y - before / 2;
      this.artifact(() =>
        this.doc
          .moveTo(this.left, ruleY)
          .lineTo(this.left + this.width, ruleY)
          .lineWidth(0.5)
          .strokeColor(COLORS.rule)
          .stroke(),
      );
    }
    if (options.section !== undefined) {
      if (this.atTopOfPage) this.pageSections[this.pageIndex] = options.section;
      this.section = options.section;
    }
    const y = this.doc.y;
    if (options.destination !== undefined) {
      this.doc.addNamedDestination(options.destination, 'XYZ', 0, y, null);
      this.destinations.set(options.destination, this.pageIndex);
    }
    let bookmark: PDFKit.PDFOutline | null = null;
    if (options.outline !== undefined) {
      // pdfkit turns `top` into the PDF y of the bookmark's view and `left` into width - left.
      const view = { top: y, left: this.pageWidth } as { expanded?: boolean };
      bookmark = options.outline.addItem(text, view);
    }
    this.tag(`H${level}`, () => {
      this.style(style);
      this.doc.text(text, this.left, y, { width: this.width, lineGap: style.lineGap });
    });
    this.doc.y = y + height;
    if (level === 1) {
      const ruleY = this.doc.y + 2;
      this.artifact(() =>
        this.doc
          .moveTo(this.left, ruleY)
          .lineTo(this.left + this.width, ruleY)
          .lineWidth(0.8)
          .strokeColor(COLORS.accent)
          .stroke(),
      );
    }
    this.doc.y += style.after;
    return bookmark;
  }

  /** A paragraph; its first two lines stay together; a fallback marker follows in grey. */
  paragraph(
    text: string,
    style: TextStyle = STYLES.body,
    options: { marker?: string | null; indent?: number; after?: number; type?: string } = {},
  ): void {
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const marker = options.marker ? ` [${options.marker}]` : '';
    this.keepFirstLines(text + marker, style, width);
    this.tag(options.type ?? 'P', () =>
      this.richText(text, marker, style, this.left + indent, width),
    );
    this.doc.x = this.left;
    this.doc.y += options.after ?? 5;
  }

  private richText(text: string, marker: string, style: TextStyle, x: number, width: number): void {
    this.style(style);
    const lineGap = style.lineGap ?? 0;
    if (marker === '') {
      this.doc.text(text, x, this.doc.y, { width, lineGap });
      return;
    }
    this.doc.text(text, x, this.doc.y, { width, lineGap, continued: true });
    this.fill(COLORS.muted);
    this.doc.text(marker, { width, lineGap, continued: false });
  }

  /** Label and text on one line ("Methods: written exam, project"). */
  labelled(label: string, text: string, marker?: string | null): void {
    const style = STYLES.body;
    const full = `${label}: ${text}${marker ? ` [${marker}]` : ''}`;
    this.keepFirstLines(full, style, this.width);
    this.tag('P', () => {
      this.style({ ...style, bold: true });
      this.doc.text(`${label}: `, this.left, this.doc.y, {
        width: this.width,
        lineGap: style.lineGap,
        continued: true,
      });
      this.style(style);
      this.doc.text(text, { width: this.width, lineGap: style.lineGap, continued: !!marker });
      if (marker) {
        this.fill(COLORS.muted);
        this.doc.text(` [${marker}]`, { continued: false });
      }
    });
    this.doc.x = this.left;
    this.doc.y += 3;
  }

  bullets(items: readonly ListItem[], style: TextStyle = STYLES.body): void {
    const indent = 13;
    const width = this.width - indent;
    this.open('L');
    for (const item of items) {
      const marker = item.marker ? ` [${item.marker}]` : '';
      this.keepFirstLines(item.text + marker, style, width);
      const y = this.doc.y;
      this.artifact(() => {
        this.style({ ...style, color: COLORS.accent });
        this.doc.text('•', this.left + 2, y, { lineBreak: false });
      });
      this.doc.y = y;
      this.tag('LI', () => this.richText(item.text, marker, style, this.left + indent, width));
      this.doc.x = this.left;
      this.doc.y += 3;
    }
    this.close();
  }

  /** Two columns of labels and values, e.g. the facts on the cover. */
  keyValues(rows: readonly (readonly [string, string])[], labelWidth = 150): void {
    const valueWidth = this.width - labelWidth;
    this.open('Table');
    for (const [label, value] of rows) {
      const height =
        Math.max(
          this.measure(label, STYLES.label, labelWidth - 8),
          this.measure(value, STYLES.body, valueWidth),
        ) + 8;
      this.ensure(height);
      const y = this.doc.y;
      this.artifact(() =>
        this.doc
          .moveTo(this.left, y + height)
          .lineTo(this.left + this.width, y + height)
          .lineWidth(0.4)
          .strokeColor(COLORS.rule)
          .stroke(),
      );
      this.open('TR');
      this.tag('TH', () => {
        this.style(STYLES.label);
        this.doc.text(label, this.left, y + 4, { width: labelWidth - 8, lineGap: 1.2 });
      });
      this.tag('TD', () => {
        this.style(STYLES.body);
        this.doc.text(value, this.left + labelWidth, y + 4, {
          width: valueWidth,
          lineGap: STYLES.body.lineGap,
        });
      });
      this.close();
      this.doc.x = this.left;
      this.doc.y = y + height;
    }
    this.close();
  }

  /** A table; the header row is repeated at the top of every page the table continues on. */
  table(columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[]): void {
    const widths = columns.map((c) => c.width * this.width);
    const inner = widths.map((w) => w - 2 * CELL_PADDING);
    const headerHeight =
      Math.max(...columns.map((c, i) => this.measure(c.header, STYLES.cellHeader, inner[i]))) +
      2 * CELL_PADDING;
    const heights = rows.map(
      (row) =>
        Math.max(...row.map((cell, i) => this.cellHeight(cell, inner[i] ?? inner[0]))) +
        2 * CELL_PADDING,
    );
    this.ensure(headerHeight + (heights[0] ?? 0));
    this.open('Table');
    this.tableHeader(columns, widths, headerHeight, true);
    rows.forEach((row, r) => {
      const height = heights[r];
      if (this.doc.y + height > this.bottom - EPSILON) {
        this.newPage();
        this.tableHeader(columns, widths, headerHeight, false);
      }
      const y = this.doc.y;
      this.artifact(() => {
        if (r % 2 === 1) this.doc.rect(this.left, y, this.width, height).fill(COLORS.zebra);
        this.doc
          .moveTo(this.left, y + height)
          .lineTo(this.left + this.width, y + height)
          .lineWidth(0.4)
          .strokeColor(COLORS.rule)
          .stroke();
      });
      this.open('TR');
      let x = this.left;
      row.forEach((cell, i) => {
        const cellX = x;
        this.tag('TD', () =>
          this.drawCell(cell, cellX + CELL_PADDING, y + CELL_PADDING, inner[i], columns[i].align),
        );
        x += widths[i];
      });
      this.close();
      this.doc.x = this.left;
      this.doc.y = y + height;
    });
    this.close();
    this.doc.y += 8;
  }

  private cellHeight(cell: TableCell, width: number): number {
    if (typeof cell === 'string') return this.measure(cell, STYLES.cell, width);
    const title = this.measure(cell.title, { ...STYLES.cell, bold: true }, width);
    return cell.detail ? title + 1 + this.measure(cell.detail, STYLES.small, width) : title;
  }

  private drawCell(
    cell: TableCell,
    x: number,
    y: number,
    width: number,
    align: TableColumn['align'] = 'left',
  ): void {
    if (typeof cell === 'string') {
      this.style(STYLES.cell);
      this.doc.text(cell, x, y, { width, align, lineGap: STYLES.cell.lineGap });
      return;
    }
    this.style({ ...STYLES.cell, bold: true });
    this.doc.text(cell.title, x, y, { width, align, lineGap: STYLES.cell.lineGap });
    if (cell.detail) {
      this.style(STYLES.small);
      this.doc.text(cell.detail, x, this.doc.y + 1, {
        width,
        align,
        lineGap: STYLES.small.lineGap,
      });
    }
  }

  private tableHeader(
    columns: readonly TableColumn[],
    widths: readonly number[],
    height: number,
    first: boolean,
  ): void {
    const y = this.doc.y;
    this.artifact(() => this.doc.rect(this.left, y, this.width, height).fill(COLORS.accent));
    const draw = () => {
      let x = this.left;
      columns.forEach((column, i) => {
        this.style(STYLES.cellHeader);
        this.doc.text(column.header, x + CELL_PADDING, y + CELL_PADDING, {
          width: widths[i] - 2 * CELL_PADDING,
          align: column.align ?? 'left',
          lineGap: STYLES.cellHeader.lineGap,
        });
        x += widths[i];
      });
    };
    // The first header row belongs to the table; its repetitions on later pages are decoration.
    if (first) {
      this.open('TR');
      let x = this.left;
      columns.forEach((column, i) => {
        const cellX = x;
        this.tag('TH', () => {
          this.style(STYLES.cellHeader);
          this.doc.text(column.header, cellX + CELL_PADDING, y + CELL_PADDING, {
            width: widths[i] - 2 * CELL_PADDING,
            align: column.align ?? 'left',
            lineGap: STYLES.cellHeader.lineGap,
          });
        });
        x += widths[i];
      });
      this.close();
    } else {
      this.artifact(draw, 'Pagination');
    }
    this.doc.x = this.left;
    this.doc.y = y + height;
  }

  /** Horizontal bars with their values and optional "expected" markers. */
  barChart(
    bars: readonly Bar[],
    options: { alt: string; legend?: string; labelWidth?: number },
  ): void {
    const labelWidth = options.labelWidth ?? 170;
    const rowHeight = 17;
    const barHeight = 10;
    const valueWidth = 70;
    const x0 = this.left + labelWidth + 6;
    const barWidth = this.width - labelWidth - 6 - valueWidth;
    const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.expected ?? 0)));
    const hasExpected = bars.some((b) => b.expected !== undefined && b.expected > 0);
    const height = bars.length * rowHeight + (hasExpected && options.legend ? 16 : 0) + 4;
    this.ensure(height);
    const top = this.doc.y;
    this.tag(
      'Figure',
      () => {
        bars.forEach((bar, i) => {
          const y = top + i * rowHeight;
          this.style(STYLES.cell);
          this.doc.text(this.fit(bar.label, STYLES.cell, labelWidth), this.left, y + 1, {
            width: labelWidth,
            lineBreak: false,
          });
          const length = Math.max(0, (bar.value / max) * barWidth);
          this.doc.rect(x0, y, barWidth, barHeight).fill(COLORS.accentSoft);
          if (length > 0) this.doc.rect(x0, y, length, barHeight).fill(COLORS.bar);
          this.forgetFill();
          if (bar.expected !== undefined && bar.expected > 0) {
            const ex = x0 + (bar.expected / max) * barWidth;
            this.doc
              .moveTo(ex, y - 2)
              .lineTo(ex, y + barHeight + 2)
              .lineWidth(1.5)
              .strokeColor(COLORS.marker)
              .stroke();
          }
          this.style({ ...STYLES.cell, bold: true });
          this.doc.text(bar.valueLabel, x0 + barWidth + 6, y + 1, {
            width: valueWidth,
            lineBreak: false,
          });
        });
        if (hasExpected && options.legend) {
          const y = top + bars.length * rowHeight + 4;
          this.doc
            .moveTo(x0, y)
            .lineTo(x0, y + 10)
            .lineWidth(1.5)
            .strokeColor(COLORS.marker)
            .stroke();
          this.style(STYLES.small);
          this.doc.text(options.legend, x0 + 5, y + 1, { lineBreak: false });
        }
      },
      { alt: options.alt },
    );
    this.forgetFill();
    this.doc.x = this.left;
    this.doc.y = top + height + 6;
  }

  /** A bar from 0 to `total` with `before` (earlier years) and `now` (this year) filled. */
  progress(before: number, now: number, total: number, alt: string): void {
    const height = 9;
    this.ensure(height + 8);
    const y = this.doc.y;
    const scale = total > 0 ? this.width / total : 0;
    this.tag(
      'Figure',
      () => {
        this.doc.rect(this.left, y, this.width, height).fill(COLORS.accentSoft);
        if (before > 0)
          this.doc
            .rect(this.left, y, Math.min(this.width, before * scale), height)
            .fill(COLORS.barSoft);
        if (now > 0)
          this.doc
            .rect(
              this.left + before * scale,
              y,
              Math.min(this.width - before * scale, now * scale),
              height,
            )
            .fill(COLORS.bar);
      },
      { alt },
    );
    this.forgetFill();
    this.doc.y = y + height + 8;
  }

  // ---- table of contents ------------------------------------------------------------------------

  /**
   * Lays out the table of contents on fresh pages now (one line per entry, so its length is known
   * before the content exists); `writeToc` fills in the entries and their page numbers at the end.
   */
  reserveToc(title: string, entries: readonly TocEntry[], section: string): TocHandle {
    this.heading(1, title, { newPage: true, outline: this.doc.outline, section });
    const struct = this.doc.struct('TOC');
    this.container.add(struct);
    const slots: TocSlot[] = [];
    for (const entry of entries) {
      const height = entry.level === 1 ? 19 : 14.5;
      if (this.doc.y + height > this.bottom) this.newPage();
      if (entry.level === 1 && slots.length > 0 && !this.atTopOfPage) this.doc.y += 3;
      slots.push({ ...entry, pageIndex: this.pageIndex, y: this.doc.y });
      this.doc.y += height - (entry.level === 1 ? 3 : 0);
    }
    return { slots, struct };
  }

  writeToc(handle: TocHandle): void {
    const numberWidth = 34;
    for (const slot of handle.slots) {
      const page = this.destinations.get(slot.destination);
      this.switchToPage(slot.pageIndex);
      const style: TextStyle = slot.level === 1 ? { size: 10, bold: true } : { size: 9 };
      const indent = slot.level === 1 ? 0 : 14;
      const x = this.left + indent;
      const labelWidth = this.width - indent - numberWidth - 8;
      const label = this.fit(slot.label, style, labelWidth);
      const number = page === undefined ? '' : String(page + 1);
      handle.struct.add(
        this.doc.struct('TOCI', {}, () => {
          this.style(style);
          this.doc.text(label, x, slot.y, { lineBreak: false });
          const end = x + this.doc.widthOfString(label) + 4;
          const numberX = this.left + this.width - numberWidth;
          this.doc.text(number, numberX, slot.y, {
            width: numberWidth,
            align: 'right',
            lineBreak: false,
          });
          const start = numberX + numberWidth - this.doc.widthOfString(number) - 4;
          if (start > end + 4) {
            const lineY = slot.y + style.size * 0.85;
            this.doc
              .moveTo(end, lineY)
              .lineTo(start, lineY)
              .dash(0.6, { space: 2.4 })
              .lineWidth(0.6)
              .strokeColor(COLORS.rule)
              .stroke()
              .undash();
          }
        }),
      );
      if (page !== undefined)
        this.doc.goTo(x, slot.y, this.width - indent, style.size + 3, slot.destination);
    }
    handle.struct.end();
  }

  // ---- the end ----------------------------------------------------------------------------------

  /**
   * Writes the running header and footer on every page (`frame` returns null for pages without,
   * e.g. the cover), closes the structure tree and ends the document. Returns the document stream.
   */
  finish(
    frame: (pageIndex: number, pageCount: number, section: string) => FrameText | null,
  ): PDFKit.PDFDocument {
    const count = this.pageCount;
    for (let i = 0; i < count; i++) {
      const texts = frame(i, count, this.pageSections[i] ?? '');
      if (texts === null) continue;
      const page = this.switchToPage(i);
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      this.artifact(() => this.drawFrame(texts), 'Pagination');
      page.margins.bottom = bottomMargin;
    }
    while (this.stack.length > 1) this.close();
    this.stack[0].end();
    this.doc.end();
    return this.doc;
  }

  private drawFrame(texts: FrameText): void {
    const style = STYLES.frame;
    const half = this.width / 2 - 6;
    const headerY = 34;
    const footerY = this.pageHeight - 42;
    this.style(style);
    this.doc.text(this.fit(texts.headerLeft, style, half + 60), this.left, headerY, {
      lineBreak: false,
    });
    const right = this.fit(texts.headerRight, style, half - 60);
    this.doc.text(right, this.left + this.width - this.doc.widthOfString(right), headerY, {
      lineBreak: false,
    });
    this.doc
      .moveTo(this.left, headerY + 12)
      .lineTo(this.left + this.width, headerY + 12)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    this.doc
      .moveTo(this.left, footerY - 6)
      .lineTo(this.left + this.width, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    this.style(style);
    this.doc.text(this.fit(texts.footerLeft, style, half + 40), this.left, footerY, {
      lineBreak: false,
    });
    this.style({ ...style, bold: true });
    const pageText = texts.footerRight;
    this.doc.text(pageText, this.left + this.width - this.doc.widthOfString(pageText), footerY, {
      lineBreak: false,
    });
  }
}

interface ContentStream {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * pdfkit turns every operator it writes into a page (several per line of text) into a Uint8Array
 * of its own and keeps them all until the end (bufferPages): tens of thousands of small buffers for
 * a long document. Collecting the operators as strings and converting them once per page when the
 * page is written out keeps the same bytes with far less memory.
 */
function batchContent(page: PDFKit.PDFPage): void {
  const stream = (page as unknown as { content: ContentStream }).content;
  const write = stream.write.bind(stream);
  const finalize = stream.finalize.bind(stream);
  let parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    const text = parts.join('\n');
    parts = [];
    write(text);
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') {
      parts.push(chunk);
      // One flat string per few hundred operators instead of hundreds of small ones.
      if (parts.length >= 512) parts = [parts.join('\n')];
    } else {
      flush();
      write(chunk);
    }
  };
  stream.finalize = () => {
    flush();
    finalize();
  };
}

/** Collects a finished document stream into one buffer. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * A pause for long synchronous work (a document of many units): each call lets the event loop
 * run once (`setImmediate`) when `everyMs` have passed since the last time, else returns at once.
 */
export function pauses(everyMs = 10): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await new Promise((next) => setImmediate(next));
    last = performance.now();
  };
}
