import type {
  Curriculum,
  CurriculumContent,
  CurriculumSummary,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import fc from 'fast-check';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { parseCsv } from '../src/common/csv-format';
import { curriculumAsContent } from '@curriculum-builder/curriculum';
import { client, Client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

const BOM = '\uFEFF';
const LETTERS = 'ä ö ü ß ą č ę ė į š ų ū ž ā ē ģ ī ķ ļ ņ õ';

/** Content with empty texts dropped (an empty cell is no text). */
function normalised(content: CurriculumContent): unknown {
  return JSON.parse(
    JSON.stringify(content, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''))
        : value,
    ),
  );
}

describe(`CSV export and import (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let cnc: Curriculum;

  const exportCsv = async (as: Client, id: string) => {
    const response = await as
      .get(`${api}/curricula/${id}/export/csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    return { text: response.body as string, headers: response.headers };
  };
  const importCsv = (as: Client, csv: string | Buffer, type = 'text/csv') =>
    as.post(`${api}/curricula/import/csv`).set('Content-Type', type).send(csv);
  const tree = async (as: Client, id: string) =>
    (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const count = () => t.dataSource.getRepository(CurriculumEntity).count();

  /** Imports and expects a 422 with problems and no new curriculum. */
  const rejected = async (csv: string | Buffer, type = 'text/csv') => {
    const before = await count();
    const response = await importCsv(teacher, csv, type).expect(422);
    expect(await count()).toBe(before);
    expect(response.body.statusCode).toBe(422);
    expect(response.body.problems.length).toBeGreaterThan(0);
    return response.body.problems as { path: string; message: string }[];
  };

  beforeAll(async () => {
    ({ t, anonymous, teacher } = await startDemoApp());
    const list: CurriculumSummary[] = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items;
    const id = list.find((c) => c.code === 'ZM-CNC-2018')?.id ?? '';
    cnc = await tree(anonymous, id);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  /** A valid export of the CNC curriculum, as the base of edited files. */
  let cncCsv: string;

  it('exports one row per outcome as a UTF-8 CSV attachment with BOM', async () => {
    const { text, headers } = await exportCsv(anonymous, cnc.id);
    cncCsv = text;
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-disposition']).toBe('attachment; filename="ZM-CNC-2018.csv"');
    expect(text.startsWith(BOM)).toBe(true);
    const { records } = parseCsv(text.slice(1));
    const kinds = records.slice(1).map((r) => r.cells[0]);
    const outcomes = cnc.units.reduce((n, u) => n + Math.max(u.outcomes.length, 0), 0);
    expect(kinds.filter((k) => k === 'outcome')).toHaveLength(outcomes);
    expect(kinds.filter((k) => k === 'curriculum')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'wbl')).toHaveLength(cnc.workBasedLearning.length);
    expect(kinds.filter((k) => k === 'unit')).toHaveLength(
      cnc.units.filter((u) => u.outcomes.length === 0).length,
    );
    for (const lang of ['de', 'en', 'lt', 'lv'])
      expect(records[0].cells).toContain(`title.${lang}`);
  });

  it('round trips the demo CNC curriculum: export → import → export is the same CSV and content', async () => {
    const created = await importCsv(teacher, cncCsv).expect(201);
    const copy = await tree(teacher, created.body.id);
    expect(copy.status).toBe('draft');
    expect(normalised(curriculumAsContent(copy))).toEqual(normalised(curriculumAsContent(cnc)));
    expect((await exportCsv(teacher, copy.id)).text).toBe(cncCsv);
    const audit = await teacher.get(`/api/v1/curricula/${copy.id}/audit`).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['curriculum.imported']);
  });

  it('is lossless over generated curricula (property-based)', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const tricky = fc.constantFrom(
      '=SUM(A1:A2)',
      '+49 30 1234',
      '-Minus',
      '@cmd',
      '\tTab',
      "'=quoted already",
      'Komma, Semikolon; "Zitat"',
      'Zeile 1\r\nZeile 2\nZeile 3',
      LETTERS,
      '  leading and trailing  ',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 10_000 }),
          units: fc.integer({ min: 1, max: 5 }),
          outcomesPerUnit: fc.integer({ min: 0, max: 3 }),
          workBasedLearningPeriods: fc.integer({ min: 0, max: 2 }),
          languages: fc.shuffledSubarray(['de', 'en', 'lt', 'lv', 'et'], { minLength: 1 }),
          title: tricky,
          outcome: tricky,
        }),
        async ({ title, outcome, ...options }) => {
          const generated = generateCurriculum(options);
          const lang = generated.primaryLanguage;
          const content: CurriculumContent = {
            ...generated,
            title: { ...generated.title, [lang]: title },
            units: generated.units.map((u, i) =>
              i === 0 && u.outcomes.length > 0
                ? {
                    ...u,
                    outcomes: [
                      { ...u.outcomes[0], text: { ...u.outcomes[0].text, [lang]: outcome } },
                      ...u.outcomes.slice(1),
                    ],
                  }
                : u,
            ),
          };
          const id = await storeContent(t, content, author.institutionId ?? '');
          const first = (await exportCsv(as, id)).text;
          const created = await importCsv(as, first).expect(201);
          const second = (await exportCsv(as, created.body.id)).text;
          expect(second).toBe(first);
          expect(normalised(curriculumAsContent(await tree(as, created.body.id)))).toEqual(
            normalised(content),
          );
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);

  it('imports semicolon-delimited, BOM-less, LF-only files (as a German spreadsheet saves them)', async () => {
    const { records } = parseCsv(cncCsv.slice(1));
    const semicolon = records
      .map((r) =>
        r.cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'),
      )
      .join('\n');
    const created = await importCsv(teacher, semicolon).expect(201);
    expect((await exportCsv(teacher, created.body.id)).text).toBe(cncCsv);
    const plain = await importCsv(teacher, cncCsv.slice(1), 'text/plain').expect(201);
    expect((await exportCsv(teacher, plain.body.id)).text).toBe(cncCsv);
  });

  it('neutralises formula cells on export and restores them on import', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const generated = generateCurriculum({
      units: 2,
      outcomesPerUnit: 1,
      workBasedLearningPeriods: 0,
      languages: ['de', 'lt'],
      seed: 5,
    });
    const content: CurriculumContent = {
      ...generated,
      title: { de: '=HYPERLINK("http://evil")', lt: '@SUM(1)' },
      description: { de: '+1', lt: '-2' },
    };
    const id = await storeContent(t, content, author.institutionId ?? '');
    const csv = (await exportCsv(as, id)).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).toContain(`,'+1,'-2,`);
    for (const line of csv.split('\r\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    const created = await importCsv(as, csv).expect(201);
    const copy = await tree(as, created.body.id);
    expect(copy.title).toEqual(content.title);
    expect(copy.description).toEqual(content.description);
  });

  it('keeps German and Baltic letters intact', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const generated = generateCurriculum({
      units: 3,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de', 'lt', 'lv', 'et'],
      seed: 11,
    });
    const content = { ...generated, title: { de: LETTERS, lt: LETTERS, lv: LETTERS, et: LETTERS } };
    const id = await storeContent(t, content, author.institutionId ?? '');
    const csv = (await exportCsv(as, id)).text;
    expect(csv).toContain(LETTERS);
    const created = await importCsv(as, Buffer.from(csv, 'utf8')).expect(201);
    const copy = await tree(as, created.body.id);
    expect(copy.title).toEqual(content.title);
    const all = JSON.stringify(copy);
    for (const letter of LETTERS.split(' ')) expect(all).toContain(letter);
  });

  describe('rejects bad files with every problem and writes nothing', () => {
    /** The CNC export as records, edited by `edit`, written back as CSV. */
    const edited = (edit: (rows: string[][], col: (name: string) => number) => void) => {
      const rows = parseCsv(cncCsv.slice(1)).records.map((r) => [...r.cells]);
      const col = (name: string) => rows[0].indexOf(name);
      edit(rows, col);
      return rows
        .map((r) => r.map((c) => (/[,"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
        .join('\r\n');
    };
    const firstOutcome = (rows: string[][]) => rows.findIndex((r) => r[0] === 'outcome');

    it('invalid UTF-8 (Windows-1252 umlauts) and binary junk', async () => {
      const latin1 = Buffer.concat([
        Buffer.from(cncCsv.slice(1).split('\r\n').slice(0, 2).join('\r\n')),
        Buffer.from('\r\noutcome,Gr\xfc\xdfe\r\n', 'latin1'),
      ]);
      expect((await rejected(latin1))[0].message).toMatch(/not valid UTF-8/);
      const junk = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      expect((await rejected(junk))[0].message).toMatch(/UTF-8|binary/);
      expect((await rejected('a,b\r\n\u0000\u0001,x'))[0].message).toMatch(/binary/);
      expect((await rejected(''))[0].message).toMatch(/empty/);
    });

    it('unknown and missing columns', async () => {
      const problems = await rejected(
        edited((rows, col) => {
          rows[0][col('mandatory')] = 'pflicht';
          rows[0].push('colour');
          rows.slice(1).forEach((r) => r.push(''));
        }),
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          { path: 'row 1, column pflicht', message: 'unknown column' },
          { path: 'row 1, column colour', message: 'unknown column' },
          { path: 'row 1, column mandatory', message: 'missing column' },
        ]),
      );
    });

    it('duplicate unit codes with conflicting data, unknown prerequisites, cycles, absurd numbers, unknown categories', async () => {
      let conflictRow = 0;
      let row = 0;
      const problems = await rejected(
        edited((rows, col) => {
          row = firstOutcome(rows);
          const unit = rows[row][col('code')];
          // Another row of the same unit with a different title.
          conflictRow = rows.findIndex((r, i) => i > row && r[col('code')] === unit);
          rows[conflictRow][col('title.en')] = 'Something else';
          rows[row][col('ecvetPoints')] = '-5';
          rows[row][col('eqfLevel')] = '9';
          rows[row][col('year')] = '11';
          rows[row][col('outcomeCategory')] = 'attitude';
          const curriculum = rows.findIndex((r) => r[0] === 'curriculum');
          rows[curriculum][col('ecvetPoints')] = '1e9';
          // Prerequisite cycle between the last two units, and an unknown code.
          const units = [
            ...new Set(rows.filter((r) => r[0] === 'outcome').map((r) => r[col('code')])),
          ];
          const [a, b] = units.slice(-2);
          rows.forEach((r) => {
            if (r[col('code')] === a && r[0] === 'outcome') r[col('prerequisites')] = b;
            if (r[col('code')] === b && r[0] === 'outcome') r[col('prerequisites')] = `${a}|NOPE-1`;
          });
        }),
      );
      const paths = problems.map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          `row ${conflictRow + 1}, column title.en`,
          `row ${row + 1}, column ecvetPoints`,
          `row ${row + 1}, column eqfLevel`,
          `row ${row + 1}, column year`,
          `row ${row + 1}, column outcomeCategory`,
          'row 2, column ecvetPoints',
        ]),
      );
      const messages = problems.map((p) => p.message).join('\n');
      expect(messages).toMatch(/prerequisite cycle/);
      expect(messages).toMatch(/no unit has the code NOPE-1/);
      expect(messages).toMatch(/unknown category "attitude"/);
      expect(messages).toMatch(/-5 is outside 0..1000/);
    });

    it('values the REST API refuses, cell by cell: the limits table applies to imports too', async () => {
      // These were stored by earlier imports although no request could store them (drift).
      let wbl = 0;
      let outcome = 0;
      const problems = await rejected(
        edited((rows, col) => {
          const curriculum = rows.findIndex((r) => r[0] === 'curriculum');
          rows[curriculum][col('pointsPerYear')] = '500';
          rows[curriculum][col('hoursPerYear')] = '9000';
          outcome = firstOutcome(rows);
          const unit = rows[outcome][col('code')];
          for (const r of rows)
            if (r[col('code')] === unit && r[0] === 'outcome') r[col('term')] = '5';
          wbl = rows.findIndex((r) => r[0] === 'wbl');
          rows[wbl][col('durationHours')] = '15000';
        }),
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          { path: 'row 2, column pointsPerYear', message: '500 is outside 1..200' },
          { path: 'row 2, column hoursPerYear', message: '9000 is outside 100..4000' },
          { path: `row ${outcome + 1}, column term`, message: '5 is outside 1..4' },
          { path: `row ${wbl + 1}, column durationHours`, message: '15000 is outside 1..10000' },
        ]),
      );
    });

    it('values the REST API refuses in the whole content: lengths and ESCO URIs, at their row and column', async () => {
      let outcome = 0;
      const problems = await rejected(
        edited((rows, col) => {
          outcome = firstOutcome(rows);
          const unit = rows[outcome][col('code')];
          for (const r of rows)
            if (r[col('code')] === unit && r[0] === 'outcome') r[col('title.de')] = 'T'.repeat(301);
          rows[outcome][col('outcomeEscoUri')] =
            'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
          rows[outcome][col('outcomeEscoLabel.en')] = 'CNC operator';
          // A further skill of the outcome: its own JSON cell.
          rows[outcome][col('outcomeMoreEscoSkills')] = JSON.stringify([
            { uri: 'http://data.europa.eu/esco/skill/not-a-uuid', label: { en: 'x' } },
          ]);
        }),
      );
      expect(problems).toEqual([
        {
          path: `row ${outcome + 1}, column title`,
          message: 'must not be longer than 300 characters in "de"',
        },
        { path: `row ${outcome + 1}, column outcomeEscoUri`, message: 'must be an ESCO skill URI' },
        {
          path: `row ${outcome + 1}, column outcomeMoreEscoSkills`,
          message: 'must be an ESCO skill URI',
        },
      ]);
    });

    it('malformed CSV, a missing curriculum row and too many rows', async () => {
      await rejected(`${cncCsv.slice(1)}outcome,"never closed\r\n`);
      const noCurriculum = await rejected(edited((rows) => rows.splice(1, 1)));
      expect(noCurriculum).toContainEqual({
        path: 'file',
        message: 'no row with record curriculum',
      });
      const header = cncCsv.slice(1).split('\r\n')[0];
      const many = `${header}\n${'unit,U\n'.repeat(20_001)}`;
      expect((await rejected(many))[0].message).toMatch(/too many rows/);
    });

    it('a body that is not CSV text, and one over the 20 MB import limit (413)', async () => {
      await rejected('{"code":"x"}', 'text/plain');
      const before = await count();
      await importCsv(teacher, 'x'.repeat(21 * 1024 * 1024)).expect(413);
      expect(await count()).toBe(before);
    });
  });

  it('warns, naming it, when a language the curriculum lists has no column left (deleted or renamed)', async () => {
    const { text } = await exportCsv(anonymous, cnc.id);
    const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
    const header = parsed.records[0].cells;
    const keep = header.map((name) => !name.endsWith('.lv'));
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const withoutLatvian = parsed.records
      .map((record) =>
        record.cells
          .filter((_cell, k) => keep[k])
          .map(quote)
          .join(','),
      )
      .join('\r\n');
    const preview = await teacher
      .post(`${api}/curricula/import/csv/preview`)
      .set('Content-Type', 'text/csv')
      .send(withoutLatvian)
      .expect(200);
    expect(preview.body.languages).toEqual(cnc.languages);
    expect(preview.body.warnings).toEqual([
      {
        path: 'row 2, column languages',
        message: expect.stringMatching(/lists "lv", but the file has no column for it/),
      },
    ]);
    const imported = await importCsv(teacher, withoutLatvian).expect(201);
    expect(imported.body.warnings).toEqual(preview.body.warnings);
  });
});
