import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Curriculum, Unit } from '@curriculum-builder/curriculum';
import { BOM, neutralise, parseCsv, unneutralise } from '../src/common/csv-format';
import { client, Client, createAuthor } from './support/accounts';
import { api, createDraft } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/*
 * Formula injection (ASVS 5.0 V1.2.10) checked by a real spreadsheet: hostile texts go into a
 * curriculum through the API, the CSV export is opened by LibreOffice Calc (headless, converted to
 * flat ODS) and the sheet must hold no formula, every hostile text being shown as text.
 *
 * A control file (the same export with the neutralisation undone) proves that Calc, read this way,
 * does evaluate formulas: otherwise "no formula" would prove nothing.
 */

const run = promisify(execFile);

/** The outside finding, then the classic payloads and an already quoted one. */
const HOSTILE = [
  '\n=1+1',
  ' =1+1',
  '\u3000=1+1',
  '＝1+1',
  ';=1',
  '|calc',
  '\t=1',
  '\r=1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '=1+1',
  '=HYPERLINK("http://evil.example";"klick")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  "'=1+1",
  '=SUMME(1;2) Größe',
  '－Šķērslis ļoti',
  '＠Ąžuolas ėjo',
  '\u3000＝Õun ja šokolaad',
];

/** German, Lithuanian, Latvian and Estonian letters, harmless: exported byte for byte. */
const LETTERS = {
  de: 'Zerspanungsmechaniker: Größe, Übermaß, Ölfilter, Fräsen',
  lt: 'Tekinimas ir frezavimas: ą č ę ė į š ų ū ž',
  lv: 'Frēzēšana un virpošana: ā ē ģ ī ķ ļ ņ š ū ž',
  et: 'Treimine ja freesimine: õ ä ö ü š ž',
};

/** Calc's CSV import: its filter options, token by token (LibreOffice "Filter Options"). */
const CSV_FILTER = [
  44, // field separator: the export writes commas (csv-format.ts, writeCsv)
  34, // text delimiter "
  76, // character set UTF-8 (the export starts with a BOM)
  1, // first line to read
  '', // column formats: standard (no column forced to text, which would hide formulas)
  '', // language: the default
  'false', // quoted fields as text: no, quoted cells are evaluated like any other
  'false', // detect special numbers
  'false', // (export only) save cell contents as shown
  'false', // (export only) export cell formulas
  'true', // trim spaces: the lenient reading, where " =1+1" becomes "=1+1"
  '-1', // (export only) sheet
  'true', // evaluate formulas: yes, as a user opening the file would get
].join(',');

/** Where soffice is, or a failure that says how to get it (CI installs it, see .ci/run). */
async function sofficeVersion(): Promise<string> {
  try {
    return (await run('soffice', ['--version'], { timeout: 60_000 })).stdout.trim();
  } catch (error) {
    throw new Error(
      'LibreOffice (soffice) is needed by this test and was not found: install it with ' +
        '`apt-get install --no-install-recommends libreoffice-calc-nogui` (.ci/run does this in CI). ' +
        `(${(error as Error).message})`,
    );
  }
}

/** Converts CSV files to flat ODS with Calc, in a profile of its own; returns the FODS texts. */
async function openInCalc(files: Record<string, string>): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-calc-'));
  try {
    const inputs = Object.entries(files).map(([name, text]) => {
      const path = join(dir, `${name}.csv`);
      writeFileSync(path, text, 'utf8');
      return path;
    });
    const out = join(dir, 'out');
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        `--infilter=CSV:${CSV_FILTER}`,
        '--convert-to',
        'fods',
        '--outdir',
        out,
        ...inputs,
      ],
      { timeout: 60_000, env: { ...process.env, HOME: dir } },
    );
    return Object.fromEntries(
      Object.keys(files).map((name) => [name, readFileSync(join(out, `${name}.fods`), 'utf8')]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface SheetCell {
  readonly formula: string | undefined;
  readonly valueType: string | undefined;
  /** What the cell shows: its paragraphs joined by line feeds. */
  readonly text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of one `<text:p>` (ODF: runs of spaces, tabs and line breaks are elements). */
function paragraphText(xml: string): string {
  return decode(
    xml
      .replace(/<text:s\s*\/>/g, ' ')
      .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_m, n: string) => ' '.repeat(Number(n)))
      .replace(/<text:tab\s*\/>/g, '\t')
      .replace(/<text:line-break\s*\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** Every cell of a flat ODS document, with its formula (if any), value type and shown text. */
function sheetCells(fods: string): SheetCell[] {
  const cells: SheetCell[] = [];
  const cell = /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g;
  for (const [, attributes, body = ''] of fods.matchAll(cell)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    const paragraphs = [...body.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map(
      ([, inner = '']) => paragraphText(inner),
    );
    cells.push({
      formula: attribute('table:formula'),
      valueType: attribute('office:value-type'),
      text: paragraphs.join('\n'),
    });
  }
  return cells;
}

/** Calc makes a paragraph of each line, whichever line end the cell had. */
const asShown = (text: string) => text.replace(/\r\n?/g, '\n');

/** The export with every cell as the user typed it: what a CSV without neutralisation would be. */
function withoutNeutralisation(csv: string): string {
  const { records } = parseCsv(csv.slice(BOM.length));
  return (
    BOM +
    records
      .map((r) =>
        r.cells
          .map(unneutralise)
          .map((c) => (/[,"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
          .join(','),
      )
      .join('\r\n') +
    '\r\n'
  );
}

describe(`CSV export opened in LibreOffice Calc: no formula (${testDatabase()})`, () => {
  let t: TestApp;
  let as: Client;
  let curriculum: Curriculum;
  let sheets: Record<string, SheetCell[]>;
  /** The export with the neutralisation undone. */
  let control: string;

  beforeAll(async () => {
    // Fails the suite loudly (here and in CI) when LibreOffice is missing; never skips.
    await sofficeVersion();
    t = await startTestApp();
    as = client(t.server, (await createAuthor(t)).token);
    const [first, second, ...rest] = HOSTILE;
    const draft = await createDraft(as, {
      code: 'ZM-CALC',
      languages: ['de', 'lt', 'lv', 'et'],
      title: { de: first, lt: LETTERS.lt, lv: LETTERS.lv, et: LETTERS.et },
      description: { de: second, lt: LETTERS.lt, lv: LETTERS.lv, et: LETTERS.et },
    });
    // One unit per remaining hostile text: in its title, description, criteria and outcome.
    for (const [i, text] of [first, second, ...rest].entries()) {
      const unit: Unit = (
        await as
          .post(`${api}/curricula/${draft.id}/units`)
          .send({
            code: `U-${i + 1}`,
            title: { de: text, lt: LETTERS.lt, lv: LETTERS.lv, et: LETTERS.et },
            description: { de: LETTERS.de, lv: text },
            eqfLevel: 4,
            ecvetPoints: 5,
            year: 1,
            term: 1,
            assessment: { methods: ['practical-task'], criteria: { et: text } },
          })
          .expect(201)
      ).body;
      await as
        .post(`${api}/curricula/${draft.id}/units/${unit.id}/outcomes`)
        .send({ category: 'skill', text: { de: LETTERS.de, lt: text } })
        .expect(201);
    }
    curriculum = (await as.get(`${api}/curricula/${draft.id}`).expect(200)).body;
    const exported = await as
      .get(`${api}/curricula/${draft.id}/export/csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    const csv = exported.body as string;
    control = withoutNeutralisation(csv);
    const fods = await openInCalc({ export: csv, control });
    sheets = { export: sheetCells(fods.export), control: sheetCells(fods.control) };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('stored the hostile texts as sent', () => {
    expect(curriculum.title.de).toBe(HOSTILE[0]);
    expect(curriculum.description.de).toBe(HOSTILE[1]);
    expect(curriculum.units.map((u) => u.title.de)).toEqual(HOSTILE);
    expect(curriculum.units.map((u) => u.outcomes[0].text.lt)).toEqual(HOSTILE);
  });

  it('is a real probe: without the neutralisation Calc evaluates formulas from the same file', () => {
    // Each "=1+1" cell, and each " =1+1" cell (Calc trims the space first): the finding is real.
    const cells = parseCsv(control.slice(BOM.length)).records.flatMap((r) => r.cells);
    const expected = cells.filter((c) => /^ *=1\+1$/.test(c)).length;
    expect(cells.filter((c) => c === ' =1+1').length).toBeGreaterThan(0);
    const formulas = sheets.control.filter((c) => c.formula !== undefined);
    expect(formulas.filter((c) => c.formula === 'of:=1+1' && c.text === '2')).toHaveLength(
      expected,
    );
  });

  it('holds no formula at all', () => {
    expect(sheets.export.length).toBeGreaterThan(HOSTILE.length);
    expect(sheets.export.filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it('shows every hostile text as text, as written apart from the one leading apostrophe', () => {
    // Calc (7.4) keeps the apostrophe of a CSV cell as a visible character of the text, unlike the
    // apostrophe typed into its input line, which it hides; a Calc that hides it shows the cell
    // without exactly that one apostrophe. Either way the original text is there, unevaluated.
    const shown = new Map(sheets.export.map((c) => [c.text, c]));
    for (const text of HOSTILE) {
      const written = neutralise(text);
      expect(written).toBe(`'${text}`);
      const cell = shown.get(asShown(written)) ?? shown.get(asShown(written.slice(1)));
      expect({ text, found: cell !== undefined }).toEqual({ text, found: true });
      expect(cell?.valueType).toBe('string');
      expect(cell?.formula).toBeUndefined();
    }
  });

  it('shows German and Baltic letters unchanged', () => {
    const texts = new Set(sheets.export.map((c) => c.text));
    for (const text of Object.values(LETTERS)) expect(texts).toContain(text);
  });
});
