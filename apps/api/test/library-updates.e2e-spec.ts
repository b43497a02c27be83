import type {
  Curriculum,
  LearningOutcome,
  LibraryEntry,
  LibraryUpdate,
  NotificationList,
  Unit,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { CurriculaRepository } from '../src/app/curricula/curricula.repository';
import { WorkflowService } from '../src/app/workflow/workflow.service';
import { UnitOfWork } from '../src/infrastructure/database/unit-of-work';
import { client, Client, createInstitution, createUser, type TestUser } from './support/accounts';
import { api, publishContent, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Updates from the shared library (issue #21, ADR 0029): when the publisher publishes a new
 * version of an entry, the schools holding a copy are told, see the source's outcome-level diff
 * beside their own edits, and take it whole (keeping their edits), take single outcomes, or
 * dismiss it.
 */
describe(`Shared library updates (${testDatabase()})`, () => {
  let t: TestApp;
  let school: string;
  let publisher: TestUser;
  let adopter: TestUser;
  let as: { publisher: Client; adopter: Client; outsider: Client };
  let source: Curriculum;
  /** The published unit: its outcomes 0 to 3 are changed, changed, removed and kept by the source. */
  let unit: Unit;
  let entryId: string;
  let draft: string;
  let copy: Unit;

  const content = generateCurriculum({
    units: 2,
    outcomesPerUnit: 4,
    workBasedLearningPeriods: 1,
    languages: ['de', 'en'],
    seed: 21,
  });

  const small = { units: 1, outcomesPerUnit: 1, workBasedLearningPeriods: 0, languages: ['de'] };

  /** The publisher edits its curriculum as a new draft, publishes it and the unit's new version. */
  async function newVersion(edit: (current: Unit) => Promise<void>): Promise<LibraryEntry> {
    await as.publisher.post(`${api}/curricula/${source.id}/reopen`).send({}).expect(200);
    const current = (
      (await as.publisher.get(`${api}/curricula/${source.id}`).expect(200)).body as Curriculum
    ).units.find((u) => u.id === unit.id) as Unit;
    await edit(current);
    await t.app.get(UnitOfWork).write(async (em) => {
      const curriculum = await t.app.get(CurriculaRepository).findCurriculum(em, source.id);
      if (curriculum === null) throw new Error('the source curriculum is gone');
      await t.app.get(WorkflowService).freezeVersion(em, curriculum, null);
    });
    return (
      await as.publisher
        .post(`${api}/library`)
        .send({ curriculumId: source.id, unitId: unit.id })
        .expect(201)
    ).body as LibraryEntry;
  }

  const editOutcome = (
    who: Client,
    curriculumId: string,
    u: Unit,
    o: LearningOutcome,
    de: string,
  ) =>
    who
      .patch(`${api}/curricula/${curriculumId}/units/${u.id}/outcomes/${o.id}`)
      .send({ version: o.version, text: { ...o.text, de } })
      .expect(200);

  const updates = async (who: Client, curriculumId: string) =>
    (
      (await who.get(`${api}/curricula/${curriculumId}/updates`).expect(200)).body as {
        items: LibraryUpdate[];
      }
    ).items;

  const unitOf = async (who: Client, curriculumId: string, unitId: string) =>
    ((await who.get(`${api}/curricula/${curriculumId}`).expect(200)).body as Curriculum).units.find(
      (u) => u.id === unitId,
    ) as Unit;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school', 'Berufsschule Zerspanung');
    const other = await createInstitution(t, 'school', 'Profesinio mokymo centras');
    publisher = await createUser(t, 'author', school);
    adopter = await createUser(t, 'author', other);
    as = {
      publisher: client(t.server, publisher.token),
      adopter: client(t.server, adopter.token),
      outsider: client(
        t.server,
        (await createUser(t, 'author', await createInstitution(t, 'school'))).token,
      ),
    };
    source = await publishContent(t, content, school);
    unit = source.units[0];
    entryId = (
      (
        await as.publisher
          .post(`${api}/library`)
          .send({ curriculumId: source.id, unitId: unit.id })
          .expect(201)
      ).body as LibraryEntry
    ).id;
    draft = await storeContent(t, generateCurriculum({ ...small, seed: 5 }), other);
    copy = (
      await as.adopter
        .post(`${api}/library/${entryId}/adopt`)
        .send({ curriculumId: draft })
        .expect(201)
    ).body as Unit;
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('tells the adopter of a new version and shows its diff beside the edits made here', async () => {
    expect(await updates(as.adopter, draft)).toEqual([]);
    // The adopter rewords its copy of outcome 0 and adds an outcome of its own.
    await editOutcome(as.adopter, draft, copy, copy.outcomes[0], 'Unsere eigene Formulierung.');
    await as.adopter
      .post(`${api}/curricula/${draft}/units/${copy.id}/outcomes`)
      .send({ category: 'skills', text: { de: 'Eigenes Ergebnis.', en: 'Our own outcome.' } })
      .expect(201);
    // The source rewords outcomes 0 and 1, removes 2, adds one and changes the points.
    const entry = await newVersion(async (current) => {
      const [o0, o1, o2] = current.outcomes;
      await editOutcome(as.publisher, source.id, current, o0, 'Neue Fassung von Ergebnis 0.');
      await editOutcome(as.publisher, source.id, current, o1, 'Neue Fassung von Ergebnis 1.');
      await as.publisher
        .delete(
          `${api}/curricula/${source.id}/units/${current.id}/outcomes/${o2.id}?version=${o2.version}`,
        )
        .expect(204);
      await as.publisher
        .post(`${api}/curricula/${source.id}/units/${current.id}/outcomes`)
        .send({ category: 'competence', text: { de: 'Neues Ergebnis.', en: 'A new outcome.' } })
        .expect(201);
      const fresh = await unitOf(as.publisher, source.id, current.id);
      await as.publisher
        .patch(`${api}/curricula/${source.id}/units/${current.id}`)
        .send({ version: fresh.version, ecvetPoints: unit.ecvetPoints + 1 })
        .expect(200);
    });
    expect(entry.version).toBe(2);

    const told = (await as.adopter.get(`${api}/notifications`).expect(200))
      .body as NotificationList;
    expect(told.items.map((n) => [n.kind, n.curriculumId, n.detail])).toEqual([
      ['library-update', draft, unit.code],
    ]);
    const outsiderTold = (await as.outsider.get(`${api}/notifications`).expect(200))
      .body as NotificationList;
    expect(outsiderTold.items).toEqual([]);

    const [update] = await updates(as.adopter, draft);
    expect(update).toMatchObject({
      unitId: copy.id,
      entryId,
      fromVersion: 1,
      toVersion: 2,
      editedHere: [],
    });
    expect(update.attribution).toContain('version 2');
    expect(update.unit.fields).toEqual([
      { field: 'ecvetPoints', before: unit.ecvetPoints, after: unit.ecvetPoints + 1 },
    ]);
    const [o0, o1, o2] = unit.outcomes;
    const byId = new Map(update.outcomes.map((o) => [o.id, o]));
    expect(byId.get(o0.id)).toMatchObject({
      change: 'changed',
      localOutcomeId: copy.outcomes[0].id,
      editedHere: true,
    });
    expect(byId.get(o1.id)).toMatchObject({
      change: 'changed',
      localOutcomeId: copy.outcomes[1].id,
      editedHere: false,
    });
    expect(byId.get(o1.id)?.text).toEqual([
      { language: 'de', before: o1.text['de'], after: 'Neue Fassung von Ergebnis 1.' },
    ]);
    expect(byId.get(o2.id)).toMatchObject({
      change: 'removed',
      localOutcomeId: copy.outcomes[2].id,
    });
    const added = update.outcomes.filter((o) => o.change === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ localOutcomeId: null, editedHere: false });
    expect(update.outcomes).toHaveLength(4);
  });

  it('refuses outcomes that are not the update’s and keeps that are not the unit’s', async () => {
    const refused = await as.adopter
      .post(`${api}/curricula/${draft}/updates/${copy.id}/take`)
      .send({ outcomes: [unit.outcomes[3].id], keep: [unit.outcomes[0].id] })
      .expect(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'outcomes[0]',
      'keep[0]',
    ]);
    await as.adopter
      .post(`${api}/curricula/${draft}/updates/${copy.id}/take`)
      .send({ outcomes: ['not-an-id'] })
      .expect(400);
    // Only the school's authors see or take its updates; a unit not adopted has none.
    await as.outsider.get(`${api}/curricula/${draft}/updates`).expect(404);
    await as.outsider
      .post(`${api}/curricula/${draft}/updates/${copy.id}/take`)
      .send({})
      .expect(404);
    const own = (await as.publisher.get(`${api}/curricula/${source.id}`).expect(200))
      .body as Curriculum;
    await as.publisher
      .post(`${api}/curricula/${source.id}/updates/${own.units[1].id}/take`)
      .send({})
      .expect(409);
  });

  it('takes one outcome of the update: that one only, and the unit now holds the new version', async () => {
    const [update] = await updates(as.adopter, draft);
    const added = update.outcomes.find((o) => o.change === 'added');
    const taken = (
      await as.adopter
        .post(`${api}/curricula/${draft}/updates/${copy.id}/take`)
        .send({ outcomes: [added?.id] })
        .expect(200)
    ).body as Unit;
    expect(taken.provenance).toMatchObject({ entryId, version: 2, adapted: true });
    expect(taken.ecvetPoints).toBe(unit.ecvetPoints);
    const texts = taken.outcomes.map((o) => o.text['de']);
    expect(texts).toEqual([
      'Unsere eigene Formulierung.',
      unit.outcomes[1].text['de'],
      unit.outcomes[2].text['de'],
      unit.outcomes[3].text['de'],
      'Neues Ergebnis.',
      'Eigenes Ergebnis.',
    ]);
    expect(await updates(as.adopter, draft)).toEqual([]);
  });

  it('takes an update whole, keeping the outcomes edited here; dismisses the next one', async () => {
    // The publisher's own draft holds a copy of version 1, one outcome reworded there.
    const ownDraft = await storeContent(t, generateCurriculum({ ...small, seed: 8 }), school);
    const older = (
      await as.publisher
        .post(`${api}/library/${entryId}/adopt`)
        .send({ curriculumId: ownDraft, version: 1 })
        .expect(201)
    ).body as Unit;
    await editOutcome(as.publisher, ownDraft, older, older.outcomes[1], 'Hier geändert.');
    const [update] = await updates(as.publisher, ownDraft);
    expect([update.fromVersion, update.toVersion]).toEqual([1, 2]);
    const whole = (
      await as.publisher
        .post(`${api}/curricula/${ownDraft}/updates/${older.id}/take`)
        .send({})
        .expect(200)
    ).body as Unit;
    expect(whole.ecvetPoints).toBe(unit.ecvetPoints + 1);
    expect(whole.outcomes.map((o) => o.text['de'])).toEqual([
      'Neue Fassung von Ergebnis 0.',
      'Hier geändert.',
      unit.outcomes[3].text['de'],
      'Neues Ergebnis.',
    ]);
    expect(whole.outcomes[1].id).toBe(older.outcomes[1].id);
    expect(whole.provenance).toMatchObject({ version: 2, adapted: true });
    const entry = (await as.publisher.get(`${api}/library/${entryId}`).expect(200))
      .body as LibraryEntry;
    expect(entry.usage.map((u) => u.curricula).reduce((a, b) => a + b, 0)).toBe(2);

    // Version 3: the adopter dismisses it; the unit stays, and nothing waits until version 4.
    await newVersion(async (current) => {
      await editOutcome(as.publisher, source.id, current, current.outcomes[0], 'Fassung drei.');
    });
    expect((await updates(as.adopter, draft)).map((u) => u.toVersion)).toEqual([3]);
    const before = await unitOf(as.adopter, draft, copy.id);
    await as.adopter.post(`${api}/curricula/${draft}/updates/${copy.id}/dismiss`).expect(204);
    expect(await updates(as.adopter, draft)).toEqual([]);
    const after = await unitOf(as.adopter, draft, copy.id);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.provenance?.version).toBe(2);
    await as.adopter.post(`${api}/curricula/${draft}/updates/${copy.id}/dismiss`).expect(409);
    // The school taking version 3 whole with `keep: []` takes the source's text over its own.
    const held = await unitOf(as.publisher, ownDraft, older.id);
    await editOutcome(as.publisher, ownDraft, held, held.outcomes[0], 'Wieder hier geändert.');
    const [third] = await updates(as.publisher, ownDraft);
    expect(third.outcomes.map((o) => [o.localOutcomeId, o.editedHere])).toEqual([
      [held.outcomes[0].id, true],
    ]);
    const overwritten = (
      await as.publisher
        .post(`${api}/curricula/${ownDraft}/updates/${older.id}/take`)
        .send({ keep: [] })
        .expect(200)
    ).body as Unit;
    expect(third.toVersion).toBe(3);
    expect(overwritten.outcomes.map((o) => o.text['de'])).toEqual([
      'Fassung drei.',
      'Hier geändert.',
      unit.outcomes[3].text['de'],
      'Neues Ergebnis.',
    ]);
  });

  it('offers a good-practice curriculum’s new version only for the units it changed', async () => {
    const example = (
      await as.publisher.post(`${api}/library`).send({ curriculumId: source.id }).expect(201)
    ).body as LibraryEntry;
    const { id: whole } = (
      await as.outsider.post(`${api}/library/${example.id}/adopt`).send({}).expect(201)
    ).body as { id: string };
    expect(await updates(as.outsider, whole)).toEqual([]);
    const [changed, unchanged] = source.units;
    // The curriculum's next version changes the first unit only.
    await newVersion(async (current) => {
      await editOutcome(as.publisher, source.id, current, current.outcomes[0], 'Fassung vier.');
    });
    const next = (
      await as.publisher.post(`${api}/library`).send({ curriculumId: source.id }).expect(201)
    ).body as LibraryEntry;
    expect(next).toMatchObject({ id: example.id, version: 2 });
    const told = (await as.outsider.get(`${api}/notifications`).expect(200))
      .body as NotificationList;
    expect(told.items.map((n) => [n.kind, n.curriculumId, n.detail])).toEqual([
      ['library-update', whole, source.code],
    ]);
    const waiting = await updates(as.outsider, whole);
    expect(waiting.map((u) => [u.code, u.fromVersion, u.toVersion])).toEqual([
      [changed.code, 1, 2],
    ]);
    expect(waiting[0].outcomes.map((o) => o.text.find((c) => c.language === 'de')?.after)).toEqual([
      'Fassung vier.',
    ]);
    expect(waiting[0].attribution).toContain(`, from ${source.code} `);
    const taken = (
      await as.outsider
        .post(`${api}/curricula/${whole}/updates/${waiting[0].unitId}/take`)
        .send({})
        .expect(200)
    ).body as Unit;
    expect(taken.outcomes[0].text['de']).toBe('Fassung vier.');
    expect(taken.provenance).toMatchObject({ version: 2, adapted: false });
    expect(await updates(as.outsider, whole)).toEqual([]);
    const copyOfUnchanged = (
      (await as.outsider.get(`${api}/curricula/${whole}`).expect(200)).body as Curriculum
    ).units.find((u) => u.code === unchanged.code);
    expect(copyOfUnchanged?.provenance).toMatchObject({ version: 1, adapted: false });
  });
});
