import {
  allSkillsOf,
  type Curriculum,
  type LibraryEntry,
  type LibraryEntrySummary,
  type LibraryVersion,
  type Unit,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { SharedLibrary1763685600000 as Migration } from '../src/database/migrations/1763685600000-SharedLibrary';
import { LibraryCurricula1763685900000 as CurriculaMigration } from '../src/database/migrations/1763685900000-LibraryCurricula';
import {
  client,
  Client,
  createInstitution,
  createUser,
  link,
  type TestUser,
} from './support/accounts';
import { api, asBytes, publishContent, storeContent } from './support/curricula';
import { pdftotext } from './support/pdf-text';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

const CNC_OPERATOR = 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120';

/**
 * The shared library (issue #21, ADR 0029): a school publishes units of its published curriculum,
 * others find them (members-only entries within the publisher's network only) and adopt copies
 * into their drafts, which keep where they came from.
 */
describe(`Shared library (${testDatabase()})`, () => {
  let t: TestApp;
  /** The publishing school's author, an author of a school in the same network, and an outsider. */
  let publisher: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let as: { publisher: Client; member: Client; outsider: Client; anonymous: Client };
  let published: Curriculum;
  let draft: string;
  let memberDraft: string;
  /** A unit of the published curriculum that develops skills the CNC operator needs. */
  let withSkills: Unit;

  beforeAll(async () => {
    t = await startTestApp();
    const association = await createInstitution(t, 'association', 'Metall-Netzwerk Süd');
    const school = await createInstitution(t, 'school', 'Berufsschule Zerspanung');
    const partner = await createInstitution(t, 'school', 'Partnerschule Gießen');
    await link(t, school, association);
    await link(t, partner, association);
    publisher = await createUser(t, 'author', school);
    member = await createUser(t, 'author', partner);
    outsider = await createUser(t, 'author', await createInstitution(t, 'school'));
    as = {
      publisher: client(t.server, publisher.token),
      member: client(t.server, member.token),
      outsider: client(t.server, outsider.token),
      anonymous: client(t.server),
    };
    published = await publishContent(t, cncMachiningCurriculum, school);
    draft = await storeContent(t, cncMachiningCurriculum, school);
    memberDraft = await storeContent(
      t,
      generateCurriculum({
        units: 2,
        outcomesPerUnit: 2,
        workBasedLearningPeriods: 1,
        languages: ['de'],
        seed: 3,
      }),
      partner,
    );
    const needed = (
      await as.publisher
        .get(`${api}/esco/skills?occupation=${encodeURIComponent(CNC_OPERATOR)}&limit=100`)
        .expect(200)
    ).body.items.map((skill: { uri: string }) => skill.uri);
    withSkills = published.units.find((u) =>
      allSkillsOf(u).some((skill) => needed.includes(skill.uri)),
    ) as Unit;
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  const publish = (who: Client, body: object) => who.post(`${api}/library`).send(body);
  const search = async (who: Client, query = '') =>
    (await who.get(`${api}/library?${query}`).expect(200)).body as {
      items: LibraryEntrySummary[];
      total: number;
    };
  const unitWithSkills = () => withSkills;

  it('publishes a unit as the published version has it; again unchanged, the same version', async () => {
    const unit = unitWithSkills();
    const first = await publish(as.publisher, {
      curriculumId: published.id,
      unitId: unit.id,
      keywords: ['CNC', 'Fräsen'],
    }).expect(201);
    const entry = first.body as LibraryEntry;
    expect(entry).toMatchObject({
      version: 1,
      code: unit.code,
      title: unit.title,
      ecvetPoints: unit.ecvetPoints,
      licence: 'CC-BY-4.0',
      keywords: ['CNC', 'Fräsen'],
      institution: { id: publisher.institutionId, name: 'Berufsschule Zerspanung', country: 'DE' },
      adoptions: 0,
      usage: [],
    });
    expect(entry.escoSkills).toEqual(allSkillsOf(unit).map((s) => s.uri));
    expect(entry.languages).toEqual(expect.arrayContaining(['de', 'en']));
    expect(entry).toMatchObject({ kind: 'unit', units: 1 });
    expect(entry.latest.unit?.outcomes).toHaveLength(unit.outcomes.length);
    expect(entry.latest.source).toEqual({ curriculumId: published.id, curriculumVersion: 1 });
    const again = await publish(as.publisher, {
      curriculumId: published.id,
      unitId: unit.id,
    }).expect(200);
    expect((again.body as LibraryEntry).versions.map((v) => v.number)).toEqual([1]);
  });

  it('takes no unit of a draft, of another school, or that the published version lacks', async () => {
    const [unit] = published.units;
    const fromDraft = await publish(as.publisher, {
      curriculumId: draft,
      unitId: unit.id,
    }).expect(409);
    expect(fromDraft.body.message).toContain('no published version');
    await publish(as.outsider, { curriculumId: published.id, unitId: unit.id }).expect(403);
    await publish(as.anonymous, { curriculumId: published.id, unitId: unit.id }).expect(401);
    const unknown = await publish(as.publisher, {
      curriculumId: published.id,
      unitId: '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f',
    }).expect(404);
    expect(unknown.body.message).toContain('6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f');
    const refused = await publish(as.publisher, {
      curriculumId: published.id,
      unitId: unit.id,
      licence: 'all-rights-reserved',
      keywords: ['x'.repeat(51)],
    }).expect(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'keywords',
      'licence',
    ]);
  });

  it('finds entries by words in any language and by every filter', async () => {
    const unit = unitWithSkills();
    const skill = allSkillsOf(unit)[0].uri;
    const germanWord = (unit.title['de'] ?? '').split(/\s+/)[0];
    const ids = async (query: string) => (await search(as.anonymous, query)).items.map((e) => e.id);
    const [entry] = (await search(as.anonymous)).items;
    expect(entry.code).toBe(unit.code);
    for (const query of [
      `q=${encodeURIComponent(germanWord.toLowerCase())}`,
      'q=frasen',
      `eqf=${unit.eqfLevel}`,
      `minPoints=${unit.ecvetPoints}&maxPoints=${unit.ecvetPoints}`,
      `skill=${encodeURIComponent(skill)}`,
      `occupation=${encodeURIComponent(CNC_OPERATOR)}`,
      'language=de',
      `institution=${publisher.institutionId}`,
      'country=DE',
    ])
      expect([query, await ids(query)]).toEqual([query, [entry.id]]);
    for (const query of [
      'q=schweissroboter',
      `eqf=${unit.eqfLevel === 8 ? 7 : unit.eqfLevel + 1}`,
      `minPoints=${unit.ecvetPoints + 1}`,
      'language=lv',
      'country=LT',
    ])
      expect([query, await ids(query)]).toEqual([query, []]);
    const bad = await as.anonymous.get(`${api}/library?eqf=9&skill=milling&country=de`).expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'country',
      'eqf',
      'skill',
    ]);
    await as.anonymous
      .get(`${api}/library?occupation=${encodeURIComponent(CNC_OPERATOR.replace('5c08', '0000'))}`)
      .expect(404);
  });

  it('shows an entry for network members only to the network', async () => {
    const unit = published.units.find((u) => u.id !== unitWithSkills().id) as Unit;
    const members = (
      await publish(as.publisher, {
        curriculumId: published.id,
        unitId: unit.id,
        licence: 'network-members',
      }).expect(201)
    ).body as LibraryEntry;
    const seen = async (who: Client) => (await search(who)).items.some((e) => e.id === members.id);
    expect([await seen(as.publisher), await seen(as.member)]).toEqual([true, true]);
    expect([await seen(as.outsider), await seen(as.anonymous)]).toEqual([false, false]);
    await as.outsider.get(`${api}/library/${members.id}`).expect(404);
    await as.anonymous.get(`${api}/library/${members.id}/versions/1`).expect(404);
    await as.member.get(`${api}/library/${members.id}/versions/1`).expect(200);
    await as.outsider
      .post(`${api}/library/${members.id}/adopt`)
      .send({ curriculumId: memberDraft })
      .expect(404);
  });

  it('adopts a copy with its provenance; the entry counts it; an edit makes it adapted', async () => {
    const unit = unitWithSkills();
    const [entry] = (
      await search(as.member, `skill=${encodeURIComponent(allSkillsOf(unit)[0].uri)}`)
    ).items;
    const adopted = (
      await as.member
        .post(`${api}/library/${entry.id}/adopt`)
        .send({ curriculumId: memberDraft })
        .expect(201)
    ).body as Unit;
    expect(adopted.id).not.toBe(unit.id);
    expect(adopted).toMatchObject({
      code: unit.code,
      title: unit.title,
      ecvetPoints: unit.ecvetPoints,
      electiveGroup: null,
      prerequisites: [],
      provenance: {
        entryId: entry.id,
        version: 1,
        institution: { id: publisher.institutionId, name: 'Berufsschule Zerspanung' },
        licence: 'CC-BY-4.0',
        adapted: false,
      },
    });
    expect(adopted.provenance?.attribution).toContain('Berufsschule Zerspanung, CC BY 4.0');
    expect(adopted.outcomes.map((o) => o.text)).toEqual(unit.outcomes.map((o) => o.text));
    expect(adopted.outcomes.map((o) => o.escoSkills)).toEqual(
      unit.outcomes.map((o) => o.escoSkills),
    );
    expect(adopted.outcomes.some((o) => unit.outcomes.some((u) => u.id === o.id))).toBe(false);

    const after = (await as.anonymous.get(`${api}/library/${entry.id}`).expect(200))
      .body as LibraryEntry;
    expect(after.adoptions).toBe(1);
    expect(after.usage).toEqual([
      { institution: expect.objectContaining({ id: member.institutionId }), curricula: 1 },
    ]);

    // A local edit: the unit is now adapted from the entry.
    await as.member
      .patch(`${api}/curricula/${memberDraft}/units/${adopted.id}`)
      .send({ version: adopted.version, title: { ...unit.title, de: 'Zerspanen, angepasst' } })
      .expect(200);
    const tree = (await as.member.get(`${api}/curricula/${memberDraft}`).expect(200))
      .body as Curriculum;
    const local = tree.units.find((u) => u.id === adopted.id);
    expect(local?.provenance).toMatchObject({ entryId: entry.id, adapted: true });
    // The exports say where it came from: the PDF in words, CASE as an association to the
    // unit it was published from (related, now that it is adapted).
    const pdf = await as.member
      .get(`${api}/curricula/${memberDraft}/export/pdf?lang=de`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    const text = (await pdftotext(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Angepasst aus der gemeinsamen Bibliothek: ');
    expect(text).toContain('Berufsschule Zerspanung, CC BY 4.0');
    const pkg = (await as.member.get(`${api}/curricula/${memberDraft}/export/case`).expect(200))
      .body as {
      CFAssociations: {
        associationType: string;
        originNodeURI: { identifier: string };
        destinationNodeURI: { identifier: string };
      }[];
    };
    expect(
      pkg.CFAssociations.filter((a) => a.associationType === 'isRelatedTo').map((a) => [
        a.originNodeURI.identifier,
        a.destinationNodeURI.identifier,
      ]),
    ).toEqual([[adopted.id, unit.id]]);
    const elm = await as.member
      .get(`${api}/curricula/${memberDraft}/export/elm`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect((elm.body as Buffer).toString('utf8')).toContain(
      `"de": "Angepasst aus der gemeinsamen Bibliothek: ${adopted.provenance?.attribution}."`,
    );
    // The library's version is as it was.
    const version = (await as.member.get(`${api}/library/${entry.id}/versions/1`).expect(200))
      .body as LibraryVersion;
    expect(version.unit?.title).toEqual(unit.title);
  });

  it('adopts only into an editable draft of the own school', async () => {
    const [entry] = (await search(as.publisher)).items;
    // Another school's published curriculum is readable, not the member's to change.
    await as.member
      .post(`${api}/library/${entry.id}/adopt`)
      .send({ curriculumId: published.id })
      .expect(403);
    await as.publisher
      .post(`${api}/library/${entry.id}/adopt`)
      .send({ curriculumId: published.id })
      .expect(409);
    await as.publisher
      .post(`${api}/library/${entry.id}/adopt`)
      .send({ curriculumId: draft, version: 7 })
      .expect(404);
    await as.anonymous
      .post(`${api}/library/${entry.id}/adopt`)
      .send({ curriculumId: draft })
      .expect(401);
  });

  it('takes a whole published curriculum as a good-practice example, copied whole or by unit', async () => {
    const first = (
      await publish(as.publisher, {
        curriculumId: published.id,
        licence: 'network-members',
        keywords: ['Gute Praxis'],
      }).expect(201)
    ).body as LibraryEntry;
    expect(first).toMatchObject({
      kind: 'curriculum',
      units: published.units.length,
      version: 1,
      code: published.code,
      title: published.title,
      eqfLevel: published.eqfLevel,
      ecvetPoints: published.ecvetPoints,
      licence: 'network-members',
      latest: { unit: null, source: { curriculumId: published.id, curriculumVersion: 1 } },
    });
    expect(first.latest.curriculum?.units.map((u) => u.id)).toEqual(
      published.units.map((u) => u.id),
    );
    expect(new Set(first.escoSkills)).toEqual(
      new Set(published.units.flatMap((u) => allSkillsOf(u).map((skill) => skill.uri))),
    );
    // Unchanged: the same version; one entry per curriculum.
    const again = await publish(as.publisher, { curriculumId: published.id }).expect(200);
    expect((again.body as LibraryEntry).id).toBe(first.id);

    // Found by kind and by its own words, by members of the network only.
    const title = Object.values(published.title)[0].split(' ')[0];
    expect((await search(as.member, 'kind=curriculum')).items.map((e) => e.id)).toEqual([first.id]);
    expect((await search(as.member, 'kind=unit')).items.map((e) => e.kind)).not.toContain(
      'curriculum',
    );
    expect((await search(as.member, `kind=curriculum&q=${encodeURIComponent(title)}`)).total).toBe(
      1,
    );
    expect((await search(as.outsider, 'kind=curriculum')).total).toBe(0);
    await as.outsider.get(`${api}/library/${first.id}`).expect(404);

    // The whole curriculum as a new draft of the member's school, every unit with its provenance.
    const { id } = (await as.member.post(`${api}/library/${first.id}/adopt`).send({}).expect(201))
      .body as { id: string };
    const copy = (await as.member.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    expect(copy).toMatchObject({ status: 'draft', institutionId: member.institutionId });
    expect(copy.units.map((u) => u.code)).toEqual(published.units.map((u) => u.code));
    expect(copy.workBasedLearning).toHaveLength(published.workBasedLearning.length);
    for (const [i, unit] of copy.units.entries())
      expect(unit.provenance).toMatchObject({
        entryId: first.id,
        version: 1,
        source: { curriculumId: published.id, unitId: published.units[i].id },
        licence: 'network-members',
        adapted: false,
      });
    expect(copy.units[0].provenance?.attribution).toContain(`, from ${published.code} `);

    // One unit of it into an existing draft.
    const unit = published.units[1];
    const one = (
      await as.member
        .post(`${api}/library/${first.id}/adopt`)
        .send({ curriculumId: memberDraft, unitId: unit.id })
        .expect(201)
    ).body as Unit;
    expect(one).toMatchObject({
      code: unit.code,
      provenance: { entryId: first.id, source: { unitId: unit.id }, adapted: false },
    });
    const used = (await as.member.get(`${api}/library/${first.id}`).expect(200))
      .body as LibraryEntry;
    expect(used.usage).toEqual([
      { institution: expect.objectContaining({ id: member.institutionId }), curricula: 2 },
    ]);

    // What a curriculum entry and a unit entry need, with the field path.
    const [unitEntry] = (await search(as.member, 'kind=unit')).items;
    const refusals: [string, object, number, string?][] = [
      [first.id, { curriculumId: memberDraft }, 400, 'unitId'],
      [first.id, { unitId: unit.id }, 400, 'curriculumId'],
      [first.id, { curriculumId: memberDraft, unitId: published.id }, 404],
      [unitEntry.id, { curriculumId: memberDraft, unitId: unit.id }, 400, 'unitId'],
      [unitEntry.id, {}, 400, 'curriculumId'],
    ];
    for (const [entryId, body, status, path] of refusals) {
      const response = await as.member
        .post(`${api}/library/${entryId}/adopt`)
        .send(body)
        .expect(status);
      if (path !== undefined)
        expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });

  it('migrates: down removes the curriculum entries, then the library and the provenance column; up brings them back', async () => {
    const runner = t.dataSource.createQueryRunner();
    const count = async (sql: string) => Number((await runner.query(sql))[0].n);
    try {
      const units = await count('SELECT COUNT(*) AS n FROM library_entry');
      const adoptedWhole = await count(
        "SELECT COUNT(*) AS n FROM library_adoption a JOIN library_entry e ON e.id = a.entry_id WHERE e.kind = 'curriculum'",
      );
      const withProvenance = await count(
        'SELECT COUNT(*) AS n FROM unit WHERE provenance IS NOT NULL',
      );
      await runMigration(t, new CurriculaMigration(), 'down');
      expect(await runner.hasColumn('library_entry', 'kind')).toBe(false);
      expect(await count('SELECT COUNT(*) AS n FROM library_entry')).toBe(units - 1);
      expect(await count('SELECT COUNT(*) AS n FROM unit WHERE provenance IS NOT NULL')).toBe(
        withProvenance - adoptedWhole,
      );
      await runMigration(t, new CurriculaMigration(), 'up');
      expect(await count("SELECT COUNT(*) AS n FROM library_entry WHERE kind = 'unit'")).toBe(
        units - 1,
      );
      await runMigration(t, new CurriculaMigration(), 'down');
    } finally {
      await runner.release();
    }
    await runMigration(t, new Migration(), 'down');
    const again = t.dataSource.createQueryRunner();
    try {
      expect(await again.hasTable('library_entry')).toBe(false);
      expect(await again.hasColumn('unit', 'provenance')).toBe(false);
      const units = await again.query('SELECT COUNT(*) AS n FROM unit');
      await runMigration(t, new Migration(), 'up');
      await runMigration(t, new CurriculaMigration(), 'up');
      expect(await again.hasTable('library_adoption')).toBe(true);
      expect(await again.query('SELECT COUNT(*) AS n FROM unit')).toEqual(units);
    } finally {
      await again.release();
    }
    expect((await search(as.anonymous)).total).toBe(0);
  });
});
