import fc from 'fast-check';
import { neutralise, parseCsv, unneutralise, writeCsv } from './csv-format';

/**
 * What a spreadsheet is at liberty to ignore before it looks at the first character, written
 * independently of the implementation: Unicode whitespace, controls, format and ignorable chars.
 */
const LEADING = /^[\s\u0085\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u;
const FORMULA_CHARS = ['=', '+', '-', '@', '|', ';'];

/**
 * Whether a lenient spreadsheet could read `cell` as a formula: it starts with a tab or CR, or its
 * first character after trimming is a formula character as it stands, once NFKC-folded on its
 * own, or once the whole (trimmed) cell is NFKC-normalised and trimmed again.
 */
function couldBeFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const trimmed = cell.replace(LEADING, '');
  const first = trimmed.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return [
    char,
    char.normalize('NFKC').charAt(0),
    trimmed.normalize('NFKC').replace(LEADING, '').charAt(0),
  ].some((c) => FORMULA_CHARS.includes(c));
}

/** Characters that make cells interesting: formula starts, their look-alikes, spaces, quotes. */
const TRICKY = [
  ...FORMULA_CHARS,
  "'",
  '"',
  ',',
  '\t',
  '\r',
  '\n',
  ' ',
  '\u00a0',
  '\u0085',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200b',
  '\u200e',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u2060',
  '\u3000',
  '\u3164',
  '\ufeff',
  '＝',
  '＋',
  '－',
  '＠',
  '｜',
  '；',
  '﹦',
  '﹢',
  '﹣',
  '﹫',
  '⁼',
  '₊',
  '⩵',
  '\u037e',
  '\u0338',
  '‾',
  '1',
  'a',
  'ä',
  'ą',
  'ž',
  'õ',
];
const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 8 });
const anyString = fc.oneof(
  trickyString,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.tuple(trickyString, fc.string({ unit: 'binary', maxLength: 6 })).map(([a, b]) => a + b),
);

describe('neutralise / unneutralise (formula injection, ASVS V1.2.10)', () => {
  describe('neutralises every cell of the outside finding', () => {
    it.each([
      ['line feed first', '\n=1+1'],
      ['space first', ' =1+1'],
      ['ideographic space first', '\u3000=1+1'],
      ['full-width equals', '＝1+1'],
      ['semicolon', ';=1'],
      ['pipe (DDE)', '|calc'],
      ['tab', '\t=1'],
      ['carriage return', '\r=1'],
      ['full-width plus', '＋1'],
      ['full-width minus', '－1'],
      ['full-width at', '＠SUM(A1)'],
    ])('%s: %j', (_name, cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`);
      expect(unneutralise(neutralise(cell))).toBe(cell);
    });
  });

  it.each([
    '=1+1',
    '+49 30 1234',
    '-Minus',
    '@cmd',
    '\tText',
    '\rText',
    '\u00a0=1',
    '\ufeff=1',
    '\u200b=1',
    '\u2028=1',
    '\u0085=1',
    '\u3164=1',
    ' \t \u3000 \n+1',
    '﹦1',
    '﹢1',
    '﹣1',
    '﹫A1',
    '｜calc',
    '；1',
    '\u037e1', // Greek question mark: NFC and NFKC turn it into ';'
    '⩵1', // NFKC: '=='
    '⁼1',
    '=\u0338', // composes to '≠' in NFKC, but a spreadsheet reads the raw '='
    '\u3000＝1',
  ])('neutralises the look-alike or hidden formula %j', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
    expect(unneutralise(`'${cell}`)).toBe(cell);
  });

  it('adds one more apostrophe to cells that already look neutralised, and removes only that one', () => {
    for (const cell of ["'=1", "''=1", "' =1", "'\n=1", "'＝1", "'|calc", "'\t"]) {
      expect(neutralise(cell)).toBe(`'${cell}`);
      expect(unneutralise(neutralise(cell))).toBe(cell);
    }
  });

  it('leaves ordinary cells byte for byte as they are, both ways', () => {
    for (const cell of [
      '',
      'Zerspanungsmechaniker/in',
      'ä ö ü ß ą č ę ė į š ų ū ž ā ē ģ ī ķ ļ ņ õ',
      '42',
      '0.25',
      'true',
      'U-1|U-2',
      'a=b',
      'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
      "'quoted",
      "' x",
      "''",
      ' leading and trailing ',
      '\n',
      '≠ not a formula',
      '‾=1', // NFKC gives ' ̅=1': the first character is a combining overline, not '='
      " '=1", // a trimming spreadsheet sees '=1: text
    ]) {
      expect(neutralise(cell)).toBe(cell);
      expect(unneutralise(cell)).toBe(cell);
    }
  });

  it("keeps negative numbers neutralised (as before): -5 is exported as the text '-5", () => {
    expect(neutralise('-5')).toBe("'-5");
    expect(unneutralise("'-5")).toBe('-5');
  });

  it('round trips every string exactly (property-based)', () => {
    fc.assert(
      fc.property(anyString, (cell) => {
        expect(unneutralise(neutralise(cell))).toBe(cell);
      }),
      { numRuns: 5000 },
    );
  });

  it('never leaves a cell that starts, after trimming and NFKC, with a formula character (property-based)', () => {
    fc.assert(
      fc.property(anyString, (cell) => {
        const out = neutralise(cell);
        expect(couldBeFormula(out)).toBe(false);
        // And it only adds an apostrophe where one is needed or keeps the round trip exact.
        if (couldBeFormula(cell)) expect(out).toBe(`'${cell}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('round trips through writeCsv and parseCsv', () => {
    // The reader takes the delimiter from the header line, as the export writes it (names only).
    const header = ['record', 'a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        fc.array(fc.array(anyString, { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          // 'x' first: a record of one empty cell would be a blank line, which readers skip.
          const data = rows.map((r) => ['x', ...r]);
          const read = parseCsv(writeCsv([header, ...data]).slice(1)).records.map((r) =>
            r.cells.map(unneutralise),
          );
          expect(read).toEqual([header, ...data]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
