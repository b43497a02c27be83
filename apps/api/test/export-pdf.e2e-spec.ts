import type request from 'supertest';
import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { attachment } from '../src/infrastructure/web/content-disposition';
import { labelsFor } from '../src/app/exports/pdf/pdf-labels';
import { client, Client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { parsePdfs, type ParsedPdf } from './support/pdf-text';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

/*
 * The PDF exports over HTTP, read back with pdf-parse 2.4 (pdf.js, see support/pdf-text.ts). The
 * first pages are rendered to PNG with poppler's pdftoppm into dist/exports/ to look at.
 */

const WORKSPACE = resolve(__dirname, '../../..');
const ARTIFACTS = join(WORKSPACE, 'dist/exports');
const run = promisify(execFile);

/** DOMAIN.md's language line, per language. */
const LETTERS: Record<string, readonly string[]> = {
  de: ['ä', 'ö', 'ü', 'ß'],
  lt: ['ą', 'č', 'ę', 'ė', 'į', 'š', 'ų', 'ū', 'ž'],
  lv: ['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž'],
  et: ['õ', 'ä', 'ö', 'ü', 'š', 'ž'],
};

/** Lines of a page with runs of white space (pdf.js cell separators) made single spaces. */
const lines = (page: string) => page.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
/** Pages as one text with all white space (line breaks too) made single spaces. */
const flat = (pages: string | string[]) =>
  (Array.isArray(pages) ? pages.join(' ') : pages)
    .replace(/-[ \t]*\n\s*/g, '-') // lines break after hyphens ("SPS-|Grundlagen")
    .replace(/\s+/g, ' ');

async function download(as: Client, path: string): Promise<request.Response> {
  return as.get(path).responseType('blob').expect(200);
}

describe(`PDF export (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let cnc: Curriculum;
  let sfo: Curriculum;
  let letters: Curriculum;
  let large: Curriculum;
  const pdfs: Record<string, Buffer> = {};
  const headers: Record<string, request.Response['headers']> = {};
  let parsed: Record<string, ParsedPdf>;

  beforeAll(async () => {
    ({ t, anonymous, teacher } = await startDemoApp());
    const list: CurriculumSummary[] = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items;
    const tree = async (code: string, as = teacher) =>
      (await as.get(`${api}/curricula/${list.find((c) => c.code === code)?.id}`).expect(200))
        .body as Curriculum;
    cnc = await tree('ZM-CNC-2018', anonymous);
    sfo = await tree('SFO-2025');

    const author = await createAuthor(t);
    const authorClient = client(t.server, author.token);
    const lettersId = await storeContent(
      t,
      generateCurriculum({
        units: 12,
        outcomesPerUnit: 6,
        workBasedLearningPeriods: 3,
        languages: ['de', 'lt', 'lv', 'et'],
        seed: 7,
      }),
      author.institutionId ?? '',
    );
    letters = (await authorClient.get(`${api}/curricula/${lettersId}`).expect(200)).body;
    const largeContent = generateCurriculum({
      units: 220,
      outcomesPerUnit: 10,
      workBasedLearningPeriods: 12,
      languages: ['en', 'de'],
      seed: 3,
    });
    const largeId = await storeContent(
      t,
      { ...largeContent, code: 'GEN-LARGE' },
      author.institutionId ?? '',
    );
    large = (await authorClient.get(`${api}/curricula/${largeId}`).expect(200)).body;

    // Both PDFs of every demo curriculum in every language it has (the draft as its author).
    for (const [c, as] of [
      [cnc, anonymous],
      [sfo, teacher],
    ] as const) {
      for (const lang of c.languages) {
        for (const kind of ['pdf', 'pathway-pdf']) {
          const response = await download(
            as,
            `${api}/curricula/${c.id}/export/${kind}?lang=${lang}`,
          );
          pdfs[`${c.code}-${kind}-${lang}`] = response.body;
          headers[`${c.code}-${kind}-${lang}`] = response.headers;
        }
      }
    }
    for (const lang of letters.languages) {
      pdfs[`letters-${lang}`] = (
        await download(authorClient, `${api}/curricula/${letters.id}/export/pdf?lang=${lang}`)
      ).body;
    }
    pdfs['large'] = (await download(authorClient, `${api}/curricula/${large.id}/export/pdf`)).body;
    parsed = await parsePdfs(pdfs);

    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of [
      'ZM-CNC-2018-pdf-en',
      'ZM-CNC-2018-pathway-pdf-de',
      'SFO-2025-pdf-et',
      'large',
    ]) {
      const file = join(ARTIFACTS, `${name}.pdf`);
      for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`)))
        rmSync(join(ARTIFACTS, old));
      writeFileSync(file, pdfs[name]);
      await run('pdftoppm', [
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '3',
        '-png',
        file,
        join(ARTIFACTS, name),
      ]);
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('streams a PDF attachment named <code>-<lang>.pdf, the primary language by default', async () => {
    expect(headers['ZM-CNC-2018-pdf-en']['content-type']).toBe('application/pdf');
    expect(headers['ZM-CNC-2018-pdf-en']['content-disposition']).toBe(
      'attachment; filename="ZM-CNC-2018-en.pdf"',
    );
    expect(headers['SFO-2025-pathway-pdf-et']['content-disposition']).toBe(
      'attachment; filename="SFO-2025-pathway-et.pdf"',
    );
    const byDefault = await download(anonymous, `${api}/curricula/${cnc.id}/export/pdf`);
    expect(byDefault.headers['content-disposition']).toBe(
      'attachment; filename="ZM-CNC-2018-de.pdf"',
    );
    for (const bytes of Object.values(pdfs)) {
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    }
    expect(attachment('Žemė-1-lt.pdf')).toBe(
      `attachment; filename="Zeme-1-lt.pdf"; filename*=UTF-8''%C5%BDem%C4%97-1-lt.pdf`,
    );
  });

  it('exports only what the caller may read, in one of its languages', async () => {
    await anonymous.get(`${api}/curricula/${sfo.id}/export/pdf`).expect(404);
    await anonymous.get(`${api}/curricula/${sfo.id}/export/pathway-pdf`).expect(404);
    await anonymous.get(`${api}/curricula/${letters.id}/export/pdf`).expect(404);
    const unknown = await anonymous
      .get(`${api}/curricula/${cnc.id}/export/pdf?lang=fr`)
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { path: 'lang', message: expect.stringContaining('de, en, lt, lv') },
    ]);
    await anonymous.get(`${api}/curricula/${cnc.id}/export/pathway-pdf?lang=et`).expect(400);
  });

  it('lays out cover, contents, overview, points, WBL plan and the units in order', () => {
    const en = labelsFor('en');
    const { pages } = parsed['ZM-CNC-2018-pdf-en'];
    const cover = flat(pages[0]);
    expect(cover).toContain(cnc.title['en']);
    expect(cover).toContain('Berufsbildende Schule Metalltechnik (Demo)');
    for (const fact of [
      'ZM-CNC-2018',
      '0715',
      '210',
      en.statuses.published,
      'CNC machine operator',
    ])
      expect(cover).toContain(fact);
    expect(lines(pages[1])).toContain(en.contents);
    const all = flat(pages);
    const order = [
      en.overview,
      en.unitsOverview,
      en.pointsByYear,
      en.pointsByArea,
      // The two-part final examination, with weights and the add-ons' points beside the total.
      en.assessmentPlan,
      ...cnc.assessmentPlan.map((p) => `${p.code} ${p.title['en']}`),
      en.wblPlan,
      ...cnc.units.map((u) => `${u.code} ${u.title['en'] ?? u.title['de']}`),
    ];
    const body = flat(pages.slice(2));
    let at = -1;
    for (const heading of order) {
      const next = body.indexOf(heading, at + 1);
      expect({ heading, found: next > at }).toEqual({ heading, found: true });
      at = next;
    }
    expect(all).toContain(en.categories['responsibility-autonomy']);
    expect(all).toContain(`${en.prerequisites}: ${en.none}`);
    expect(all).toContain('http://data.europa.eu/esco/skill/');
  });

  it('has a table of contents with the page numbers of the unit headings', () => {
    const { pages } = parsed['ZM-CNC-2018-pdf-de'];
    const toc = lines(pages[1]);
    for (const unit of cnc.units) {
      const entry = toc.find((l) => l.startsWith(`${unit.code} `));
      const page = Number(entry?.match(/(\d+)$/)?.[1]);
      expect(flat(pages[page - 1])).toContain(`${unit.code} ${unit.title['de']}`);
    }
  });

  it('keeps every letter of the domain languages (ä ö ü ß · ą č ę ė į š ų ū ž · ā … · õ …)', () => {
    for (const [lang, expected] of Object.entries(LETTERS)) {
      const text = parsed[`letters-${lang}`].pages.join('\n');
      expect({ lang, missing: expected.filter((l) => !text.includes(l)) }).toEqual({
        lang,
        missing: [],
      });
    }
    expect(flat(parsed['ZM-CNC-2018-pdf-lt'].pages[0])).toContain(cnc.title['lt']);
    expect(flat(parsed['ZM-CNC-2018-pdf-lv'].pages[0])).toContain(cnc.title['lv']);
    expect(flat(parsed['ZM-CNC-2018-pdf-lv'].pages)).toContain(cnc.description['lv']);
    expect(flat(parsed['ZM-CNC-2018-pdf-de'].pages)).toContain(cnc.units[0].outcomes[0].text['de']);
    expect(flat(parsed['SFO-2025-pdf-et'].pages[0])).toContain(sfo.title['et']);
    expect(flat(parsed['SFO-2025-pdf-et'].pages)).toContain(sfo.description['et']);
  });

  it('falls back to the primary language, marked, with a note on the cover', () => {
    const lt = labelsFor('lt');
    const { pages } = parsed['ZM-CNC-2018-pdf-lt'];
    const untranslated = cnc.units.find((u) => !u.title['lt']);
    expect(untranslated).toBeDefined();
    expect(flat(pages)).toContain(`${untranslated?.title['de']} [de]`);
    expect(flat(pages[0])).toContain(lt.fallbackNote('lietuvių', 'vokiečių', 'de'));
    expect(lines(pages[1])).toContain(lt.contents);
  });

  it('embeds DejaVu Sans (subsets) and nothing else; metadata, outline and tags', async () => {
    const file = join(ARTIFACTS, 'ZM-CNC-2018-pdf-en.pdf');
    const { stdout } = await run('pdffonts', [file]);
    const fonts = stdout.trim().split('\n').slice(2);
    expect(fonts).toHaveLength(2);
    for (const font of fonts)
      expect(font).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s.*\byes\s+yes\s+yes\b/);
    const bytes = pdfs['ZM-CNC-2018-pdf-en'].toString('latin1');
    expect(bytes).toContain('/FontFile2');
    expect(bytes).toContain('/StructTreeRoot');
    expect(bytes).toContain('/DisplayDocTitle true');
    const { info, outline } = parsed['ZM-CNC-2018-pdf-en'];
    expect(info).toMatchObject({
      Title: `${cnc.title['en']} (ZM-CNC-2018)`,
      Author: 'Berufsbildende Schule Metalltechnik (Demo)',
      Subject: expect.stringContaining('ZM-CNC-2018'),
      Language: 'en',
    });
    const en = labelsFor('en');
    expect(outline.map((o) => o.title)).toEqual([
      en.contents,
      `1  ${en.overview}`,
      `2  ${en.ecvetPoints}`,
      `3  ${en.wblPlan}`,
      `4  ${en.units}`,
      `5  ${en.coverage}`,
    ]);
    expect(outline[4].items.map((i) => i.title.split(' ')[0])).toEqual(
      cnc.units.map((u) => u.code),
    );
  });

  it('numbers a ~150-page curriculum "page X of Y" and its contents match the unit headings', () => {
    const en = labelsFor('en');
    const { pages } = parsed['large'];
    expect(pages.length).toBeGreaterThanOrEqual(140);
    const count = pages.length;
    pages.forEach((page, i) => {
      if (i > 0)
        expect({ page: i + 1, ok: page.includes(en.pageOf(i + 1, count)) }).toEqual({
          page: i + 1,
          ok: true,
        });
    });
    expect(pages[count - 1]).toContain(en.pageOf(count, count));
    const tocLines = pages.slice(1, 8).flatMap(lines);
    const unitsPage = Number(
      tocLines.find((l) => l.startsWith(`4 ${en.units}`))?.match(/(\d+)$/)?.[1],
    );
    expect(unitsPage).toBeGreaterThan(3);
    for (const unit of large.units) {
      const entry = tocLines.find((l) => l.startsWith(`${unit.code} `));
      const listed = Number(entry?.match(/(\d+)$/)?.[1]);
      const heading = `${unit.code} ${unit.title['en']}`;
      const actual =
        pages.findIndex(
          (page, i) => i >= unitsPage - 1 && lines(page).some((l) => l.startsWith(heading)),
        ) + 1;
      expect({ unit: unit.code, listed }).toEqual({ unit: unit.code, listed: actual });
    }
  });

  it('shows the learner pathway year by year with WBL periods and accumulating points', () => {
    const en = labelsFor('en');
    const text = lines(parsed['ZM-CNC-2018-pathway-pdf-en'].pages.join('\n')).join('\n');
    let at = -1;
    for (const [year, points] of [
      [1, 60],
      [2, 120],
      [3, 180],
      [4, 210],
    ]) {
      const heading = text.indexOf(`\n${en.year(year)}\n`, at + 1);
      expect(heading).toBeGreaterThan(at);
      expect(text.indexOf(en.accumulated(String(points), '210'), heading)).toBeGreaterThan(heading);
      at = heading;
    }
    for (const period of cnc.workBasedLearning) expect(flat(text)).toContain(period.title['en']);
    expect(text).toContain(en.placements);
    const sfoText = flat(parsed['SFO-2025-pathway-pdf-et'].pages);
    expect(sfoText).toContain(labelsFor('et').pathway);
    expect(sfoText).toContain(sfo.title['et']);
  });

  it('renders the first pages to PNG in dist/exports', () => {
    const files = readdirSync(ARTIFACTS);
    for (const name of [
      'ZM-CNC-2018-pdf-en',
      'ZM-CNC-2018-pathway-pdf-de',
      'SFO-2025-pdf-et',
      'large',
    ]) {
      const pngs = files.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      expect(pngs).toHaveLength(3);
    }
  });
});
