import { wordTables, WordXmlRejected } from './docx-tables';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const cell = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
const p = (inner: string) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const texts = (xml: string) =>
  wordTables(doc(xml), 100).map((t) => t.rows.map((row) => row.cells.map((c) => c.text)));

describe('wordTables: the cells of a Word document as a person sees them', () => {
  it('reads rows, cells, paragraphs, tabs, breaks, entities and spans', () => {
    const xml = `<w:p>${r('a heading, not a table')}</w:p><w:tbl><w:tblGrid/>
      <w:tr>${cell(p(r('unit')))}${cell(p(r('de')))}${cell(p(r('en')))}</w:tr>
      <w:tr>${cell(p(r('code')))}${cell(p(r('ZM-01')), '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell(p(r('title')))}${cell(p(r(' Zeile&#160;1 ')) + p(`${r('A')}<w:r><w:tab/></w:r>${r('B')}<w:r><w:br/></w:r>${r('C &amp; D &lt;x&gt;')}`))}${cell('<w:p/>')}</w:tr>
    </w:tbl>`;
    const [table] = wordTables(doc(xml), 100);
    expect(table.index).toBe(1);
    expect(table.rows[1].cells.map((c) => c.span)).toEqual([1, 2]);
    expect(texts(xml)).toEqual([
      [
        ['unit', 'de', 'en'],
        ['code', 'ZM-01'],
        ['title', ' Zeile\u00a01 \nA\tB\nC & D <x>', ''],
      ],
    ]);
  });

  it('takes tracked changes as accepted: inserted text in, deleted text and deleted rows out', () => {
    const xml = `<w:tbl>
      <w:tr>${cell(p(`<w:ins w:id="1" w:author="T">${r('new ')}</w:ins><w:del w:id="2" w:author="T"><w:r><w:delText>old </w:delText></w:r></w:del>${r('text')}`))}</w:tr>
      <w:tr><w:trPr><w:del w:id="3" w:author="T" w:date="2026-01-01T00:00:00Z"/></w:trPr>${cell(p(r('deleted row')))}</w:tr>
      <w:tr>${cell(p(`<w:moveFrom w:id="4">${r('moved away')}</w:moveFrom>${r('kept')}`))}</w:tr>
    </w:tbl>`;
    expect(texts(xml)).toEqual([[['new text'], ['kept']]]);
  });

  it('skips drawings, text boxes, fallbacks and field codes; a nested table adds to its cell', () => {
    const xml = `<w:tbl><w:tr>${cell(
      p(
        `${r('seen')}<mc:AlternateContent xmlns:mc="x"><mc:Choice Requires="wps">${r(' choice')}</mc:Choice><mc:Fallback><w:pict>${r('fallback')}</w:pict></mc:Fallback></mc:AlternateContent>` +
          `<w:r><w:drawing><wp:inline><a:t>drawn</a:t></wp:inline></w:drawing></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>`,
      ) + `<w:tbl><w:tr>${cell(p(r('inner')))}</w:tr></w:tbl>`,
    )}</w:tr></w:tbl><w:tbl><w:tr>${cell(p(r('second')))}</w:tr></w:tbl>`;
    const tables = wordTables(doc(xml), 100);
    expect(tables.map((t) => t.index)).toEqual([1, 2]);
    expect(texts(xml)).toEqual([[['seen choice\ninner']], [['second']]]);
  });

  it('refuses a DOCTYPE (no entity expansion), too many rows and a document cut off in a tag', () => {
    expect(() => wordTables(`<!DOCTYPE x [<!ENTITY a "b">]>${doc('')}`, 10)).toThrow(
      WordXmlRejected,
    );
    const rows = `<w:tbl>${`<w:tr>${cell('<w:p/>')}</w:tr>`.repeat(11)}</w:tbl>`;
    expect(() => wordTables(doc(rows), 10)).toThrow(/more than 10 table rows/);
    expect(() => wordTables(doc(rows), 11)).not.toThrow();
    expect(() => wordTables('<w:document><w:body><w:tbl', 10)).toThrow(/ends in the middle/);
    expect(() => wordTables(`${doc('')}<!-- never closed`, 10)).toThrow(/ends in the middle/);
  });
});
