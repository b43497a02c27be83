import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type {
  Curriculum,
  CurriculumContent,
  CurriculumSummary,
} from '@curriculum-builder/curriculum';
import { curriculumAsContent } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { Workbook, type Worksheet } from 'exceljs';
import fc from 'fast-check';
import request from 'supertest';
import type { Caller } from '../src/common/caller';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { interopCommands } from '../src/app/interop/interop-commands';
import { client, Client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

/*
 * The Excel round trip: the export of a curriculum, re-saved by LibreOffice Calc (headless, as a
 * school without Excel would), imports back as a new draft with the same content. Edits made as a
 * teacher would make them arrive; formulas are never calculated; a deleted language column is a
 * warning that names it; every problem is a 422 naming sheet, row and column, and nothing is
 * written.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const run = promisify(execFile);

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

/** The file re-saved by LibreOffice (headless, a profile of its own per run) in `format`. */
async function resaveWithLibreOffice(file: Buffer, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-office-'));
  try {
    writeFileSync(join(dir, `in.${format}`), file);
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        join(dir, 'out'),
        join(dir, `in.${format}`),
      ],
      { timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    return readFileSync(join(dir, 'out', `in.${format}`));
  } catch (error) {
    throw new Error(
      'LibreOffice (soffice) is needed by this test and could not convert the file: install it with ' +
        '`apt-get install --no-install-recommends libreoffice-calc-nogui` ' +
        `(${(error as Error).message})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A zip archive written by hand: entries deflated, `declared` overrides the size in the headers. */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const size = declared ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data) >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data) >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The files of a zip archive written by LibreOffice or exceljs (central directory, deflate). */
function unzipAll(file: Buffer): Map<string, string> {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = file.readUInt16LE(at + 10);
    const size = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    const local = file.readUInt32LE(at + 42);
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const packed = file.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(packed) : packed).toString('utf8'));
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return files;
}

async function workbookOf(file: Buffer): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(file as never);
  return book;
}

async function bytesOf(book: Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The column number of a header key. */
function columnOf(sheet: Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === key) found = column;
  });
  if (found === 0) throw new Error(`no column ${key} in sheet ${sheet.name}`);
  return found;
}

describe(`Excel export and import (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let cnc: Curriculum;
  /** The export of the CNC curriculum, as the base of edited files. */
  let cncXlsx: Buffer;

  const exportXlsx = async (as: Client, id: string) => {
    const response = await as
      .get(`${api}/curricula/${id}/export/xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return { body: response.body as Buffer, headers: response.headers };
  };
  const importXlsx = (as: Client, file: Buffer | string, type = XLSX) =>
    as.post(`${api}/curricula/import/xlsx`).set('Content-Type', type).send(file);
  const tree = async (as: Client, id: string) =>
    (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const count = () => t.dataSource.getRepository(CurriculumEntity).count();

  /** Imports and expects a 422 with problems and no new curriculum. */
  const rejected = async (file: Buffer | string, type = XLSX) => {
    const before = await count();
    const response = await importXlsx(teacher, file, type).expect(422);
    expect(await count()).toBe(before);
    expect(response.body.problems.length).toBeGreaterThan(0);
    return response.body.problems as { path: string; message: string }[];
  };

  /** The CNC export, changed with exceljs as a teacher would change it in Excel. */
  const edited = async (edit: (book: Workbook) => void) => {
    const book = await workbookOf(cncXlsx);
    edit(book);
    return bytesOf(book);
  };
  const sheet = (book: Workbook, name: string) => {
    const found = book.getWorksheet(name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };

  beforeAll(async () => {
    ({ t, anonymous, teacher } = await startDemoApp());
    const list: CurriculumSummary[] = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items;
    cnc = await tree(anonymous, list.find((c) => c.code === 'ZM-CNC-2018')?.id ?? '');
    cncXlsx = (await exportXlsx(anonymous, cnc.id)).body;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('exports a workbook with one sheet per part, frozen headers, widths and drop-down lists', async () => {
    const { headers } = await exportXlsx(anonymous, cnc.id);
    expect(headers['content-type']).toBe(XLSX);
    expect(headers['content-disposition']).toBe('attachment; filename="ZM-CNC-2018.xlsx"');
    const book = await workbookOf(cncXlsx);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'curriculum',
      'electiveGroups',
      'units',
      'assessment',
      'outcomes',
      'escoSkills',
      'workBasedLearning',
      'assessmentPlan',
      'partialQualifications',
      'about',
    ]);
    const units = sheet(book, 'units');
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const lang of cnc.languages) columnOf(units, `title.${lang}`);
    expect(units.getColumn(columnOf(units, 'title.de')).width).toBeGreaterThan(20);
    expect(units.rowCount).toBe(cnc.units.length + 1);
    const outcomes = sheet(book, 'outcomes');
    expect(outcomes.getColumn(columnOf(outcomes, 'escoSkillUri')).hidden).toBe(true);
    expect(outcomes.rowCount).toBe(cnc.units.reduce((n, u) => n + u.outcomes.length, 0) + 1);
    const curriculum = sheet(book, 'curriculum');
    const fields: string[] = [];
    curriculum.getColumn(1).eachCell((cell) => fields.push(String(cell.value)));
    for (const lang of cnc.languages) expect(fields).toContain(`title.${lang}`);
    // The drop-down lists: outcome categories, Industry 4.0 areas, booleans.
    const xml = unzipAll(cncXlsx);
    const sheets = [...xml.entries()].filter(([name]) => name.startsWith('xl/worksheets/sheet'));
    const validations = sheets.map(([, text]) => text).join('\n');
    expect(validations).toContain('&quot;knowledge,skill,responsibility-autonomy&quot;');
    expect(validations).toContain('&quot;innovation-capacity,digital-production,digital-work,');
    expect(validations).toContain('&quot;true,false&quot;');
    // Every text is a string cell; there is no formula anywhere.
    for (const [, text] of sheets) expect(text).not.toMatch(/<f[ >]/);
  });

  it('round trips the demo CNC curriculum through LibreOffice Calc without loss', async () => {
    const resaved = await resaveWithLibreOffice(cncXlsx, 'xlsx');
    for (const [name, text] of unzipAll(resaved)) {
      if (name.startsWith('xl/worksheets/'))
        expect({ name, formula: /<f[ >]/.test(text) }).toEqual({ name, formula: false });
    }
    const created = await importXlsx(teacher, resaved).expect(201);
    expect(created.body.warnings).toEqual([]);
    const copy = await tree(teacher, created.body.id);
    expect(copy.status).toBe('draft');
    expect(normalised(curriculumAsContent(copy))).toEqual(normalised(curriculumAsContent(cnc)));
    const audit = await teacher.get(`${api}/curricula/${copy.id}/audit`).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['curriculum.imported']);
  }, 120_000);

  it('round trips a German, Lithuanian, Latvian and Estonian curriculum with hostile texts through LibreOffice', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const generated = generateCurriculum({
      units: 6,
      outcomesPerUnit: 3,
      workBasedLearningPeriods: 3,
      languages: ['de', 'lt', 'lv', 'et'],
      seed: 16,
    });
    const tricky = [
      '=1+1',
      '=HYPERLINK("http://evil.example";"klick")',
      '+49 30 1234',
      '-5',
      '@SUM(1)',
      "'=quoted already",
      '  leading and trailing  ',
      'Zeile 1\nZeile 2',
      '_x0041_ stays as typed',
      '0715',
      'true',
      'ä ö ü ß ą č ę ė į š ų ū ž ā ē ģ ī ķ ļ ņ õ',
    ];
    const content: CurriculumContent = {
      ...generated,
      title: { ...generated.title, de: tricky[0], lt: tricky[1] },
      description: { ...generated.description, lv: tricky[6], et: tricky[7] },
      units: generated.units.map((u, i) => ({
        ...u,
        title: { ...u.title, lv: tricky[(i + 2) % tricky.length] },
        outcomes: u.outcomes.map((o, k) => ({
          ...o,
          text: { ...o.text, et: tricky[(i * 3 + k) % tricky.length] },
        })),
      })),
    };
    const id = await storeContent(t, content, author.institutionId ?? '');
    const first = (await exportXlsx(as, id)).body;
    const resaved = await resaveWithLibreOffice(first, 'xlsx');
    for (const [name, text] of unzipAll(resaved)) {
      if (name.startsWith('xl/worksheets/')) expect(text).not.toMatch(/<f[ >]/);
    }
    const created = await importXlsx(as, resaved).expect(201);
    expect(created.body.warnings).toEqual([]);
    expect(normalised(curriculumAsContent(await tree(as, created.body.id)))).toEqual(
      normalised(content),
    );
  }, 120_000);

  it('keeps carriage returns and control characters exactly when no spreadsheet re-saves the file', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const generated = generateCurriculum({
      units: 2,
      outcomesPerUnit: 1,
      workBasedLearningPeriods: 0,
      languages: ['de', 'en'],
      seed: 3,
    });
    const content: CurriculumContent = {
      ...generated,
      description: { de: 'Zeile 1\r\nZeile 2\rZeile 3', en: '_x000D_ and _x005F_ literally' },
    };
    const id = await storeContent(t, content, author.institutionId ?? '');
    const created = await importXlsx(as, (await exportXlsx(as, id)).body).expect(201);
    expect((await tree(as, created.body.id)).description).toEqual(content.description);
  });

  it('takes a teacher’s edits made in the workbook', async () => {
    const file = await edited((book) => {
      const units = sheet(book, 'units');
      units.getCell(2, columnOf(units, 'title.en')).value = 'Vocational training, edited in Excel';
      units.getCell(2, columnOf(units, 'ecvetPoints')).value = 7;
      const outcomes = sheet(book, 'outcomes');
      // A new outcome typed below the others, without a number.
      const row = outcomes.rowCount + 1;
      outcomes.getCell(row, columnOf(outcomes, 'unit')).value = cnc.units[0].code;
      outcomes.getCell(row, columnOf(outcomes, 'category')).value = 'skill';
      outcomes.getCell(row, columnOf(outcomes, 'text.de')).value = 'Bedient die Maschine sicher.';
    });
    const created = await importXlsx(teacher, file).expect(201);
    const copy = await tree(teacher, created.body.id);
    expect(copy.units[0].title.en).toBe('Vocational training, edited in Excel');
    expect(copy.units[0].ecvetPoints).toBe(7);
    expect(copy.units[0].outcomes.at(-1)?.text).toEqual({ de: 'Bedient die Maschine sicher.' });
    expect(copy.units[0].outcomes).toHaveLength(cnc.units[0].outcomes.length + 1);
    expect(copy.units.slice(1).map((u) => u.title)).toEqual(cnc.units.slice(1).map((u) => u.title));
  });

  it('never calculates a formula: a cell with =1+1 is refused, naming the cell', async () => {
    let row = 0;
    const problems = await rejected(
      await edited((book) => {
        const units = sheet(book, 'units');
        row = 3;
        units.getCell(row, columnOf(units, 'ecvetPoints')).value = { formula: '1+1', result: 2 };
        units.getCell(row, columnOf(units, 'title.en')).value = { formula: 'A1&"x"', result: 'x' };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: `sheet units, row ${row}, column ecvetPoints`,
          message: expect.stringMatching(/formula =1\+1.*not calculated/),
        },
        {
          path: `sheet units, row ${row}, column title.en`,
          message: expect.stringMatching(/formula/),
        },
      ]),
    );
  });

  it('warns of deleted language columns and sheets, naming them, instead of losing them silently', async () => {
    let headless = '';
    const file = await edited((book) => {
      for (const name of ['electiveGroups', 'units', 'workBasedLearning']) {
        const s = sheet(book, name);
        s.spliceColumns(columnOf(s, 'title.en'), 1);
      }
      const escoSkills = sheet(book, 'escoSkills');
      book.removeWorksheet(escoSkills.id);
      const units = sheet(book, 'units');
      units.getCell(1, units.columnCount + 1).value = 'Notizen';
      headless = units.getColumn(units.columnCount + 2).letter;
      units.getCell(3, units.columnCount + 2).value = 'a note without a header';
    });
    const created = await importXlsx(teacher, file).expect(201);
    const warnings = created.body.warnings as { path: string; message: string }[];
    expect(warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        'sheet electiveGroups, column title.en',
        'sheet units, column title.en',
        'sheet workBasedLearning, column title.en',
        'sheet escoSkills',
        'sheet units, column Notizen',
        `sheet units, column ${headless}`,
      ]),
    );
    expect(warnings.find((w) => w.path === 'sheet units, column title.en')?.message).toMatch(
      /missing: the English texts/,
    );
    const copy = await tree(teacher, created.body.id);
    expect(copy.units.every((u) => u.title.en === undefined)).toBe(true);
    expect(copy.units[0].title.de).toBe(cnc.units[0].title.de);
  });

  it('documents both Office imports in the OpenAPI document: binary bodies, 201, 413 and 422', async () => {
    const document = (await request(t.server).get('/api/docs-json').expect(200)).body;
    for (const [format, type] of [
      ['xlsx', XLSX],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]) {
      const operation = document.paths[`/api/v1/curricula/import/${format}`].post;
      expect(operation.requestBody.content[type].schema).toEqual({
        type: 'string',
        format: 'binary',
      });
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['201', '413', '422']),
      );
      expect(operation.responses['422'].description).toMatch(/row|table/);
    }
  });

  it('imports on the command line by the same service (npm run cli -- import --format xlsx)', async () => {
    const author = await createAuthor(t);
    const caller: Caller = {
      userId: author.id,
      email: author.email,
      displayName: 'Author',
      role: author.role,
      institutionId: author.institutionId,
      uiLanguage: null,
      sessionId: 'cli',
      csrfToken: '',
      expiresAt: '',
      via: 'bearer',
    };
    const { importers } = interopCommands(t.app);
    expect(Object.keys(importers)).toEqual(expect.arrayContaining(['xlsx', 'docx']));
    const id = await importers.xlsx(caller, cncXlsx);
    const copy = await tree(client(t.server, author.token), id);
    expect(normalised(curriculumAsContent(copy))).toEqual(normalised(curriculumAsContent(cnc)));
  });

  describe('rejects bad files with every problem, naming sheet, row and column, and writes nothing', () => {
    it('values out of range, unknown vocabulary, unknown codes and prerequisite cycles', async () => {
      const problems = await rejected(
        await edited((book) => {
          const units = sheet(book, 'units');
          units.getCell(2, columnOf(units, 'ecvetPoints')).value = -5;
          units.getCell(2, columnOf(units, 'eqfLevel')).value = '9';
          units.getCell(3, columnOf(units, 'mandatory')).value = 'vielleicht';
          units.getCell(3, columnOf(units, 'area1')).value = 'quantum-computing';
          const a = String(units.getCell(2, columnOf(units, 'code')).value);
          const b = String(units.getCell(3, columnOf(units, 'code')).value);
          units.getCell(2, columnOf(units, 'prerequisites')).value = b;
          units.getCell(3, columnOf(units, 'prerequisites')).value = `${a}, NOPE-1`;
          const outcomes = sheet(book, 'outcomes');
          outcomes.getCell(2, columnOf(outcomes, 'category')).value = 'attitude';
          outcomes.getCell(3, columnOf(outcomes, 'unit')).value = 'NOPE-2';
          const curriculum = sheet(book, 'curriculum');
          curriculum.eachRow((row) => {
            if (row.getCell(1).value === 'ecvetPoints') row.getCell(2).value = '1e9';
          });
        }),
      );
      const paths = problems.map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'sheet units, row 2, column ecvetPoints',
          'sheet units, row 2, column eqfLevel',
          'sheet units, row 3, column mandatory',
          'sheet units, row 3, column area1',
          'sheet outcomes, row 2, column category',
          'sheet outcomes, row 3, column unit',
          expect.stringMatching(/^sheet curriculum, row \d+, field ecvetPoints$/),
        ]),
      );
      const messages = problems.map((p) => p.message).join('\n');
      expect(messages).toMatch(/prerequisite cycle/);
      expect(messages).toMatch(/no unit has the code NOPE-1/);
      expect(messages).toMatch(/-5 is outside 0..1000/);
    });

    it('a text longer than the API takes, at its sheet, row and column', async () => {
      const problems = await rejected(
        await edited((book) => {
          const outcomes = sheet(book, 'outcomes');
          outcomes.getCell(4, columnOf(outcomes, 'text.de')).value = 'T'.repeat(2001);
        }),
      );
      expect(problems).toEqual([
        {
          path: 'sheet outcomes, row 4, column text',
          message: 'must not be longer than 2000 characters in "de"',
        },
      ]);
    });

    it('a missing curriculum sheet or column', async () => {
      expect(
        await rejected(await edited((book) => book.removeWorksheet(sheet(book, 'curriculum').id))),
      ).toContainEqual({
        path: 'sheet curriculum',
        message: expect.stringMatching(/is missing/),
      });
      const problems = await rejected(
        await edited((book) => {
          const units = sheet(book, 'units');
          units.spliceColumns(columnOf(units, 'ecvetPoints'), 1);
        }),
      );
      expect(problems).toContainEqual({
        path: 'sheet units, column ecvetPoints',
        message: 'missing column',
      });
    });

    it('a body that is not an xlsx file, naming what it is', async () => {
      expect((await rejected(Buffer.from('record,code\r\n')))[0].message).toMatch(
        /not a Excel workbook|not an Excel workbook|not a zip/,
      );
      expect((await rejected(Buffer.alloc(0)))[0]).toMatchObject({ path: 'file' });
      const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      expect((await rejected(ole))[0].message).toMatch(/old-format|password/);
      const word = zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
      expect((await rejected(word))[0].message).toMatch(/Word document/);
      expect((await rejected(cncXlsx.subarray(0, cncXlsx.length - 100)))[0].message).toMatch(
        /zip|damaged|cut off/,
      );
      await rejected('{"code":"x"}', 'application/json');
    });

    it('a zip bomb, by its declared size and by an entry that lies about its size', async () => {
      const big = Buffer.alloc(60 * 1024 * 1024);
      const declared = await rejected(zip([{ name: 'xl/workbook.xml', data: big }]));
      expect(declared[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/50 MB/) });
      const liar = await rejected(
        zip([{ name: 'xl/workbook.xml', data: Buffer.alloc(10 * 1024 * 1024), declared: 1000 }]),
      );
      expect(liar[0].message).toMatch(/more than it declares/);
    });

    it('a sheet with more than 20,000 rows, before reading its cells', async () => {
      const file = await edited((book) => {
        const outcomes = sheet(book, 'outcomes');
        for (let i = 0; i < 20_001; i++) outcomes.addRow([cnc.units[0].code, '', 'skill', 'x']);
      });
      expect(await rejected(file)).toEqual([
        {
          path: 'sheet outcomes',
          message: expect.stringMatching(/more than 20000 rows/),
        },
      ]);
    }, 60_000);

    it('a DOCTYPE in any part, before the XML parser sees it', async () => {
      const parts = [...unzipAll(cncXlsx)].map(([name, text]) => ({
        name,
        data: Buffer.from(
          name === 'xl/workbook.xml'
            ? text.replace('<workbook', '<!DOCTYPE w [<!ENTITY a "a">]><workbook')
            : text,
        ),
      }));
      expect((await rejected(zip(parts)))[0].message).toMatch(/DOCTYPE in xl\/workbook.xml/);
    });

    it('damaged bytes anywhere: a 422 naming the problem or a draft, never a 5xx (property-based)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(fc.nat({ max: cncXlsx.length - 1 }), fc.integer({ min: 1, max: 255 })),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          async (flips) => {
            const file = Buffer.from(cncXlsx);
            for (const [at, xor] of flips) file[at] ^= xor;
            const response = await importXlsx(teacher, file);
            expect([201, 422]).toContain(response.status);
            if (response.status === 422) expect(response.body.problems.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 25 },
      );
    }, 60_000);

    it('anonymous callers and learners may not import', async () => {
      await importXlsx(anonymous, cncXlsx).expect(401);
    });
  });

  it('previews the import: what it would create and its warnings, with nothing written', async () => {
    const before = await count();
    const response = await teacher
      .post(`${api}/curricula/import/xlsx/preview`)
      .set('Content-Type', XLSX)
      .send(cncXlsx)
      .expect(200);
    expect(response.body).toMatchObject({
      code: cnc.code,
      units: cnc.units.length,
      primaryLanguage: cnc.primaryLanguage,
    });
    expect(response.body.warnings).toEqual(expect.any(Array));
    expect(await count()).toBe(before);
    await teacher
      .post(`${api}/curricula/import/xlsx/preview`)
      .set('Content-Type', XLSX)
      .send(Buffer.from('not an office file'))
      .expect(422);
  });
});
