import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/*
 * The text layer of PDFs as readers get it. pdf.js (through pdf-parse 2.4) sets up its worker with
 * a dynamic import(), which Jest's CommonJS sandbox refuses, so the PDFs are parsed in one plain
 * Node process per call. poppler's pdftotext is the second, independent reader.
 */

const WORKSPACE = resolve(__dirname, '../../../..');
const run = promisify(execFile);

export interface ParsedPdf {
  readonly pages: string[];
  readonly info: Record<string, unknown>;
  readonly outline: { title: string; items: { title: string }[] }[];
}

/** Text (per page), document information and outline of PDFs, by pdf-parse in a Node process. */
export async function parsePdfs(files: Record<string, Buffer>): Promise<Record<string, ParsedPdf>> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-pdf-'));
  try {
    const paths: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      paths[name] = join(dir, `${name}.pdf`);
      writeFileSync(paths[name], bytes);
    }
    const script = `
      import { PDFParse } from 'pdf-parse';
      import { readFileSync } from 'node:fs';
      const files = JSON.parse(process.env.PDF_FILES);
      const out = {};
      for (const [name, path] of Object.entries(files)) {
        const parser = new PDFParse({ data: readFileSync(path) });
        const text = await parser.getText({ pageJoiner: '' });
        const info = await parser.getInfo();
        const outline = (info.outline ?? []).map((o) => ({
          title: o.title,
          items: (o.items ?? []).map((i) => ({ title: i.title })),
        }));
        out[name] = { pages: text.pages.map((p) => p.text), info: info.info, outline };
        await parser.destroy();
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: WORKSPACE,
      env: { ...process.env, PDF_FILES: JSON.stringify(paths) },
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Record<string, ParsedPdf>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's pdftotext reads it (UTF-8, pages separated by form feeds). */
export async function pdftotext(bytes: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
