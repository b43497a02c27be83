import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`): full Latin Extended, so every Baltic letter renders and
 * extracts. Parsed once per process with pdfkit's own fontkit and shared by every document (pdfkit
 * accepts a parsed font; each document still embeds its own subset of the glyphs it uses).
 */
export interface PdfFonts {
  readonly regular: PDFKit.Mixins.PDFFontSource;
  readonly bold: PDFKit.Mixins.PDFFontSource;
}

interface Fontkit {
  create(buffer: Uint8Array): unknown;
}

let cached: PdfFonts | undefined;

const nodeRequire = createRequire(__filename);

/** Where the package keeps its TTF files (resolved at run time from node_modules). */
export function fontDirectory(): string {
  return join(dirname(nodeRequire.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function pdfFonts(): PdfFonts {
  if (cached === undefined) {
    const fontkit = createRequire(nodeRequire.resolve('pdfkit'))('fontkit') as Fontkit;
    const open = (file: string) =>
      fontkit.create(readFileSync(join(fontDirectory(), file))) as PDFKit.Mixins.PDFFontSource;
    cached = { regular: open('DejaVuSans.ttf'), bold: open('DejaVuSans-Bold.ttf') };
  }
  return cached;
}
