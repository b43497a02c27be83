import {
  curriculumAccess,
  WORKING_COPY_ACCESS,
  type CallerFacts,
  type Curriculum,
  type CurriculumSummary,
  type Role,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { SubmissionEntity } from '../src/app/curricula/entities/submission.entity';
import { client, createInstitution, createUser, link, TestUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * The catalogue's SQL (`GET /curricula`) and the single reads (`GET /curricula/:id`) show each
 * caller exactly what the pure policy (`curriculumAccess` of libs/curriculum) decides: nothing, the
 * working copy or the published version — for every role, over curricula in every state. The
 * working copies carry other titles than their published versions, so the test sees which one.
 */
describe(`the catalogue follows the access policy (${testDatabase()})`, () => {
  let t: TestApp;
  const callers = new Map<string, TestUser | null>();
  /** Per curriculum: its working copy and its published version as titles (null: none). */
  const views = new Map<string, { working: string; published: string | null }>();

  const as = (who: TestUser | null) => client(t.server, who?.token);
  const title = (c: { title: Record<string, string> }) => c.title['de'];

  beforeAll(async () => {
    t = await startTestApp();
    const schoolA = await createInstitution(t, 'school');
    const schoolB = await createInstitution(t, 'school');
    const associationX = await createInstitution(t, 'association');
    const associationY = await createInstitution(t, 'association');
    await link(t, schoolA, associationX);
    await link(t, schoolA, associationY);
    const users: [string, Role, string | null][] = [
      ['authorA', 'author', schoolA],
      ['authorB', 'author', schoolB],
      ['reviewerX', 'reviewer', associationX],
      ['reviewerY', 'reviewer', associationY],
      ['admin', 'admin', null],
      ['learner', 'learner', null],
      ['coordinatorA', 'mobility-coordinator', schoolA],
      ['company', 'company', await createInstitution(t, 'company')],
    ];
    callers.set('anonymous', null);
    for (const [name, role, institution] of users)
      callers.set(name, await createUser(t, role, institution));
    const who = (name: string) => callers.get(name) ?? null;
    const step = (name: string, id: string, action: string, body: object = {}) =>
      as(who(name)).post(`${api}/curricula/${id}/${action}`).send(body).expect(200);
    const store = (school: string) =>
      storeContent(
        t,
        generateCurriculum({
          units: 2,
          outcomesPerUnit: 1,
          workBasedLearningPeriods: 0,
          languages: ['de'],
          years: 1,
        }),
        school,
      );
    const retitle = async (name: string, id: string, text: string) => {
      const tree: Curriculum = (await as(who(name)).get(`${api}/curricula/${id}`).expect(200)).body;
      await as(who(name))
        .patch(`${api}/curricula/${id}`)
        .send({ version: tree.version, title: { de: text } })
        .expect(200);
    };
    const publish = async (name: string, id: string, reviewer: string, association: string) => {
      await step(name, id, 'submit', { associationIds: [association] });
      await step(reviewer, id, 'approve');
      await step(name, id, 'publish');
    };

    const ids: Record<string, string> = {};
    for (const name of [
      'draft',
      'inReviewX',
      'changesY',
      'approvedX',
      'published',
      'reopened',
      'archived',
      'reopenedInReviewY',
    ])
      ids[name] = await store(schoolA);
    for (const name of ['draftB', 'publishedB']) ids[name] = await store(schoolB);
    for (const [name, id] of Object.entries(ids))
      await retitle(name.endsWith('B') ? 'authorB' : 'authorA', id, `${name}: published`);

    await step('authorA', ids['inReviewX'], 'submit', { associationIds: [associationX] });
    await step('authorA', ids['changesY'], 'submit', { associationIds: [associationY] });
    await step('reviewerY', ids['changesY'], 'request-changes');
    await step('authorA', ids['approvedX'], 'submit', { associationIds: [associationX] });
    await step('reviewerX', ids['approvedX'], 'approve');
    for (const name of ['published', 'reopened', 'archived', 'reopenedInReviewY'])
      await publish('authorA', ids[name], 'reviewerX', associationX);
    await publish('authorB', ids['publishedB'], 'reviewerX', associationX);
    for (const name of ['reopened', 'reopenedInReviewY']) {
      await step('authorA', ids[name], 'reopen');
      await retitle('authorA', ids[name], `${name}: working copy`);
    }
    await step('authorA', ids['reopenedInReviewY'], 'submit', { associationIds: [associationY] });
    await step('authorA', ids['archived'], 'archive');

    for (const [name, id] of Object.entries(ids)) {
      const author = who(name.endsWith('B') ? 'authorB' : 'authorA');
      const working: Curriculum = (await as(author).get(`${api}/curricula/${id}`).expect(200)).body;
      const anonymous = await as(null).get(`${api}/curricula/${id}`);
      views.set(id, {
        working: title(working),
        published: anonymous.status === 200 ? title(anonymous.body) : null,
      });
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** What the pure policy says `caller` sees of each curriculum, from the facts in the database. */
  async function expectedViews(caller: TestUser | null): Promise<Map<string, string>> {
    const facts: CallerFacts | null =
      caller === null ? null : { role: caller.role, institutionId: caller.institutionId };
    const curricula = await t.dataSource.getRepository(CurriculumEntity).find();
    const submissions = await t.dataSource.getRepository(SubmissionEntity).find();
    const seen = new Map<string, string>();
    for (const c of curricula) {
      const view = views.get(c.id);
      if (view === undefined) continue;
      const submitted = submissions.some(
        (s) => s.curriculumId === c.id && s.associationId === caller?.institutionId,
      );
      const access = curriculumAccess(facts, c, submitted);
      if (access === 'none') continue;
      seen.set(c.id, WORKING_COPY_ACCESS.includes(access) ? view.working : (view.published ?? '?'));
    }
    return seen;
  }

  it('covers curricula whose working copy and published version differ', () => {
    const differing = [...views.values()].filter(
      (v) => v.published !== null && v.published !== v.working,
    );
    expect(differing).toHaveLength(2);
    expect(views.size).toBe(10);
  });

  it.each([
    'anonymous',
    'authorA',
    'authorB',
    'reviewerX',
    'reviewerY',
    'admin',
    'learner',
    'coordinatorA',
    'company',
  ])('lists and reads for %s exactly what the policy decides', async (name) => {
    const caller = callers.get(name) ?? null;
    const expected = await expectedViews(caller);
    const listed: CurriculumSummary[] = (
      await as(caller).get(`${api}/curricula`).query({ pageSize: 100 }).expect(200)
    ).body.items;
    const fromList = new Map(
      listed.filter((s) => views.has(s.id)).map((s) => [s.id, title(s)] as const),
    );
    expect(Object.fromEntries(fromList)).toEqual(Object.fromEntries(expected));
    for (const id of views.keys()) {
      const response = await as(caller).get(`${api}/curricula/${id}`);
      if (expected.has(id)) {
        expect([id, response.status, title(response.body)]).toEqual([id, 200, expected.get(id)]);
      } else {
        expect([id, response.status]).toEqual([id, 404]);
      }
    }
  });
});
