import type { Curriculum, Unit } from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { AssessmentPlan1763684500000 as Migration } from '../src/database/migrations/1763684500000-AssessmentPlan';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, roundTrip, storeContent } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17: the assessment plan — the parts of the examination with weight, timing, methods and
 * the units and outcomes they assess — through the REST API, the rules, unit deletion, the CSV,
 * Excel and CASE round trips, and its migration.
 */
describe(`assessment plan (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let school: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    author = client(t.server, (await createUser(t, 'author', school)).token);
  });

  afterAll(async () => {
    await t.close();
  });

  const current = async (id: string) =>
    (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const findings = async (id: string) =>
    (
      (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body.findings as Finding[]
    ).filter((f) => f.ruleId === 'ECVET-ASSESSMENT');
  const unitByCode = (c: Curriculum, code: string) => c.units.find((u) => u.code === code) as Unit;

  it('stores the two-part final examination of the CNC demo by unit id, with no finding', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    expect(c.assessmentPlan.map((p) => [p.code, p.weight, p.year, p.term])).toEqual([
      ['AP1', 40, 2, 2],
      ['AP2', 60, 4, 2],
    ]);
    expect(c.assessmentPlan[0].unitIds).toContain(unitByCode(c, 'ZM-10').id);
    expect(await findings(c.id)).toEqual([]);
  });

  it('takes a plan by PATCH, checks its weights, and refuses ids of nothing in the curriculum', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const outcome = unitByCode(c, 'ZM-13').outcomes[0];
    const plan = [
      { ...c.assessmentPlan[0], weight: 30 },
      { ...c.assessmentPlan[1], outcomeIds: [outcome.id] },
    ];
    const patched = await author
      .patch(`${api}/curricula/${c.id}`)
      .send({ version: c.version, assessmentPlan: plan })
      .expect(200);
    expect(patched.body.assessmentPlan[1].outcomeIds).toEqual([outcome.id]);
    expect(await findings(c.id)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'assessmentPlan',
        message:
          'The parts of the assessment plan weigh 90 % together; the final result needs 100 %.',
      }),
    ]);
    const stranger = '00000000-0000-4000-8000-000000000000';
    const refused = await author
      .patch(`${api}/curricula/${c.id}`)
      .send({
        version: patched.body.version,
        assessmentPlan: [{ ...plan[0], unitIds: [stranger] }],
      })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('assessmentPlan[0].unitIds[0]');
    await author
      .patch(`${api}/curricula/${c.id}`)
      .send({ version: patched.body.version, assessmentPlan: [{ ...plan[0], weight: 101 }] })
      .expect(400);
    expect((await current(c.id)).assessmentPlan).toEqual(patched.body.assessmentPlan);
  });

  it('maps the plan to the new ids of a duplicate', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const copy = await author.post(`${api}/curricula/${c.id}/duplicate`).send({}).expect(201);
    const duplicate = await current(copy.body.id);
    const ids = new Set(duplicate.units.map((u) => u.id));
    expect(duplicate.assessmentPlan[1].unitIds.every((id) => ids.has(id))).toBe(true);
    expect(duplicate.assessmentPlan[1].unitIds).toHaveLength(c.assessmentPlan[1].unitIds.length);
    expect(await findings(duplicate.id)).toEqual([]);
  });

  it('takes a deleted unit out of the plan, as a new version of the curriculum', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const unit = unitByCode(c, 'ZM-15');
    await author
      .delete(`${api}/curricula/${c.id}/units/${unit.id}?version=${unit.version}`)
      .expect(204);
    const after = await current(c.id);
    expect(after.assessmentPlan[1].unitIds).not.toContain(unit.id);
    expect(after.assessmentPlan[1].unitIds).toHaveLength(c.assessmentPlan[1].unitIds.length - 1);
    expect(after.version).toBeGreaterThan(c.version);
  });

  it.each(['csv', 'xlsx', 'case'] as const)(
    'keeps the plan through a %s round trip',
    async (format) => {
      const c = await current(await storeContent(t, cncMachiningCurriculum, school));
      const imported = await roundTrip(t, author, c.id, format);
      const byCodes = (cur: Curriculum) => {
        const code = new Map(cur.units.map((u) => [u.id, u.code]));
        return cur.assessmentPlan.map(({ unitIds, outcomeIds, ...part }) => ({
          ...part,
          units: unitIds.map((id) => code.get(id)),
          outcomes: outcomeIds.length,
        }));
      };
      expect(byCodes(imported)).toEqual(byCodes(c));
    },
  );

  it('migrates: the previous release had no plan; down and up keep every curriculum', async () => {
    await storeContent(t, cncMachiningCurriculum, school);
    const count = async () =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM curriculum'))[0].n);
    const before = await count();
    await runMigration(t, new Migration(), 'down');
    const table = await t.dataSource.createQueryRunner().getTable('curriculum');
    expect(table?.columns.map((column) => column.name)).not.toContain('assessment_plan');
    await runMigration(t, new Migration(), 'up');
    expect(await count()).toBe(before);
    const plans = (await t.dataSource.query('SELECT assessment_plan FROM curriculum')) as {
      assessment_plan: string;
    }[];
    for (const row of plans) expect(JSON.parse(row.assessment_plan)).toEqual([]);
  });
});
