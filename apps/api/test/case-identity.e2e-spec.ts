import type { AuditEvent, Curriculum, ImportPreview } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { randomUUID } from 'node:crypto';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { Client, client, createInstitution, createUser, link } from './support/accounts';
import { foreignPackage, item } from './support/case-packages';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

type Json = Record<string, unknown>;
type Package = {
  CFDocument: Json;
  CFItems: Json[];
  CFAssociations: Json[];
  CFDefinitions?: Record<string, Json[]>;
  CFRubrics?: Json[];
};

const T0 = '2025-03-01T08:00:00+00:00';

/**
 * Issue #16, CASE identity: a framework imported from a CASE tool and exported again is the same
 * framework — identifiers, URIs, foreign codes, item types and languages, unknown fields, the
 * associations' identities and the change times of unchanged records come back as they came — and
 * importing a package the institution already has updates that curriculum's draft (after a preview
 * of the diff) instead of making a second one.
 */
describe(`CASE identity and re-import (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let reviewer: Client;
  let partner: Client;
  let school: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    const association = await createInstitution(t, 'association');
    await link(t, school, association);
    author = client(t.server, (await createUser(t, 'author', school)).token);
    reviewer = client(t.server, (await createUser(t, 'reviewer', association)).token);
    partner = client(
      t.server,
      (await createUser(t, 'author', await createInstitution(t, 'school'))).token,
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const count = () => t.dataSource.getRepository(CurriculumEntity).count();
  const importCase = (body: unknown, as: Client = author, query = '') =>
    as.post(`${api}/curricula/import/case${query}`).send(body as object);
  const preview = async (body: unknown, as: Client = author) =>
    (
      await as
        .post(`${api}/curricula/import/case/preview`)
        .send(body as object)
        .expect(200)
    ).body as ImportPreview;
  const exportCase = async (id: string, as: Client = author) =>
    (await as.get(`${api}/curricula/${id}/export/case`).expect(200)).body as Package;
  const tree = async (id: string, as: Client = author) =>
    (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const byIdentifier = (list: Json[]) => new Map(list.map((x) => [String(x['identifier']), x]));

  /** A framework as another CASE tool writes it: foreign codes, types, languages and fields. */
  function framework() {
    const unitA = item('Drehen', {
      uri: 'https://case.example.org/items/lf-4',
      humanCodingScheme: 'LF 4',
      CFItemType: 'Lernfeld',
      CFItemTypeURI: { title: 'Lernfeld', identifier: 'c1', uri: 'https://case.example.org/t/c1' },
      educationLevel: ['11', '12'],
      lastChangeDateTime: T0,
      extensions: { 'org.example': { weight: 3 } },
    });
    const unitB = item('Fräsen', {
      uri: 'https://case.example.org/items/lf-5',
      humanCodingScheme: 'LF 5',
      lastChangeDateTime: T0,
    });
    const r1 = item('Drehmaschinen einrichten', {
      humanCodingScheme: 'R.1',
      notes: 'Bezieht sich auf Lernsituation 3.',
      lastChangeDateTime: T0,
    });
    const m1 = item('Select cutting tools', {
      humanCodingScheme: 'M1.1.1.1',
      language: 'en',
      CFItemType: 'Skill',
      lastChangeDateTime: T0,
    });
    const r2 = item('Fräsprogramme prüfen', { humanCodingScheme: 'R.2', lastChangeDateTime: T0 });
    const pkg = foreignPackage({
      items: [unitA, unitB, r1, m1, r2],
      links: [
        [unitA.identifier, undefined, 'isChildOf'],
        [unitB.identifier, undefined, 'isChildOf'],
        [r1.identifier, unitA.identifier, 'isChildOf'],
        [m1.identifier, unitA.identifier, 'isChildOf'],
        [r2.identifier, unitB.identifier, 'isChildOf'],
        [unitA.identifier, unitB.identifier, 'precedes'],
        [r1.identifier, 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', 'exactMatchOf'],
      ],
      document: {
        version: '2.3',
        publisher: 'Kultusministerium (Beispiel)',
        licenseURI: { title: 'CC BY 4.0', identifier: 'l1', uri: 'https://case.example.org/l/1' },
        notes: 'Rahmenlehrplan, Entwurf',
        lastChangeDateTime: T0,
      },
      extra: {
        CFDefinitions: {
          CFItemTypes: [
            {
              identifier: 'c1',
              uri: 'https://case.example.org/t/c1',
              title: 'Lernfeld',
              description: 'Lernfeld',
              hierarchyCode: '1',
              lastChangeDateTime: T0,
            },
          ],
        },
        CFRubrics: [{ identifier: randomUUID(), uri: 'https://case.example.org/r/1', title: 'R' }],
      },
    });
    // Sequence numbers in tens, as some tools write them; the exactMatchOf points outside.
    pkg.CFAssociations.forEach((a, i) => (a.sequenceNumber = (i + 1) * 10));
    return { pkg: pkg as unknown as Package, unitA, unitB, r1, m1, r2 };
  }

  it('exports a foreign framework back as it came: identities, codes, types, languages, fields and change times', async () => {
    const { pkg, unitA, r1, m1 } = framework();
    const created = await importCase(pkg).expect(201);
    expect(created.body.created).toBe(true);
    const id = created.body.id as string;
    const back = await exportCase(id);

    // The document: its identity, creator, version and fields the product has none for.
    for (const key of [
      'identifier',
      'uri',
      'creator',
      'version',
      'publisher',
      'licenseURI',
      'notes',
      'lastChangeDateTime',
      'title',
      'language',
    ])
      expect({ key, value: back.CFDocument[key] }).toEqual({ key, value: pkg.CFDocument[key] });
    // Every item: the same record, with the product's own data added as extensions.
    const exported = byIdentifier(back.CFItems);
    expect(exported.size).toBe(pkg.CFItems.length);
    for (const original of pkg.CFItems) {
      const again = exported.get(String(original['identifier'])) as Json;
      const { extensions: _ours, ...rest } = again;
      const { extensions: _theirs, ...given } = original;
      expect(rest).toMatchObject(given);
    }
    expect(exported.get(unitA.identifier)?.['extensions']).toMatchObject({
      'org.example': { weight: 3 },
    });
    expect(exported.get(r1.identifier)?.['humanCodingScheme']).toBe('R.1');
    expect(exported.get(m1.identifier)).toMatchObject({
      humanCodingScheme: 'M1.1.1.1',
      language: 'en',
      CFItemType: 'Skill',
      fullStatement: 'Select cutting tools',
    });
    // Every association keeps its identifier, uri, order and time — the unmodelled one too.
    const associations = byIdentifier(back.CFAssociations);
    for (const original of pkg.CFAssociations)
      expect(associations.get(String(original['identifier']))).toEqual(original);
    expect(back.CFAssociations.length).toBe(pkg.CFAssociations.length);
    // The package's rubrics and definitions beside the product's own.
    expect(back.CFRubrics).toEqual(pkg.CFRubrics);
    expect(back.CFDefinitions?.['CFItemTypes'].map((d) => d['title'])).toEqual([
      'Unit',
      'Learning outcome',
      'Lernfeld',
    ]);
    // The same export imported again changes nothing, and the next export is the same.
    const again = await importCase(back).expect(200);
    expect(again.body).toMatchObject({ id, created: false, update: { unchanged: true } });
    expect(await exportCase(id)).toEqual(back);
  });

  it('updates the draft on a re-import of an edited package, after a preview of the diff', async () => {
    const { pkg, unitA, r1, m1, r2 } = framework();
    const id = (await importCase(pkg).expect(201)).body.id as string;
    const before = await tree(id);
    const first = await exportCase(id);
    const trail = (await author.get(`${api}/curricula/${id}/audit`).expect(200))
      .body as AuditEvent[];

    // Edited in the CASE tool: one outcome reworded, one removed, one added.
    const added = item('Werkstücke spannen', { humanCodingScheme: 'R.3', lastChangeDateTime: T0 });
    const edited: Package = {
      ...first,
      CFItems: [
        ...first.CFItems.filter((i) => i['identifier'] !== r2.identifier).map((i) =>
          i['identifier'] === r1.identifier
            ? { ...i, fullStatement: 'Drehmaschinen sicher einrichten', extensions: undefined }
            : i,
        ),
        added,
      ],
      CFAssociations: [
        ...first.CFAssociations.filter(
          (a) => (a['originNodeURI'] as Json)['identifier'] !== r2.identifier,
        ),
        {
          identifier: randomUUID(),
          uri: 'https://case.example.org/uri/new',
          associationType: 'isChildOf',
          originNodeURI: { title: 'R.3', identifier: added.identifier, uri: 'urn:x' },
          destinationNodeURI: { title: 'LF 5', identifier: pkg.CFItems[1]['identifier'], uri: '' },
          sequenceNumber: 99,
          lastChangeDateTime: T0,
        },
      ],
    };
    const curricula = await count();
    const plan = await preview(edited);
    expect(plan.update).toMatchObject({
      curriculumId: id,
      version: before.version,
      reopens: false,
      unchanged: false,
      diff: {
        summary: { unitsAdded: 0, unitsRemoved: 0, outcomesAdded: 1, outcomesRemoved: 1 },
      },
    });
    expect(plan.update?.diff.summary.outcomesChanged).toBeGreaterThanOrEqual(1);
    expect(await tree(id)).toEqual(before); // a preview writes nothing

    const updated = await importCase(edited, author, `?version=${before.version}`).expect(200);
    expect(updated.body).toMatchObject({ id, created: false });
    expect(await count()).toBe(curricula);
    const after = await tree(id);
    expect(after.version).toBeGreaterThan(before.version);
    // Records keep their ids: what was reworded is the same outcome, the untouched ones too.
    const outcomeIds = (c: Curriculum) => c.units.flatMap((u) => u.outcomes.map((o) => o.id));
    const r1Before = before.units[0].outcomes[0];
    const r1After = after.units[0].outcomes[0];
    expect(r1After.id).toBe(r1Before.id);
    expect(r1After.text['de']).toBe('Drehmaschinen sicher einrichten');
    expect(after.units[0].outcomes[1].id).toBe(before.units[0].outcomes[1].id);
    expect(outcomeIds(after)).not.toContain(before.units[1].outcomes[0].id);
    expect(after.units[1].outcomes[0].text['de']).toBe('Werkstücke spannen');
    const events = (await author.get(`${api}/curricula/${id}/audit`).expect(200))
      .body as AuditEvent[];
    expect(events.length).toBe(trail.length + 1);
    expect(events.map((e) => e.action)).toContain('curriculum.reimported');

    // Change times: the reworded outcome is new, untouched records keep theirs.
    const second = byIdentifier((await exportCase(id)).CFItems);
    expect(second.get(r1.identifier)?.['lastChangeDateTime']).not.toBe(T0);
    expect(second.get(m1.identifier)?.['lastChangeDateTime']).toBe(T0);
    expect(second.get(unitA.identifier)?.['lastChangeDateTime']).toBe(T0);
    expect(second.has(r2.identifier)).toBe(false);

    // The preview's version is stale now: the same confirmation is refused, nothing written.
    const stale = await importCase(pkg, author, `?version=${before.version}`).expect(409);
    expect(stale.body.message).toMatch(/changed/);
    expect(await tree(id)).toEqual(after);
  });

  it('reopens a published curriculum as a new draft, and refuses one in review (409)', async () => {
    // One of the school's own curricula, exported, edited in a CASE tool and imported back.
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    const id = await storeContent(t, content, school);
    const title = content.units[0].title['de'];
    const move = async (as: Client, step: string) =>
      as.post(`${api}/curricula/${id}/${step}`).send({}).expect(200);
    const pkg = await exportCase(id);
    const edited = {
      ...pkg,
      CFItems: pkg.CFItems.map((i, k) => (k === 0 ? { ...i, fullStatement: 'Drehen (neu)' } : i)),
    };
    await move(author, 'submit');
    const inReview = await importCase(edited).expect(409);
    expect(inReview.body.message).toMatch(/in-review/);
    expect((await tree(id)).units[0].title['de']).toBe(title);

    await move(reviewer, 'approve');
    await move(author, 'publish');
    expect((await preview(edited)).update).toMatchObject({ reopens: true, status: 'published' });
    const updated = await importCase(edited).expect(200);
    expect(updated.body.update).toMatchObject({ reopens: true });
    const draft = await tree(id);
    expect(draft).toMatchObject({ status: 'draft', publishedVersion: 1 });
    expect(draft.units[0].title['de']).toBe('Drehen (neu)');
    const actions = (
      (await author.get(`${api}/curricula/${id}/audit`).expect(200)).body as AuditEvent[]
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['curriculum.reopen', 'curriculum.reimported']));
    // Learners and visitors keep the published version.
    expect((await tree(id, client(t.server))).units[0].title['de']).toBe(title);
  });

  it('another institution gets its own draft of the framework; a copy is a new framework', async () => {
    const { pkg } = framework();
    const mine = (await importCase(pkg).expect(201)).body.id as string;
    const theirs = await importCase(pkg, partner).expect(201);
    expect(theirs.body.id).not.toBe(mine);
    expect((await exportCase(theirs.body.id, partner)).CFDocument['identifier']).toBe(
      pkg.CFDocument['identifier'],
    );
    // Duplicating the curriculum makes a framework of its own: new identifiers throughout.
    const copy = await author.post(`${api}/curricula/${mine}/duplicate`).send({}).expect(201);
    const copied = await exportCase(copy.body.id);
    expect(copied.CFDocument['identifier']).toBe(copy.body.id);
    const original = new Set(pkg.CFItems.map((i) => i['identifier']));
    expect(copied.CFItems.some((i) => original.has(i['identifier']))).toBe(false);
  });

  it('keeps guessed values guesses: warned of, refused by ELM, until set or confirmed', async () => {
    const { pkg } = framework();
    const id = (await importCase(pkg).expect(201)).body.id as string;
    const guesses = async (as: Client = author, curriculum = id) =>
      (
        (await as.get(`${api}/curricula/${curriculum}/validation`).expect(200)).body.findings as {
          ruleId: string;
          path: string;
        }[]
      )
        .filter((f) => f.ruleId === 'IMPORT-DEFAULT')
        .map((f) => f.path)
        .sort();
    const elmProblems = async () =>
      (
        (await author.get(`${api}/curricula/${id}/export/elm`).expect(422)).body.problems as {
          path: string;
        }[]
      ).map((p) => p.path);
    const found = await guesses();
    // The package stated no ECVET points, EQF levels, years, duration or categories.
    expect(found).toEqual(
      expect.arrayContaining([
        'ecvetPoints',
        'eqfLevel',
        'durationMonths',
        'units[0].ecvetPoints',
        'units[0].eqfLevel',
        'units[1].year',
        'units[0].outcomes[0].category',
      ]),
    );
    expect(found).not.toContain('units[0].outcomes[1].category'); // its type said "Skill"
    expect(await elmProblems()).toEqual(expect.arrayContaining(found));

    // Through an export and another school's import they stay guesses.
    const moved = await importCase(await exportCase(id), partner).expect(201);
    expect(await guesses(partner, moved.body.id)).toEqual(found);

    // An author sets one: that one is no guess any longer.
    const before = await tree(id);
    const unit = before.units[0];
    await author
      .patch(`${api}/curricula/${id}/units/${unit.id}`)
      .send({ version: unit.version, ecvetPoints: 15 })
      .expect(200);
    expect(await guesses()).toEqual(found.filter((p) => p !== 'units[0].ecvetPoints'));
    // Confirming the rest as they are clears them all, in the audit trail.
    const current = await tree(id);
    await author
      .post(`${api}/curricula/${id}/imported-values/confirm`)
      .send({ version: current.version + 1 })
      .expect(409);
    await author
      .post(`${api}/curricula/${id}/imported-values/confirm`)
      .send({ version: current.version })
      .expect(200);
    expect(await guesses()).toEqual([]);
    expect((await elmProblems()).filter((p) => found.includes(p))).toEqual([]);
    const actions = (
      (await author.get(`${api}/curricula/${id}/audit`).expect(200)).body as AuditEvent[]
    ).map((e) => e.action);
    expect(actions).toContain('curriculum.imported-values-confirmed');
  });

  it('serves a published imported framework under its own CASE identifiers', async () => {
    const { pkg, r1, m1 } = framework();
    const id = (await importCase(pkg).expect(201)).body.id as string;
    // The author completes what the package lacked, then it goes through review to publication.
    const draft = await tree(id);
    for (const [term, unit] of draft.units.entries())
      await author
        .patch(`${api}/curricula/${id}/units/${unit.id}`)
        .send({
          version: unit.version,
          ecvetPoints: 30,
          term: term + 1, // LF 4 precedes LF 5: one term after the other
          assessment: { methods: ['practical-task'], criteria: { de: 'Arbeitsprobe' } },
        })
        .expect(200);
    const skill = draft.units[0].outcomes[1];
    await author
      .patch(`${api}/curricula/${id}/units/${draft.units[0].id}/outcomes/${skill.id}`)
      .send({
        version: skill.version,
        text: { en: 'Select cutting tools', de: 'Werkzeuge wählen' },
      })
      .expect(200);
    for (const [as, step] of [
      [author, 'submit'],
      [reviewer, 'approve'],
      [author, 'publish'],
    ] as const)
      expect((await as.post(`${api}/curricula/${id}/${step}`).send({})).body).toMatchObject({
        status: expect.any(String),
      });

    const visitor = client(t.server);
    const identifier = String(pkg.CFDocument['identifier']);
    const served = (await visitor.get(`/ims/case/v1p1/CFPackages/${identifier}`).expect(200))
      .body as Package;
    expect(served.CFDocument).toMatchObject({ identifier, uri: pkg.CFDocument['uri'] });
    const item = (await visitor.get(`/ims/case/v1p1/CFItems/${r1.identifier}`).expect(200)).body;
    expect(item).toMatchObject({ identifier: r1.identifier, humanCodingScheme: 'R.1' });
    expect(item.CFDocumentURI.identifier).toBe(identifier);
    // The edited outcome kept its identity; its text in the package's language is the new one.
    expect(
      (await visitor.get(`/ims/case/v1p1/CFItems/${m1.identifier}`).expect(200)).body,
    ).toMatchObject({ identifier: m1.identifier, language: 'en' });
  });
});
