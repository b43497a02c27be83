import { UPDATABLE_FIELDS } from '@curriculum-builder/curriculum';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { escapeText } from './xlsx-export';
import { CURRICULUM_FIELDS, UNITS_SHEET } from './xlsx-layout';
import { cellText } from './xlsx-read';

/** Texts XML 1.0 can hold: no lone surrogates, no U+FFFE/U+FFFF. */
const xmlSafe = (s: string) =>
  !/[\uD800-\uDFFF\uFFFE\uFFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

const TRICKY = [
  '_x0041_',
  '_x005F_',
  '_x',
  '_X000d_',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u0001',
  '\u001f',
  ' ',
  '=',
  "'",
  'ä',
  'ą',
  'ā',
  'õ',
  '&',
  '<',
];

async function roundTrip(values: string[]): Promise<string[]> {
  const book = new Workbook();
  const sheet = book.addWorksheet('s');
  values.forEach((v, i) => (sheet.getCell(i + 1, 1).value = escapeText(v)));
  const read = new Workbook();
  await read.xlsx.load((await book.xlsx.writeBuffer()) as never);
  const out = read.getWorksheet('s');
  return values.map((_, i) => {
    const text = out === undefined ? '' : cellText(out.getCell(i + 1, 1));
    return typeof text === 'string' ? text : `refused: ${text.refused}`;
  });
}

describe('xlsx cells', () => {
  it('escapeText keeps every text exactly through exceljs (_xHHHH_ escapes, CR, controls)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 8 }),
            fc.string({ unit: 'grapheme', minLength: 1 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        async (values) => {
          const texts = values.filter(xmlSafe);
          // An empty cell is no text: the import never sees it.
          expect(await roundTrip(texts)).toEqual(texts.map((t) => t));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads what a person typed, and refuses formulas, dates and errors instead of guessing', () => {
    const sheet = new Workbook().addWorksheet('s');
    const at = (value: unknown) => {
      const cell = sheet.getCell('A1');
      cell.value = value as never;
      return cellText(cell);
    };
    expect(at(42)).toBe('42');
    expect(at(0.25)).toBe('0.25');
    expect(at(true)).toBe('true');
    expect(at({ richText: [{ text: 'Fräs' }, { text: 'en', font: { bold: true } }] })).toBe(
      'Fräsen',
    );
    expect(at({ text: 'ESCO', hyperlink: 'http://data.europa.eu/esco' })).toBe('ESCO');
    expect(at({ formula: 'TRUE()', result: true })).toBe('true');
    expect(at({ formula: '1+1', result: 2 })).toEqual({
      refused: expect.stringMatching(/formula =1\+1; formulas are not calculated/),
    });
    expect(at({ formula: 'TRUE()', result: 'x' })).toEqual({
      refused: expect.stringMatching(/formula/),
    });
    expect(at(new Date(Date.UTC(2026, 0, 2)))).toEqual({
      refused: expect.stringMatching(/date \(2026-01-02\)/),
    });
    expect(at({ error: '#REF!' })).toEqual({ refused: expect.stringMatching(/#REF!/) });
  });

  it('lays out every updatable field of the curriculum and the unit', () => {
    const keys = CURRICULUM_FIELDS.map((f) => f.key);
    const covered: Record<string, string[]> = {
      occupation: ['occupationUri', 'occupationLabel'],
      thresholds: ['pointsPerYear', 'yearLoadTolerance', 'hoursPerYear', 'minWblShare'],
      // Sheets of their own.
      electiveGroups: [],
      assessmentPlan: [],
      partialQualifications: [],
    };
    for (const field of UPDATABLE_FIELDS.curriculum)
      for (const key of covered[field] ?? [field]) expect(keys).toContain(key);
    const unitKeys = UNITS_SHEET.columns.map((c) => c.key);
    // Areas are one column each; skills, assessment and outcomes have sheets of their own.
    const elsewhere = ['areas', 'escoSkills', 'assessment'];
    for (const field of UPDATABLE_FIELDS.unit.filter((f) => !elsewhere.includes(f)))
      expect(unitKeys).toContain(field);
    expect(unitKeys).toContain('area1');
  });
});
