import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import type {
  Curriculum,
  CurriculumContent,
  CurriculumSummary,
} from '@curriculum-builder/curriculum';
import { curriculumAsContent, ESCO_SOURCE, usesEsco } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import fc from 'fast-check';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { labelsFor } from '../src/app/exports/pdf/pdf-labels';
import { unzip } from '../src/app/interop/xlsx/office-zip';
import { client, Client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

/*
 * Word: the curriculum document (`docx`, one per language, headings and real tables), and the
 * teacher's round trip through the unit template (`docx-units`): exported, a table cell changed in
 * the XML as Word would change it, re-saved by LibreOffice Writer, imported as a new draft with
 * the same content (what the template carries) and the change.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LANGUAGES = ['de', 'en', 'lt', 'lv', 'et'] as const;
const run = promisify(execFile);

/** Content with empty texts dropped (an empty cell is no text). */
function normalised(content: unknown): unknown {
  return JSON.parse(
    JSON.stringify(content, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''))
        : value,
    ),
  );
}

/** What the unit template carries: no work-based learning, no ESCO skills, no assessment plan. */
function templatePart(content: CurriculumContent): unknown {
  return normalised({
    ...content,
    workBasedLearning: [],
    assessmentPlan: [],
    units: content.units.map((u) => ({
      ...u,
      escoSkills: [],
      outcomes: u.outcomes.map((o) => ({ category: o.category, text: o.text })),
    })),
  });
}

/** Runs LibreOffice (headless, a profile of its own per run) on a file; returns the output. */
async function convertWithLibreOffice(file: Buffer, from: string, to: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-writer-'));
  try {
    writeFileSync(join(dir, `in.${from}`), file);
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        to,
        '--outdir',
        join(dir, 'out'),
        join(dir, `in.${from}`),
      ],
      { timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    return readFileSync(join(dir, 'out', `in.${to.split(':')[0]}`));
  } catch (error) {
    throw new Error(
      'LibreOffice Writer (soffice) is needed by this test and could not convert the file: install it ' +
        'with `apt-get install --no-install-recommends libreoffice-writer-nogui` ' +
        `(${(error as Error).message})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A zip archive of the files, deflated (as Word writes them). */
function zip(files: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data) >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data) >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const LIMITS = { maxBytes: 50 * 1024 * 1024, maxEntries: 2000 };
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document with its `word/document.xml` changed by `edit`, as a zip again. */
function withDocumentXml(file: Buffer, edit: (xml: string) => string): Buffer {
  const files = unzip(file, LIMITS);
  const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
  const changed = edit(xml);
  if (changed === xml) throw new Error('the edit changed nothing');
  files.set('word/document.xml', Buffer.from(changed, 'utf8'));
  return zip(files);
}

/** The XML of the n-th top-level table (1-based; the template has no nested tables). */
function tableXml(xml: string, n: number): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < n; i++) start = xml.indexOf('<w:tbl>', start + 1);
  return { start, end: xml.indexOf('</w:tbl>', start) + '</w:tbl>'.length };
}

describe(`Word export and import (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let cnc: Curriculum;
  let template: Buffer;
  /** A generated curriculum in all five languages, and its author. */
  let five: Curriculum;
  let author: Client;

  const download = async (as: Client, path: string) => {
    const response = await as
      .get(`${api}${path}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return { body: response.body as Buffer, headers: response.headers };
  };
  const importDocx = (as: Client, file: Buffer | string, type = DOCX) =>
    as.post(`${api}/curricula/import/docx`).set('Content-Type', type).send(file);
  const tree = async (as: Client, id: string) =>
    (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const count = () => t.dataSource.getRepository(CurriculumEntity).count();
  const rejected = async (file: Buffer | string, type = DOCX) => {
    const before = await count();
    const response = await importDocx(teacher, file, type).expect(422);
    expect(await count()).toBe(before);
    expect(response.body.problems.length).toBeGreaterThan(0);
    return response.body.problems as { path: string; message: string }[];
  };

  beforeAll(async () => {
    ({ t, anonymous, teacher } = await startDemoApp());
    const list: CurriculumSummary[] = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items;
    cnc = await tree(anonymous, list.find((c) => c.code === 'ZM-CNC-2018')?.id ?? '');
    template = (await download(anonymous, `/curricula/${cnc.id}/export/docx-units`)).body;
    const user = await createAuthor(t);
    author = client(t.server, user.token);
    const content = generateCurriculum({
      units: 4,
      outcomesPerUnit: 3,
      workBasedLearningPeriods: 2,
      languages: [...LANGUAGES],
      seed: 5,
    });
    five = await tree(author, await storeContent(t, content, user.institutionId ?? ''));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('the curriculum document', () => {
    it.each(LANGUAGES)(
      'in %s: headings with outline levels, real tables, the labels of the language',
      async (lang) => {
        const { body, headers } = await download(
          author,
          `/curricula/${five.id}/export/docx?lang=${lang}`,
        );
        expect(headers['content-type']).toBe(DOCX);
        expect(headers['content-disposition']).toBe(
          `attachment; filename="${five.code}-${lang}.docx"`,
        );
        const files = unzip(body, LIMITS);
        const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
        const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
        // Word's navigation pane: heading styles with outline levels 0, 1, 2.
        for (const [id, level] of [
          ['Heading1', 0],
          ['Heading2', 1],
          ['Heading3', 2],
        ] as const) {
          const style = new RegExp(`w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
          expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
        }
        const headings = (level: number) =>
          (xml.match(new RegExp(`<w:pStyle w:val="Heading${level}"/>`, 'g')) ?? []).length;
        expect(headings(1)).toBe(4);
        expect(headings(2)).toBe(five.units.length + 3);
        expect(headings(3)).toBe(five.units.length * 2);
        // Per unit: outcomes and assessment; plus facts, units overview, points by year and area, WBL.
        expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2 * five.units.length + 5);
        const labels = labelsFor(lang);
        // The text as LibreOffice Writer reads it: the document opens, every label is there.
        const text = (
          await convertWithLibreOffice(body, 'docx', 'txt:Text (encoded):UTF8')
        ).toString('utf8');
        for (const label of [
          labels.overview,
          labels.units,
          labels.learningOutcomes,
          labels.wblPlan,
        ])
          expect(text).toContain(label);
        expect(text).toContain(five.units[0].code);
        expect(text).toContain(five.units[0].title[lang]);
        expect(text).toContain(five.units[3].outcomes[2].text[lang]);
        // No ESCO labels here (the demo's below), so no attribution either.
        expect(usesEsco(five)).toBe(false);
        expect(text).not.toContain(ESCO_SOURCE);
      },
      60_000,
    );

    it("gives ESCO's attribution where its labels are", async () => {
      expect(usesEsco(cnc)).toBe(true);
      const { body } = await download(anonymous, `/curricula/${cnc.id}/export/docx?lang=lt`);
      const text = (await convertWithLibreOffice(body, 'docx', 'txt:Text (encoded):UTF8')).toString(
        'utf8',
      );
      expect(text).toContain(labelsFor('lt').escoSource(ESCO_SOURCE));
      expect(text).toContain(cnc.occupation?.uri);
    }, 60_000);
  });

  describe('the unit template', () => {
    it('has one table per unit with fixed row labels and a column per language', async () => {
      const xml = unzip(template, LIMITS).get('word/document.xml')?.toString('utf8') ?? '';
      const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
      expect(tables).toHaveLength(1 + cnc.electiveGroups.length + cnc.units.length);
      const unitTable = tables[1 + cnc.electiveGroups.length];
      const firstCells = [...unitTable.matchAll(/<w:tr>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
        (m) => m[1],
      );
      expect(firstCells.slice(0, 6)).toEqual([
        'unit',
        'code',
        'title',
        'description',
        'eqfLevel',
        'ecvetPoints',
      ]);
      expect(firstCells).toEqual(expect.arrayContaining(['skill', 'knowledge']));
      for (const lang of cnc.languages) expect(unitTable).toContain(`>${lang}</w:t>`);
    });

    it('round trips the CNC curriculum with a cell changed in the XML, through LibreOffice Writer', async () => {
      const before = cnc.units[1].title.en ?? '';
      expect(before).not.toBe('');
      const changed = 'Set up CNC machines — edited in Word: ä ą ā õ';
      const edited = withDocumentXml(template, (xml) =>
        xml.replace(`>${xmlText(before)}</w:t>`, `>${xmlText(changed)}</w:t>`),
      );
      const resaved = await convertWithLibreOffice(edited, 'docx', 'docx');
      const created = await importDocx(teacher, resaved).expect(201);
      expect(created.body.warnings).toEqual([]);
      const copy = await tree(teacher, created.body.id);
      expect(copy.status).toBe('draft');
      expect(copy.units[1].title.en).toBe(changed);
      const expected = curriculumAsContent(cnc);
      expect(templatePart(curriculumAsContent(copy))).toEqual(
        templatePart({
          ...expected,
          units: expected.units.map((u, i) =>
            i === 1 ? { ...u, title: { ...u.title, en: changed } } : u,
          ),
        }),
      );
    }, 120_000);

    it('round trips a German, Lithuanian, Latvian and Estonian curriculum through LibreOffice Writer', async () => {
      const author = await createAuthor(t);
      const as = client(t.server, author.token);
      const generated = generateCurriculum({
        units: 5,
        outcomesPerUnit: 3,
        workBasedLearningPeriods: 0,
        languages: ['de', 'lt', 'lv', 'et'],
        seed: 21,
      });
      const content: CurriculumContent = {
        ...generated,
        description: {
          ...generated.description,
          lt: 'Pirma eilutė\nAntra eilutė\tsu tab',
          lv: '  =1+1  ',
        },
      };
      const id = await storeContent(t, content, author.institutionId ?? '');
      const file = (await download(as, `/curricula/${id}/export/docx-units`)).body;
      const resaved = await convertWithLibreOffice(file, 'docx', 'docx');
      const created = await importDocx(as, resaved).expect(201);
      expect(created.body.warnings).toEqual([]);
      expect(templatePart(curriculumAsContent(await tree(as, created.body.id)))).toEqual(
        templatePart(content),
      );
    }, 120_000);

    it('warns of a renamed language column and of a table of its own, naming them', async () => {
      const unitIndex = 1 + cnc.electiveGroups.length + 1; // the first unit table
      const edited = withDocumentXml(template, (xml) => {
        const { start, end } = tableXml(xml, unitIndex);
        const table = xml.slice(start, end).replace('>en</w:t>', '>English</w:t>');
        const own =
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Notizen</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>';
        return xml.slice(0, start) + table + xml.slice(end).replace('</w:body>', `${own}</w:body>`);
      });
      const created = await importDocx(teacher, edited).expect(201);
      const warnings = created.body.warnings as { path: string; message: string }[];
      const unit = cnc.units[0].code;
      expect(warnings).toEqual(
        expect.arrayContaining([
          {
            path: `table ${unitIndex} (unit ${unit}), column English`,
            message: expect.stringMatching(/not a language code/),
          },
          {
            path: `table ${unitIndex} (unit ${unit}), column en`,
            message: expect.stringMatching(/missing: the English texts/),
          },
          { path: expect.stringMatching(/^table \d+$/), message: expect.stringMatching(/Notizen/) },
        ]),
      );
      const copy = await tree(teacher, created.body.id);
      expect(copy.units[0].title.en).toBeUndefined();
      expect(copy.units[1].title.en).toBe(cnc.units[1].title.en);
    });

    it('refuses unknown row labels and bad values with every problem at its table and row', async () => {
      const unitIndex = 1 + cnc.electiveGroups.length + 1;
      const category = cnc.units[0].outcomes[0].category;
      const edited = withDocumentXml(template, (xml) => {
        const { start, end } = tableXml(xml, unitIndex);
        const table = xml
          .slice(start, end)
          .replace(/(>ecvetPoints<\/w:t>[\s\S]*?<w:t(?:\s[^>]*)?>)[^<]*</, '$1viele<')
          .replace(`>${category}</w:t>`, `>${category.slice(0, -1)}</w:t>`);
        return xml.slice(0, start) + table + xml.slice(end);
      });
      const problems = await rejected(edited);
      const unit = cnc.units[0].code;
      expect(problems).toEqual(
        expect.arrayContaining([
          {
            path: expect.stringMatching(
              new RegExp(
                `^table ${unitIndex} \\(unit ${unit}\\), row \\d+ \\(${category.slice(0, -1)}\\)$`,
              ),
            ),
            message: expect.stringMatching(/not a row of a unit table.*responsibility-autonomy/),
          },
          {
            path: expect.stringMatching(
              new RegExp(`^table ${unitIndex} \\(unit ${unit}\\), row \\d+ \\(ecvetPoints\\)$`),
            ),
            message: '"viele" is not a number',
          },
        ]),
      );
      const values = await rejected(
        withDocumentXml(template, (xml) => {
          const { start, end } = tableXml(xml, unitIndex);
          const table = xml
            .slice(start, end)
            .replace(/(>ecvetPoints<\/w:t>[\s\S]*?<w:t(?:\s[^>]*)?>)[^<]*</, '$1viele<');
          return xml.slice(0, start) + table + xml.slice(end);
        }),
      );
      expect(values).toEqual([
        {
          path: expect.stringMatching(
            new RegExp(`^table ${unitIndex} \\(unit ${unit}\\), row \\d+ \\(ecvetPoints\\)$`),
          ),
          message: '"viele" is not a number',
        },
      ]);
    });

    it('damaged bytes anywhere: a 422 naming the problem or a draft, never a 5xx (property-based)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(fc.nat({ max: template.length - 1 }), fc.integer({ min: 1, max: 255 })),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          async (flips) => {
            const file = Buffer.from(template);
            for (const [at, xor] of flips) file[at] ^= xor;
            const response = await importDocx(teacher, file);
            expect([201, 422]).toContain(response.status);
            if (response.status === 422) expect(response.body.problems.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 25 },
      );
    }, 60_000);

    it('refuses what is not a Word document, a DOCTYPE and too many rows, naming the problem', async () => {
      expect((await rejected(Buffer.from('hello')))[0].message).toMatch(/not a Word document/);
      const xlsx = (await download(anonymous, `/curricula/${cnc.id}/export/xlsx`)).body;
      expect((await rejected(xlsx))[0].message).toMatch(/Excel workbook/);
      const doctype = withDocumentXml(template, (xml) =>
        xml.replace('<w:document', '<!DOCTYPE w [<!ENTITY a "aaaa">]><w:document'),
      );
      expect((await rejected(doctype))[0].message).toMatch(/DOCTYPE/);
      const many = withDocumentXml(template, (xml) =>
        xml.replace(
          '</w:body>',
          `<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(20_001)}</w:tbl></w:body>`,
        ),
      );
      expect((await rejected(many))[0].message).toMatch(/more than 20000 table rows/);
      const bomb = zip(new Map([['word/document.xml', Buffer.alloc(60 * 1024 * 1024)]]));
      expect((await rejected(bomb))[0].message).toMatch(/50 MB/);
      await importDocx(anonymous, template).expect(401);
    });
  });

  it('previews the import: what it would create and its warnings, with nothing written', async () => {
    const before = await count();
    const response = await teacher
      .post(`${api}/curricula/import/docx/preview`)
      .set('Content-Type', DOCX)
      .send(template)
      .expect(200);
    expect(response.body).toMatchObject({
      code: cnc.code,
      units: cnc.units.length,
      primaryLanguage: cnc.primaryLanguage,
    });
    expect(response.body.warnings).toEqual(expect.any(Array));
    expect(await count()).toBe(before);
    await teacher
      .post(`${api}/curricula/import/docx/preview`)
      .set('Content-Type', DOCX)
      .send(Buffer.from('not an office file'))
      .expect(422);
  });
});
