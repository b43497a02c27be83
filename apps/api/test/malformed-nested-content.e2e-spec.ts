/**
 * Lists where objects belong (issue #12, item 6): a probe found that `unit.assessment: []` and five
 * other such bodies were taken (POST 201, PATCH 200), after which every export of the draft answered
 * 500. Such bodies are refused with 400 naming the field; content that is malformed all the same
 * (written around the API) makes every export answer 422 naming the field instead of a 500.
 */
import type { Curriculum, Unit } from '@curriculum-builder/curriculum';
import type request from 'supertest';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { LearningOutcomeEntity } from '../src/app/curricula/entities/learning-outcome.entity';
import { UnitEntity } from '../src/app/curricula/entities/unit.entity';
import { CurriculumVersionEntity } from '../src/app/curricula/entities/curriculum-version.entity';
import { client, type Client, createAuthor } from './support/accounts';
import { api, createDraft } from './support/curricula';
import { startTestApp, type TestApp, testDatabase } from './support/test-app';

const ESCO_SKILL = {
  uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
  label: { de: 'CNC-Maschinen bedienen', en: 'operate CNC machines' },
};

const unitBody = (code: string) => ({
  code,
  title: { de: 'Drehen', en: 'Turning' },
  eqfLevel: 4,
  ecvetPoints: 10,
  year: 1,
  escoSkills: [ESCO_SKILL],
  assessment: { methods: ['practical-task'], criteria: { de: 'Maßhaltigkeit' } },
});

const outcomeBody = { category: 'skill', text: { de: 'Werkstücke drehen' }, escoSkill: ESCO_SKILL };

/** A draft with one unit and one outcome, through the API. */
interface Draft {
  readonly curriculum: Curriculum;
  readonly unit: Unit;
  readonly outcomeId: string;
}

const EXPORTS = ['pdf', 'pathway-pdf', 'csv', 'elm', 'case'] as const;

function expectFieldRefused(response: request.Response, field: string) {
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ statusCode: 400, message: expect.stringContaining(field) });
  expect(response.body.errors).toContainEqual({ path: field, message: expect.any(String) });
}

describe(`lists where objects belong (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let drafts = 0;

  async function createTree(): Promise<Draft> {
    drafts += 1;
    const curriculum = await createDraft(author, {
      code: `MALFORMED-${drafts}`,
      nqfLevel: 4,
      occupation: { ...ESCO_SKILL, uri: ESCO_SKILL.uri.replace('/skill/', '/occupation/') },
      electiveGroups: [{ code: 'WP', title: { de: 'Wahlpflicht' }, pointsRequired: 0 }],
    });
    const base = `${api}/curricula/${curriculum.id}`;
    const unit: Unit = (await author.post(`${base}/units`).send(unitBody('U1')).expect(201)).body;
    const outcome = await author
      .post(`${base}/units/${unit.id}/outcomes`)
      .send(outcomeBody)
      .expect(201);
    return { curriculum, unit, outcomeId: outcome.body.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    author = client(t.server, (await createAuthor(t)).token);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('refuses a list where the API expects an object, with 400 naming the field', () => {
    const LISTS: readonly [string, 'curriculum' | 'unit' | 'outcome', string, unknown][] = [
      ['unit.assessment: []', 'unit', 'assessment', []],
      [
        'unit.assessment: [{ methods, criteria }]',
        'unit',
        'assessment',
        [{ methods: [], criteria: {} }],
      ],
      ['unit.escoSkills: [[]]', 'unit', 'escoSkills', [[]]],
      ['curriculum.occupation: []', 'curriculum', 'occupation', []],
      ['curriculum.electiveGroups: [[]]', 'curriculum', 'electiveGroups', [[]]],
      ['outcome.escoSkill: []', 'outcome', 'escoSkill', []],
    ];

    it.each(LISTS)('%s in a new and in an edited one', async (_name, kind, field, value) => {
      const { curriculum, unit, outcomeId } = await createTree();
      const base = `${api}/curricula/${curriculum.id}`;
      const create =
        kind === 'curriculum'
          ? author.post(`${api}/curricula`).send({ ...curriculumBody(), [field]: value })
          : kind === 'unit'
            ? author.post(`${base}/units`).send({ ...unitBody('U2'), [field]: value })
            : author
                .post(`${base}/units/${unit.id}/outcomes`)
                .send({ ...outcomeBody, [field]: value });
      expectFieldRefused(await create, field);
      const path =
        kind === 'curriculum'
          ? base
          : kind === 'unit'
            ? `${base}/units/${unit.id}`
            : `${base}/units/${unit.id}/outcomes/${outcomeId}`;
      expectFieldRefused(await author.patch(path).send({ version: 1, [field]: value }), field);
      // Nothing was written: the tree is as it was created, and every export still works.
      const after: Curriculum = (await author.get(base).expect(200)).body;
      expect(after.version).toBe(curriculum.version);
      expect(after.units).toHaveLength(1);
      expect(after.units[0].version).toBe(unit.version);
      expect(after.units[0].outcomes).toHaveLength(1);
      for (const format of EXPORTS) await author.get(`${base}/export/${format}`).expect(200);
    });

    function curriculumBody() {
      return {
        code: 'MALFORMED-NEW',
        title: { de: 'Zerspanungsmechaniker/in' },
        eqfLevel: 4,
        durationMonths: 42,
        primaryLanguage: 'de',
      };
    }
  });

  describe('answers every export of malformed stored content with 422 naming the field', () => {
    const STORED: readonly [string, string, (t: TestApp, draft: Draft) => Promise<unknown>][] = [
      [
        'unit.assessment: []',
        'units[0].assessment',
        (t, { unit }) =>
          t.dataSource.getRepository(UnitEntity).update(unit.id, { assessment: [] as never }),
      ],
      [
        'unit.escoSkills: [[]]',
        'units[0].escoSkills[0]',
        (t, { unit }) =>
          t.dataSource.getRepository(UnitEntity).update(unit.id, { escoSkills: [[]] as never }),
      ],
      [
        'curriculum.occupation: []',
        'occupation',
        (t, { curriculum }) =>
          t.dataSource
            .getRepository(CurriculumEntity)
            .update(curriculum.id, { occupation: [] as never }),
      ],
      [
        'curriculum.electiveGroups: [[]]',
        'electiveGroups[0]',
        (t, { curriculum }) =>
          t.dataSource
            .getRepository(CurriculumEntity)
            .update(curriculum.id, { electiveGroups: [[]] as never }),
      ],
      [
        'outcome.escoSkills: {}',
        'units[0].outcomes[0].escoSkills',
        (t, { outcomeId }) =>
          t.dataSource
            .getRepository(LearningOutcomeEntity)
            .update(outcomeId, { escoSkills: {} as never }),
      ],
    ];

    it.each(STORED)('%s', async (_name, path, corrupt) => {
      const draft = await createTree();
      await corrupt(t, draft);
      const base = `${api}/curricula/${draft.curriculum.id}`;
      const responses = await Promise.all(
        EXPORTS.map((format) => author.get(`${base}/export/${format}`)),
      );
      const statuses = Object.fromEntries(
        EXPORTS.map((format, i) => [format, responses[i].status]),
      );
      expect(statuses).toEqual(Object.fromEntries(EXPORTS.map((format) => [format, 422])));
      for (const response of responses) {
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(response.body).toEqual({
          statusCode: 422,
          message: expect.stringContaining(path),
          problems: [{ path, message: expect.any(String) }],
        });
      }
    });

    it('answers anyone 422 for a published version whose snapshot is malformed', async () => {
      const { curriculum } = await createTree();
      const base = `${api}/curricula/${curriculum.id}`;
      const tree: Curriculum = (await author.get(base).expect(200)).body;
      const snapshot = {
        ...tree,
        status: 'published',
        publishedVersion: 1,
        units: tree.units.map((unit) => ({ ...unit, assessment: [] })),
      };
      await t.dataSource.getRepository(CurriculumVersionEntity).insert({
        curriculumId: tree.id,
        number: 1,
        snapshot: snapshot as never,
        code: tree.code,
        title: tree.title,
        ecvetPoints: tree.ecvetPoints,
        eqfLevel: tree.eqfLevel,
        primaryLanguage: tree.primaryLanguage,
        languages: [...tree.languages],
        unitCount: tree.units.length,
        publishedAt: new Date().toISOString(),
        publishedBy: null,
      });
      await t.dataSource
        .getRepository(CurriculumEntity)
        .update(tree.id, { status: 'published', publishedVersion: 1 });
      const anonymous = client(t.server);
      for (const format of EXPORTS) {
        const response = await anonymous.get(`${base}/export/${format}`);
        expect({ format, status: response.status }).toEqual({ format, status: 422 });
        expect(response.body.problems).toEqual([
          { path: 'units[0].assessment', message: 'must be an object' },
        ]);
      }
    });

    it('exports again once the field is corrected through the API', async () => {
      const draft = await createTree();
      await STORED[0][2](t, draft);
      const base = `${api}/curricula/${draft.curriculum.id}`;
      await author.get(`${base}/export/pdf`).expect(422);
      await author
        .patch(`${base}/units/${draft.unit.id}`)
        .send({ version: draft.unit.version, assessment: unitBody('U1').assessment })
        .expect(200);
      for (const format of EXPORTS) await author.get(`${base}/export/${format}`).expect(200);
    });
  });
});
