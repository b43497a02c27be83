import PDFDocument from 'pdfkit';
import { PDFParse } from 'pdf-parse';

it('parses', async () => {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  doc.text('hello');
  doc.end();
  await done;
  const p = new PDFParse({ data: Buffer.concat(chunks) });
  const t = await p.getText();
  await p.destroy();
  expect(t.text).toContain('hello');
});
