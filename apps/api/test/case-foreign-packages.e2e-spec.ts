import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { client, createAuthor, TestUser } from './support/accounts';
import { foreignPackage, item, unitWithOutcome, type Item } from './support/case-packages';
import { api } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #16: CASE packages our tests have never made, each with its stated expectation. An import
 * never guesses silently: what it could not read is reported, a default it used is a warning at
 * its path, and what would create nothing, or is not UTF-8, is refused (422, nothing written).
 */

describe(`CASE packages from other tools (${testDatabase()})`, () => {
  let t: TestApp;
  let author: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    author = await createAuthor(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const importCase = (body: unknown) =>
    client(t.server, author.token)
      .post(`${api}/curricula/import/case`)
      .send(body as object);
  const tree = async (id: string) =>
    (await client(t.server, author.token).get(`${api}/curricula/${id}`).expect(200)).body;
  const count = () => t.dataSource.getRepository(CurriculumEntity).count();

  it('deep (four levels): flattens below the outcome level into the unit, and lists each', async () => {
    const unit = item('Fräsen', { humanCodingScheme: 'LF-5' });
    const a = item('Werkzeuge wählen', { humanCodingScheme: 'LF-5.1' });
    const b = item('Schneiden bewerten', { humanCodingScheme: 'LF-5.1.1' });
    const c = item('Verschleiß erkennen', { humanCodingScheme: 'LF-5.1.1.1' });
    const response = await importCase(
      foreignPackage({
        items: [unit, a, b, c],
        links: [
          [unit.identifier, undefined, 'isChildOf'],
          [a.identifier, unit.identifier, 'isChildOf'],
          [b.identifier, a.identifier, 'isChildOf'],
          [c.identifier, b.identifier, 'isChildOf'],
        ],
      }),
    ).expect(201);
    expect(response.body.report).toMatchObject({ units: 1, outcomes: 3 });
    expect(response.body.report.flattened.map((f: { path: string }) => f.path)).toEqual([
      'LF-5.1 > LF-5.1.1',
      'LF-5.1 > LF-5.1.1 > LF-5.1.1.1',
    ]);
    const stored = await tree(response.body.id);
    expect(stored.units[0].outcomes.map((o: { text: { de: string } }) => o.text.de)).toEqual([
      'Werkzeuge wählen',
      'Schneiden bewerten',
      'Verschleiß erkennen',
    ]);
  });

  it('untyped: every default it used is a warning at its path (category, points, EQF level)', async () => {
    const unit = item('Drehen');
    const outcome = item('Drehteile prüfen');
    const response = await importCase(
      foreignPackage({
        ...unitWithOutcome(unit, outcome),
      }),
    ).expect(201);
    const warnings: { path: string; message: string }[] = response.body.report.warnings;
    expect(warnings).toEqual(
      expect.arrayContaining([
        {
          path: 'CFItems[1].extensions.curriculumBuilder.category',
          message: expect.stringMatching(/outcome category is not in the package: "knowledge"/),
        },
        {
          path: 'CFItems[0].extensions.curriculumBuilder.ecvetPoints',
          message: expect.stringMatching(/unit ECVET points is not in the package: 0/),
        },
      ]),
    );
  });

  it('multi-language: keeps each item’s text in the language it states, and adds that language', async () => {
    const unit = item('Setting up machine tools', { language: 'en' });
    const outcome = item('Staklių derinimas', { language: 'lt' });
    const response = await importCase(
      foreignPackage({
        ...unitWithOutcome(unit, outcome),
      }),
    ).expect(201);
    const stored = await tree(response.body.id);
    expect(stored.primaryLanguage).toBe('de');
    expect([...stored.languages].sort()).toEqual(['de', 'en', 'lt']);
    expect(stored.units[0].title).toEqual({ en: 'Setting up machine tools' });
    expect(stored.units[0].outcomes[0].text).toEqual({ lt: 'Staklių derinimas' });
    expect(response.body.report.notes.join('\n')).toMatch(/"lt" is added to the curriculum/);
  });

  it('other association types: reports each as ignored, keeps the hierarchy', async () => {
    const unit = item('Fräsen');
    const other = item('Schleifen');
    const response = await importCase(
      foreignPackage({
        items: [unit, other],
        links: [
          [unit.identifier, undefined, 'isChildOf'],
          [other.identifier, undefined, 'isChildOf'],
          [unit.identifier, other.identifier, 'exactMatchOf'],
          [other.identifier, unit.identifier, 'isRelatedTo'],
        ],
      }),
    ).expect(201);
    expect(response.body.report.units).toBe(2);
    const notes = response.body.report.notes.join('\n');
    expect(notes).toMatch(/\(exactMatchOf\) has no counterpart in a curriculum; ignored/);
    expect(notes).toMatch(/\(isRelatedTo\) has no counterpart in a curriculum; ignored/);
  });

  it('only isPartOf: reads the hierarchy from isPartOf, and says so', async () => {
    const unit = item('Montieren');
    const outcome = item('Baugruppen fügen');
    const response = await importCase(
      foreignPackage({
        ...unitWithOutcome(unit, outcome, 'isPartOf'),
      }),
    ).expect(201);
    expect(response.body.report).toMatchObject({ units: 1, outcomes: 1 });
    expect(response.body.report.notes.join('\n')).toMatch(/hierarchy is read from isPartOf/);
  });

  it('unknown fields: each is reported as kept and given back, never dropped unnoted', async () => {
    const unit = item('Fräsen', { educationLevel: ['11'], subject: ['Metall'] });
    const response = await importCase(
      foreignPackage({
        items: [unit],
        links: [[unit.identifier, undefined, 'isChildOf']],
        document: { publisher: 'Kultusministerium', licenseURI: { title: 'CC BY' } },
        extra: { CFDefinitions: { CFSubjects: [] }, CFRubrics: [] },
      }),
    ).expect(201);
    const notes = response.body.report.notes.join('\n');
    for (const field of [
      'package.CFDefinitions',
      'package.CFRubrics',
      'CFDocument.publisher',
      'CFDocument.licenseURI',
      'CFItems[*].educationLevel',
      'CFItems[*].subject',
    ])
      expect(notes).toContain(`${field} has no field in a curriculum: it is kept as it came`);
  });

  it('Latin-1 bytes: refused with 422 naming the file, nothing written', async () => {
    const unit = item('Prüfen');
    const json = JSON.stringify(
      foreignPackage({ items: [unit], links: [[unit.identifier, undefined, 'isChildOf']] }),
    );
    const before = await count();
    const response = await client(t.server, author.token)
      .post(`${api}/curricula/import/case`)
      .set('content-type', 'application/json')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(Buffer.from(json, 'latin1'))
      .expect(422);
    expect(response.body.problems[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/not valid UTF-8/),
    });
    expect(await count()).toBe(before);
    // Elsewhere a body that is not UTF-8 is bad input (400).
    await client(t.server, author.token)
      .post(`${api}/curricula`)
      .set('content-type', 'application/json')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(Buffer.from('{"code":"Ü"}', 'latin1'))
      .expect(400);
  });

  it.each([
    ['no items', { items: [], links: [] }],
    ['items attached by nothing', { items: [item('Lose')], links: [] }],
  ])('%s: refused with 422, the import would create an empty curriculum', async (_name, pkg) => {
    const before = await count();
    const response = await importCase(
      foreignPackage(pkg as { items: Item[]; links: [string, string | undefined, string][] }),
    ).expect(422);
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        { path: 'CFItems', message: expect.stringMatching(/would create an empty curriculum/) },
      ]),
    );
    expect(await count()).toBe(before);
  });

  it('previews an import: what it would create, its warnings and notes, with nothing written', async () => {
    const unit = item('Drehen', { language: 'en', publisher: 'x' });
    const outcome = item('Drehteile prüfen');
    const before = await count();
    const response = await client(t.server, author.token)
      .post(`${api}/curricula/import/case/preview`)
      .send(
        foreignPackage({
          ...unitWithOutcome(unit, outcome),
        }),
      )
      .expect(200);
    expect(response.body).toMatchObject({
      title: { de: 'Fremdes Rahmenwerk' },
      languages: ['de', 'en'],
      units: 1,
      outcomes: 1,
      workBasedLearning: 0,
    });
    expect(response.body.warnings.map((w: { path: string }) => w.path)).toContain(
      'CFItems[1].extensions.curriculumBuilder.category',
    );
    expect(response.body.notes.join('\n')).toContain('CFItems[*].publisher');
    expect(await count()).toBe(before);
    // A package that cannot be taken is refused by the preview as by the import.
    await client(t.server, author.token)
      .post(`${api}/curricula/import/case/preview`)
      .send(foreignPackage({ items: [], links: [] }))
      .expect(422);
  });

  it('states no guessed field of education: ELM asks for the ISCED-F code instead of inventing one', async () => {
    const unit = item('Fräsen');
    const response = await importCase(
      foreignPackage({ items: [unit], links: [[unit.identifier, undefined, 'isChildOf']] }),
    ).expect(201);
    const stored = await tree(response.body.id);
    expect(stored.iscedFCode).toBe('');
    expect(response.body.report.warnings).toEqual(
      expect.arrayContaining([
        {
          path: 'CFDocument.extensions.curriculumBuilder.iscedFCode',
          message: expect.stringMatching(/ISCED-F code is not in the package: "" was used/),
        },
      ]),
    );
    const elm = await client(t.server, author.token)
      .get(`${api}/curricula/${response.body.id}/export/elm`)
      .expect(422);
    expect(elm.body.problems).toEqual(
      expect.arrayContaining([{ path: 'iscedFCode', message: expect.stringMatching(/ISCED-F/) }]),
    );
  });
});
