import type {
  Curriculum,
  TranslationOverview,
  Unit,
  XliffImportResult,
} from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { TextTranslations1763685400000 as Migration } from '../src/database/migrations/1763685400000-TextTranslations';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, asBytes, storeContent } from './support/curricula';
import { validateElm } from '@curriculum-builder/product-process';
import { Workbook } from 'exceljs';
import { unzip } from '../src/app/interop/xlsx/office-zip';
import { pdftotext } from './support/pdf-text';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

const XLIFF = 'application/xliff+xml';

/**
 * Issue #19, point 2 (ADR 0025): a changed source marks its translations stale — in the tree, the
 * checks and the overview — until a translator confirms or rewrites them; XLIFF 2.0 goes out and
 * comes back, edited as a translation tool writes it, without loss.
 */
describe(`translation workflow for content (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let school: string;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    author = client(t.server, (await createUser(t, 'author', school)).token);
    id = await storeContent(t, cncMachiningCurriculum, school);
  });

  afterAll(async () => {
    await t.close();
  });

  const tree = async () =>
    (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const overview = async (query = '') =>
    (await author.get(`${api}/curricula/${id}/translations${query}`).expect(200))
      .body as TranslationOverview;
  const firstUnit = async () => (await tree()).units[0] as Unit;
  const staleFindings = async () =>
    (
      (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body.findings as {
        message: string;
        path: string;
      }[]
    ).filter((f) => f.message.includes('need review'));

  it('flags the translations of a changed source, and clears them when confirmed or rewritten', async () => {
    const unit = await firstUnit();
    const outcome = unit.outcomes[0];
    const key = `outcome.${outcome.id}.text`;
    expect((await tree()).staleTranslations).toBeUndefined();
    const changed = `${outcome.text['de']} (geändert)`;
    await author
      .patch(`${api}/curricula/${id}/units/${unit.id}/outcomes/${outcome.id}`)
      .send({ version: outcome.version, text: { ...outcome.text, de: changed } })
      .expect(200);

    const stale = (await tree()).staleTranslations ?? [];
    const written = ['en', 'lt', 'lv'].filter((l) => (outcome.text[l] ?? '').trim() !== '');
    expect(written.length).toBeGreaterThan(0);
    expect(stale.map((s) => s.language).sort()).toEqual(written.sort());
    expect(stale[0]).toMatchObject({
      key,
      sourceLanguage: 'de',
      translatedFrom: outcome.text['de'],
    });
    expect(await staleFindings()).toEqual([
      expect.objectContaining({
        path: 'units[0]',
        message: expect.stringContaining(written.join(', ')),
      }),
    ]);
    const listed = await overview('?language=en&state=stale');
    expect(listed.texts.map((x) => x.key)).toEqual([key]);
    const entry = listed.texts[0];
    expect(entry).toMatchObject({ sourceLanguage: 'de', source: changed });
    expect(entry.targets['en']).toEqual({
      text: outcome.text['en'],
      state: 'stale',
      translatedFrom: outcome.text['de'],
    });
    expect(listed.progress.find((p) => p.language === 'en')?.stale).toBe(1);

    // A translator who saw an older source is told it changed (409 with the text as it is).
    const base = `${api}/curricula/${id}/translations/${key}`;
    const conflict = await author
      .put(`${base}/en`)
      .send({ text: 'Turns shafts', sourceVersion: '0000000000000000' })
      .expect(409);
    expect(conflict.body.current.source).toBe(changed);
    // Confirmed as it is: current again.
    const confirmed = await author
      .put(`${base}/en`)
      .send({ text: outcome.text['en'], sourceVersion: entry.sourceVersion })
      .expect(200);
    expect(confirmed.body.targets.en.state).toBe('current');
    // Rewritten in the editor (the target changed with the source in view): current too.
    const now = (await firstUnit()).outcomes[0];
    const rest = written.filter((l) => l !== 'en');
    await author
      .patch(`${api}/curricula/${id}/units/${unit.id}/outcomes/${outcome.id}`)
      .send({
        version: now.version,
        text: { ...now.text, ...Object.fromEntries(rest.map((l) => [l, `${now.text[l]} ✓`])) },
      })
      .expect(200);
    expect((await tree()).staleTranslations).toBeUndefined();
    expect(await staleFindings()).toEqual([]);
  });

  it('refuses what cannot be a translation, with the field', async () => {
    const key = 'curriculum.title';
    const text = (await overview()).texts.find((x) => x.key === key);
    const base = `${api}/curricula/${id}/translations`;
    const put = (path: string, body: object) => author.put(`${base}/${path}`).send(body);
    const version = text?.sourceVersion as string;
    expect(
      (await put(`${key}/de`, { text: 'x', sourceVersion: version }).expect(400)).body.errors[0]
        .path,
    ).toBe('language');
    expect(
      (await put(`${key}/fr`, { text: 'x', sourceVersion: version }).expect(400)).body.errors[0]
        .path,
    ).toBe('language');
    await put(`unit.nothing.title/en`, { text: 'x', sourceVersion: version }).expect(404);
    expect(
      (await put(`${key}/en`, { text: 'x'.repeat(301), sourceVersion: version }).expect(400)).body
        .errors[0].path,
    ).toBe('text');
    expect(
      (await put(`${key}/en`, { text: 'x', sourceVersion: 'v1' }).expect(400)).body.errors[0].path,
    ).toBe('sourceVersion');
    expect((await author.get(`${base}?state=old`).expect(400)).body.errors[0].path).toBe('state');
    expect((await author.get(`${base}?language=fr`).expect(400)).body.errors[0].path).toBe(
      'language',
    );
  });

  it('keeps who may see and change translations to the working copy’s people', async () => {
    const other = client(
      t.server,
      (await createUser(t, 'author', await createInstitution(t, 'school'))).token,
    );
    await other.get(`${api}/curricula/${id}/translations`).expect(404);
    await other.get(`${api}/curricula/${id}/translations/xliff?language=en`).expect(404);
    await client(t.server).get(`${api}/curricula/${id}/translations`).expect(401);
    const reviewer = client(
      t.server,
      (await createUser(t, 'reviewer', await createInstitution(t, 'association'))).token,
    );
    await reviewer
      .put(`${api}/curricula/${id}/translations/curriculum.title/en`)
      .send({ text: 'x', sourceVersion: '0000000000000000' })
      .expect(403);
  });

  describe('XLIFF 2.0', () => {
    const exportXliff = async (language: string, state = '') =>
      (
        await author
          .get(`${api}/curricula/${id}/translations/xliff?language=${language}${state}`)
          .buffer(true)
          .parse(asBytes)
          .expect(200)
          .expect('Content-Type', /application\/xliff\+xml/)
      ).body.toString('utf8') as string;
    const importXliff = (xml: string, status = 200) =>
      author
        .post(`${api}/curricula/${id}/translations/xliff`)
        .set('Content-Type', XLIFF)
        .send(xml)
        .expect(status);

    it('comes back without loss, edited as a translation tool writes it', async () => {
      const before = await tree();
      const xml = await exportXliff('lv');
      expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0');
      expect(xml).toContain('srcLang="de" trgLang="lv"');
      // Unchanged: nothing written.
      const same = (await importXliff(xml)).body as XliffImportResult;
      expect(same.updated).toBe(0);
      expect(await tree()).toEqual(before);

      // A tool's rewrite: CRLF line ends, segment states, the translations filled in with
      // characters of the partners' languages and XML's special characters.
      const targets = new Map<string, string>();
      let n = 0;
      const edited = xml
        .replace(
          /<unit id="([^"]+)"([^>]*)>([\s\S]*?)<target>([\s\S]*?)<\/target>/g,
          (_m, key: string, attrs: string, middle: string) => {
            n++;
            const target = `Tulkojums ${n}: ģērbšanās & <šķēres> „ļ“ ķ ņ ū ą ė õ ä ß 🛠\nrinda 2`;
            targets.set(key, target);
            const escaped = target
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;');
            return `<unit id="${key}"${attrs}>${middle.replace('<segment>', '<segment state="translated">')}<target xml:space="preserve">${escaped}</target>`;
          },
        )
        .replace(/\n/g, '\r\n');
      expect(targets.size).toBeGreaterThan(20);
      const result = (await importXliff(edited)).body as XliffImportResult;
      expect(result).toMatchObject({
        language: 'lv',
        updated: targets.size,
        stale: 0,
        skipped: [],
      });
      const after = await overview('?language=lv');
      for (const [key, target] of targets) {
        const text = after.texts.find((x) => x.key === key);
        expect(text?.targets['lv']).toEqual({ text: target, state: 'current' });
      }
      // Exported again and imported again: nothing changes.
      const again = await exportXliff('lv');
      expect(((await importXliff(again)).body as XliffImportResult).updated).toBe(0);
      // Every other language is as it was.
      const now = await tree();
      expect(now.units.map((u) => u.title['de'])).toEqual(before.units.map((u) => u.title['de']));
      expect(now.units.map((u) => u.title['lt'])).toEqual(before.units.map((u) => u.title['lt']));
    });

    it('keeps a target made from an older source stale, and skips texts deleted since', async () => {
      const unit = await firstUnit();
      const xml = await exportXliff('en', '&state=current,stale');
      await author
        .patch(`${api}/curricula/${id}/units/${unit.id}`)
        .send({ version: unit.version, title: { ...unit.title, de: `${unit.title['de']} neu` } })
        .expect(200);
      const key = `unit.${unit.id}.title`;
      const edited = xml
        .replace(
          new RegExp(
            `(<unit id="${key.replace(/\./g, '\\.')}"[\\s\\S]*?<target>)([\\s\\S]*?)(</target>)`,
          ),
          '$1Unit title, translated late$3',
        )
        .replace('<unit id="curriculum.title"', '<unit id="outcome.gone.text"');
      const result = (await importXliff(edited)).body as XliffImportResult;
      expect(result).toMatchObject({ updated: 1, stale: 1 });
      expect(result.skipped).toEqual([
        { key: 'outcome.gone.text', reason: 'the curriculum has no such text to translate' },
      ]);
      const title = (await overview('?language=en')).texts.find((x) => x.key === key);
      expect(title?.targets['en']).toEqual({
        text: 'Unit title, translated late',
        state: 'stale',
        translatedFrom: unit.title['de'],
      });
    });

    it('refuses what is not an XLIFF 2.0 file of this curriculum, writing nothing', async () => {
      const before = await tree();
      const xml = await exportXliff('lt');
      const problem = async (body: string) =>
        ((await importXliff(body, 422)).body.problems as { path: string; message: string }[])[0];
      expect((await problem('<html/>')).message).toContain('not an XLIFF 2.0 document');
      expect((await problem(xml.replace('trgLang="lt"', 'trgLang="fr"'))).path).toBe('trgLang');
      expect(
        (await problem(`<!DOCTYPE x [<!ENTITY a "b">]>${xml.replace(/^<\?xml[^>]*>/, '')}`))
          .message,
      ).toContain('document type');
      expect(
        (
          await problem(
            xml.replace(
              '<segment>',
              '<segment><source>a</source><target>b</target></segment><segment>',
            ),
          )
        ).message,
      ).toContain('segments');
      const tooLong = xml.replace(
        /<target>[^<]*<\/target>/,
        `<target>${'x'.repeat(10001)}</target>`,
      );
      expect((await problem(tooLong)).path).toMatch(/^unit /);
      expect((await problem(xml.slice(0, 200))).path).toBe('file');
      expect(await tree()).toEqual(before);
    });
  });

  it('carries stale translations into a copy', async () => {
    const unit = await firstUnit();
    await author
      .patch(`${api}/curricula/${id}/units/${unit.id}`)
      .send({ version: unit.version, description: { ...unit.description, de: 'Neu beschrieben' } })
      .expect(200);
    const stale = (await tree()).staleTranslations ?? [];
    expect(stale.length).toBeGreaterThan(0);
    const copy = (await author.post(`${api}/curricula/${id}/duplicate`).expect(201)).body as {
      id: string;
    };
    const copied = (await author.get(`${api}/curricula/${copy.id}`).expect(200)).body as Curriculum;
    const copiedUnit = copied.units[0];
    expect(copied.staleTranslations?.map((s) => [s.key, s.language])).toEqual(
      expect.arrayContaining(
        stale
          .filter((s) => s.key === `unit.${unit.id}.description`)
          .map((s) => [`unit.${copiedUnit.id}.description`, s.language]),
      ),
    );
  });

  it('marks stale translations in the PDF of their language, with a note on the cover', async () => {
    const stale = (await tree()).staleTranslations ?? [];
    expect(stale.some((s) => s.language === 'en')).toBe(true);
    const pdfText = async (lang: string) => {
      const pdf = await author
        .get(`${api}/curricula/${id}/export/pdf?lang=${lang}`)
        .buffer(true)
        .parse(asBytes)
        .expect(200);
      return (await pdftotext(pdf.body as Buffer)).replace(/\s+/g, ' ');
    };
    const english = await pdfText('en');
    const count = stale.filter((s) => s.language === 'en').length;
    expect(english).toContain(
      `${count === 1 ? 'One text' : `${count} texts`} in English ${count === 1 ? 'was' : 'were'} translated from an earlier version of the German source`,
    );
    expect(english).toContain('[needs review]');
    expect(await pdfText('de')).not.toContain('[zu prüfen]');
  });

  it('notes stale translations in Word, ELM, CASE and the workbook; the workbook still imports', async () => {
    const c = await tree();
    const unit = c.units.find((u) =>
      (c.staleTranslations ?? []).some((s) => s.key === `unit.${u.id}.description`),
    );
    if (unit === undefined) throw new Error('an earlier test leaves a stale unit description');
    const languages = [
      ...new Set(
        (c.staleTranslations ?? [])
          .filter((s) => s.key.startsWith(`unit.${unit.id}.`))
          .map((s) => s.language),
      ),
    ].sort();
    expect(languages).toContain('en');
    const download = async (path: string) =>
      (
        await author
          .get(`${api}/curricula/${id}/export/${path}`)
          .buffer(true)
          .parse(asBytes)
          .expect(200)
      ).body as Buffer;

    // Word, in English: the mark at the text and the note on the cover, as in the PDF.
    const word = (
      unzip(await download('docx?lang=en'), { maxBytes: 50 * 1024 * 1024, maxEntries: 2000 })
        .get('word/document.xml')
        ?.toString('utf8') ?? ''
    ).replace(/<[^>]+>/g, '');
    expect(word).toContain('[needs review]');
    expect(word).toContain('translated from an earlier version of the German source');

    // ELM: a note on the unit in each language whose translation needs review; still conforms.
    const elmText = (await download('elm')).toString('utf8');
    const elm = JSON.parse(elmText) as { hasPart: { id: string; additionalNote?: unknown }[] };
    const part = elm.hasPart.find((p) => p.id.endsWith(unit.id));
    expect(part?.additionalNote).toEqual([
      expect.objectContaining({
        type: 'Note',
        noteLiteral: Object.fromEntries(languages.map((l) => [l, expect.any(String)])),
      }),
    ]);
    const report = (await validateElm({ stale: elmText }))['stale'];
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);

    // CASE: the languages in our extension of the unit's item.
    const pkg = JSON.parse((await download('case')).toString('utf8')) as {
      CFItems: {
        humanCodingScheme: string;
        extensions?: Record<string, Record<string, unknown>>;
      }[];
    };
    const item = pkg.CFItems.find((i) => i.humanCodingScheme === unit.code);
    expect(item?.extensions?.['curriculumBuilder']?.['translationsToReview']).toEqual(languages);

    // Excel: a sheet listing each stale translation with its place; the import reads past it.
    const workbook = await download('xlsx');
    const book = new Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    const rows = book
      .getWorksheet('translationsToReview')
      ?.getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1, 4));
    expect(rows).toEqual(
      expect.arrayContaining(
        languages.map((l) => [unit.code, `units[${c.units.indexOf(unit)}].description`, l]),
      ),
    );
    const imported = await author
      .post(`${api}/curricula/import/xlsx`)
      .set('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(workbook)
      .expect(201);
    expect(JSON.stringify(imported.body.warnings ?? [])).not.toContain('translationsToReview');
  });

  it('migrates: the records table goes down and up again, the texts untouched', async () => {
    const before = await tree();
    await runMigration(t, new Migration(), 'down');
    expect(await t.dataSource.createQueryRunner().hasTable('text_translation')).toBe(false);
    await runMigration(t, new Migration(), 'up');
    expect(await t.dataSource.createQueryRunner().hasTable('text_translation')).toBe(true);
    const after = await tree();
    // The texts are as they were; translations without records count as made from the current source.
    const { staleTranslations: _b, ...texts } = before;
    expect(after).toEqual(texts);
  });
});
