import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`): full Latin Extended, so every Baltic letter renders and
 * extracts. The font files are read once per process; pdfkit parses them anew for every document.
 *
 * Never share a parsed (fontkit) font between documents: fontkit caches glyph objects, and a glyph
 * first created as a component of a composed letter (U inside Ü) keeps no code point, so a later
 * document's ToUnicode map would lack it and copy, search and screen readers would lose the letter
 * (apps/api/test/export-pdf-text-layer.e2e-spec.ts).
 */
export interface PdfFonts {
  readonly regular: Buffer;
  readonly bold: Buffer;
}

let cached: PdfFonts | undefined;

const nodeRequire = createRequire(__filename);

/** Where the package keeps its TTF files (resolved at run time from node_modules). */
export function fontDirectory(): string {
  return join(dirname(nodeRequire.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function pdfFonts(): PdfFonts {
  if (cached === undefined) {
    const read = (file: string) => readFileSync(join(fontDirectory(), file));
    cached = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  }
  return cached;
}
