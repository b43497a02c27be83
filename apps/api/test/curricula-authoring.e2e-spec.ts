import type {
  Curriculum,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { Client, client, createAuthor } from './support/accounts';
import { api, createDraft, draftBody } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

const unitBody = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  title: { de: `Einheit ${code}`, en: `Unit ${code}` },
  eqfLevel: 4,
  ecvetPoints: 20,
  year: 1,
  term: 1,
  assessment: {
    methods: ['practical-task'],
    criteria: { de: 'Maße geprüft', en: 'Dimensions checked' },
  },
  ...overrides,
});

describe(`authoring API (${testDatabase()})`, () => {
  let t: TestApp;
  let as: Client;

  beforeAll(async () => {
    t = await startTestApp();
    as = client(t.server, (await createAuthor(t)).token);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('curriculum', () => {
    it('creates a draft with ECVET defaults and returns the whole tree', async () => {
      const created = await createDraft(as);
      expect(created).toMatchObject({
        status: 'draft',
        version: 1,
        ecvetPoints: 210,
        fullTime: true,
        languages: ['de', 'en'],
        units: [],
        workBasedLearning: [],
      });
      const read = await as.get(`${api}/curricula/${created.id}`).expect(200);
      expect(read.body).toEqual(created);
    });

    it('puts the primary language first in languages, once', async () => {
      const created = await createDraft(as, {
        primaryLanguage: 'lt',
        languages: ['en', 'lt', 'en'],
      });
      expect(created.languages).toEqual(['lt', 'en']);
    });

    it('keeps every letter of German and the Baltic languages', async () => {
      const title = {
        de: 'Größenmaß prüfen',
        lt: 'Ąčęėįšųūž staklės',
        lv: 'Āčēģīķļņšūž darbgalds',
        et: 'Õäöüšž tööpink',
      };
      const created = await createDraft(as, { title, languages: ['de', 'lt', 'lv', 'et'] });
      const read = await as.get(`${api}/curricula/${created.id}`).expect(200);
      expect(read.body.title).toEqual(title);
    });

    it('edits with the current version and increments it', async () => {
      const created = await createDraft(as);
      const response = await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, eqfLevel: 3, title: { de: 'Neu', en: 'New' } })
        .expect(200);
      expect(response.body).toMatchObject({
        version: 2,
        eqfLevel: 3,
        title: { de: 'Neu', en: 'New' },
      });
    });

    it('answers a stale version with 409 and the current state', async () => {
      const created = await createDraft(as);
      await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, eqfLevel: 3 })
        .expect(200);
      const stale = await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, eqfLevel: 5 })
        .expect(409);
      expect(stale.body.current).toMatchObject({ id: created.id, version: 2, eqfLevel: 3 });
      expect(stale.body.message).toMatch(/changed by someone else/);
    });

    it.each([
      [{ status: 'published' }, 'status'],
      [{ institutionId: '00000000-0000-4000-8000-000000000000' }, 'institutionId'],
    ])('refuses to set %j through an edit', async (body, field) => {
      const created = await createDraft(as);
      const response = await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, ...body })
        .expect(400);
      expect(response.body.errors).toContainEqual({
        path: field,
        message: `property ${field} should not exist`,
      });
    });

    it.each([
      [{ eqfLevel: 9 }, 'eqfLevel'],
      [{ title: { de: '' } }, 'title'],
      [{ title: { 'not a language': 'x' } }, 'title'],
      [{ durationMonths: 'long' }, 'durationMonths'],
      [{ occupation: { uri: 'http://example.com/made-up', label: { en: 'x' } } }, 'occupation.uri'],
      [
        { electiveGroups: [{ code: 'I40', title: { en: 'Industry 4.0' }, pointsRequired: -1 }] },
        'electiveGroups[0].pointsRequired',
      ],
    ])('rejects %j with 400 naming %s', async (override, path) => {
      const response = await as.post(`${api}/curricula`).send(draftBody(override)).expect(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it.each([
      [{ code: null }, 'code'],
      [{ title: null }, 'title'],
      [{ description: null }, 'description'],
      [{ languages: null }, 'languages'],
      [{ fullTime: null }, 'fullTime'],
    ])('refuses null for %j in an edit with 400, not 500', async (body, path) => {
      const created = await createDraft(as);
      const response = await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, ...body })
        .expect(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('accepts null where it means "none" (NQF level, occupation)', async () => {
      const created = await createDraft(as, { nqfLevel: 4 });
      const response = await as
        .patch(`${api}/curricula/${created.id}`)
        .send({ version: 1, nqfLevel: null, occupation: null })
        .expect(200);
      expect(response.body).toMatchObject({ nqfLevel: null, occupation: null });
    });

    it('answers unknown and malformed ids with 404', async () => {
      await as.get(`${api}/curricula/6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f`).expect(404);
      await as.get(`${api}/curricula/not-an-id`).expect(404);
      await as.get(`${api}/curricula/'%20OR%201=1`).expect(404);
    });

    it('lists with search in any language, filters and paging', async () => {
      await createDraft(as, {
        code: 'LIST-A',
        title: { de: 'Fräsen für Fortgeschrittene', en: 'Advanced milling' },
        eqfLevel: 5,
      });
      await createDraft(as, {
        code: 'LIST-B',
        title: { de: 'Drehen', en: 'Turning' },
        eqfLevel: 5,
      });
      const search = await as.get(`${api}/curricula`).query({ q: 'FRÄSEN' }).expect(200);
      expect(search.body.items.map((c: Curriculum) => c.code)).toEqual(['LIST-A']);
      const byCode = await as.get(`${api}/curricula`).query({ q: 'list-' }).expect(200);
      expect(byCode.body.total).toBe(2);
      // Language codes and JSON punctuation are not text of the title.
      for (const q of ['de', '":"', '{', '"']) {
        const codes = (await as.get(`${api}/curricula`).query({ q }).expect(200)).body.items.map(
          (c: Curriculum) => c.code,
        );
        expect(codes).not.toContain('LIST-A');
        expect(codes).not.toContain('LIST-B');
      }
      const english = await as.get(`${api}/curricula`).query({ q: 'milling' }).expect(200);
      expect(english.body.items.map((c: Curriculum) => c.code)).toEqual(['LIST-A']);
      const page = await as
        .get(`${api}/curricula`)
        .query({ eqfLevel: 5, status: 'draft', pageSize: 1, page: 2 })
        .expect(200);
      expect(page.body.total).toBe(2);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.items[0]).toMatchObject({ eqfLevel: 5, status: 'draft', unitCount: 0 });
      await as.get(`${api}/curricula`).query({ pageSize: 1000 }).expect(400);
      await as.get(`${api}/curricula`).query({ status: 'lost' }).expect(400);
    });

    it('treats % and _ in the search as plain characters', async () => {
      const response = await as.get(`${api}/curricula`).query({ q: '%' }).expect(200);
      expect(response.body.total).toBe(0);
    });

    it('deletes a draft with its version; a stale one gets 409', async () => {
      const created = await createDraft(as);
      await as.delete(`${api}/curricula/${created.id}`).query({ version: 7 }).expect(409);
      await as.delete(`${api}/curricula/${created.id}`).expect(400);
      await as.delete(`${api}/curricula/${created.id}`).query({ version: 1 }).expect(204);
      await as.get(`${api}/curricula/${created.id}`).expect(404);
    });
  });

  describe('units, outcomes and work-based learning', () => {
    let curriculum: Curriculum;
    let basics: Unit;
    let cnc: Unit;

    beforeAll(async () => {
      curriculum = await createDraft(as);
      basics = (
        await as.post(`${api}/curricula/${curriculum.id}/units`).send(unitBody('U1')).expect(201)
      ).body;
      cnc = (
        await as
          .post(`${api}/curricula/${curriculum.id}/units`)
          .send(
            unitBody('U2', {
              year: 2,
              prerequisites: [basics.id],
              escoSkills: [
                {
                  uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
                  label: { en: 'program a CNC controller' },
                },
              ],
            }),
          )
          .expect(201)
      ).body;
    });

    it('adds units in order with their fields', async () => {
      const tree = (await as.get(`${api}/curricula/${curriculum.id}`).expect(200))
        .body as Curriculum;
      expect(tree.units.map((u) => u.code)).toEqual(['U1', 'U2']);
      expect(tree.units[1]).toMatchObject({
        prerequisites: [basics.id],
        mandatory: true,
        electiveGroup: null,
        version: 1,
      });
    });

    it('rejects a prerequisite that is not a unit of the curriculum', async () => {
      const response = await as
        .post(`${api}/curricula/${curriculum.id}/units`)
        .send(unitBody('U9', { prerequisites: ['6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f'] }))
        .expect(400);
      expect(response.body.errors[0].path).toBe('prerequisites[0]');
    });

    it('links skills as ESCO skill URIs and the occupation as an ESCO occupation URI, nothing else', async () => {
      // The API used to take any ESCO concept for either (the editor already checked skills only).
      const occupation = {
        uri: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
        label: { en: 'CNC machine operator' },
      };
      const skill = {
        uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
        label: { en: 'program a CNC controller' },
      };
      const outcome = await as
        .post(`${api}/curricula/${curriculum.id}/units/${basics.id}/outcomes`)
        .send({ category: 'skill', text: { en: 'Operates the lathe' }, escoSkill: occupation })
        .expect(400);
      expect(outcome.body.errors).toEqual([
        { path: 'escoSkill.uri', message: 'uri must be an ESCO skill URI' },
      ]);
      const unit = await as
        .post(`${api}/curricula/${curriculum.id}/units`)
        .send(unitBody('U8', { escoSkills: [skill, occupation] }))
        .expect(400);
      expect(unit.body.errors).toEqual([
        { path: 'escoSkills[1].uri', message: 'uri must be an ESCO skill URI' },
      ]);
      const tree = (await as.get(`${api}/curricula/${curriculum.id}`).expect(200)).body;
      const wrong = await as
        .patch(`${api}/curricula/${curriculum.id}`)
        .send({ version: tree.version, occupation: skill })
        .expect(400);
      expect(wrong.body.errors).toEqual([
        { path: 'occupation.uri', message: 'uri must be an ESCO occupation URI' },
      ]);
      await as
        .patch(`${api}/curricula/${curriculum.id}`)
        .send({ version: tree.version, occupation })
        .expect(200);
    });

    it('adds, edits and reorders outcomes of a unit', async () => {
      const path = `${api}/curricula/${curriculum.id}/units/${cnc.id}/outcomes`;
      const knows: LearningOutcome = (
        await as
          .post(path)
          .send({ category: 'knowledge', text: { de: 'kennt G-Code', en: 'knows G-code' } })
          .expect(201)
      ).body;
      const does: LearningOutcome = (
        await as
          .post(path)
          .send({ category: 'skill', text: { de: 'programmiert', en: 'programs' } })
          .expect(201)
      ).body;
      const edited = await as
        .patch(`${path}/${does.id}`)
        .send({ version: 1, text: { de: 'erstellt CNC-Programme', en: 'writes CNC programs' } })
        .expect(200);
      expect(edited.body).toMatchObject({ version: 2, category: 'skill' });
      await as.patch(`${path}/${does.id}`).send({ version: 1, category: 'knowledge' }).expect(409);
      await as
        .post(path)
        .send({ category: 'attitude', text: { en: 'x' } })
        .expect(400);
      const unit = await as.get(`${api}/curricula/${curriculum.id}`).expect(200);
      const reordered = await as
        .post(`${path}/reorder`)
        .send({ version: unit.body.units[1].version, ids: [does.id, knows.id] })
        .expect(200);
      expect(reordered.body.outcomes.map((o: LearningOutcome) => o.id)).toEqual([
        does.id,
        knows.id,
      ]);
      await as
        .post(`${path}/reorder`)
        .send({ version: reordered.body.version, ids: [does.id] })
        .expect(400);
    });

    it('reorders units against the curriculum version', async () => {
      const tree = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
      const reordered = await as
        .post(`${api}/curricula/${curriculum.id}/units/reorder`)
        .send({ version: tree.version, ids: [cnc.id, basics.id] })
        .expect(200);
      expect(reordered.body.units.map((u: Unit) => u.code)).toEqual(['U2', 'U1']);
      expect(reordered.body.version).toBe(tree.version + 1);
      await as
        .post(`${api}/curricula/${curriculum.id}/units/reorder`)
        .send({ version: tree.version, ids: [basics.id, cnc.id] })
        .expect(409);
    });

    it('plans work-based learning that covers units and outcomes', async () => {
      const tree = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
      const outcome = tree.units.find((u) => u.id === cnc.id)?.outcomes[0];
      const period: WorkBasedLearningPeriod = (
        await as
          .post(`${api}/curricula/${curriculum.id}/work-based-learning`)
          .send({
            title: { de: 'Betriebliche Phase: CNC-Fräsen', en: 'Company placement: CNC milling' },
            year: 2,
            durationHours: 320,
            unitIds: [cnc.id],
            outcomeIds: [outcome?.id],
            companyProfile: {
              de: 'Lohnfertiger mit 5-Achs-Fräszentren',
              en: 'Contract machining shop',
            },
          })
          .expect(201)
      ).body;
      expect(period).toMatchObject({ version: 1, unitIds: [cnc.id], outcomeIds: [outcome?.id] });
      const bad = await as
        .post(`${api}/curricula/${curriculum.id}/work-based-learning`)
        .send({
          title: { en: 'x' },
          year: 1,
          durationHours: 40,
          unitIds: ['6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f'],
        })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('unitIds[0]');
      const edited = await as
        .patch(`${api}/curricula/${curriculum.id}/work-based-learning/${period.id}`)
        .send({ version: 1, durationHours: 400 })
        .expect(200);
      expect(edited.body.durationHours).toBe(400);
    });

    it('removes a deleted unit from prerequisites and work-based learning', async () => {
      const before = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
      const stale = await as
        .delete(`${api}/curricula/${curriculum.id}/units/${basics.id}`)
        .query({ version: 99 })
        .expect(409);
      expect(stale.body.current.id).toBe(basics.id);
      await as
        .delete(`${api}/curricula/${curriculum.id}/units/${cnc.id}`)
        .query({ version: before.units.find((u) => u.id === cnc.id)?.version })
        .expect(204);
      const after = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
      expect(after.units.map((u) => u.code)).toEqual(['U1']);
      expect(after.workBasedLearning[0]).toMatchObject({ unitIds: [], outcomeIds: [], version: 3 });
    });

    it('answers parts of another curriculum with 404', async () => {
      const other = await createDraft(as);
      await as
        .patch(`${api}/curricula/${other.id}/units/${basics.id}`)
        .send({ version: 1, ecvetPoints: 5 })
        .expect(404);
    });
  });

  describe('duplicate and validation', () => {
    it('duplicates a curriculum as a new draft with its own ids and kept references', async () => {
      const original = await createDraft(as);
      const first: Unit = (
        await as.post(`${api}/curricula/${original.id}/units`).send(unitBody('A')).expect(201)
      ).body;
      await as
        .post(`${api}/curricula/${original.id}/units`)
        .send(unitBody('B', { year: 2, prerequisites: [first.id] }))
        .expect(201);
      const { body } = await as.post(`${api}/curricula/${original.id}/duplicate`).expect(201);
      const copy = (await as.get(`${api}/curricula/${body.id}`).expect(200)).body as Curriculum;
      expect(copy.id).not.toBe(original.id);
      expect(copy.title).toEqual({
        de: 'Zerspanungsmechaniker/in (Kopie)',
        en: 'Cutting machining mechanic (copy)',
      });
      expect(copy.units.map((u) => u.code)).toEqual(['A', 'B']);
      expect(copy.units[0].id).not.toBe(first.id);
      expect(copy.units[1].prerequisites).toEqual([copy.units[0].id]);
    });

    it('reports the ECVET findings of a curriculum', async () => {
      const created = await createDraft(as, { ecvetPoints: 200 });
      const report = await as.get(`${api}/curricula/${created.id}/validation`).expect(200);
      const ids = report.body.findings.map((f: { ruleId: string }) => f.ruleId);
      expect(ids).toContain('ECVET-R1');
      expect(
        report.body.findings.find((f: { ruleId: string }) => f.ruleId === 'ECVET-R1'),
      ).toMatchObject({
        severity: 'error',
        path: 'ecvetPoints',
      });
      expect(report.body.summary).toMatchObject({
        declaredPoints: 200,
        expectedPoints: 210,
        unitCount: 0,
      });
    });
  });
});
