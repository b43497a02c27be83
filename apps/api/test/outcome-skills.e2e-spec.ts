import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, roundTrip, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

const skill = (id: string, en: string) => ({
  uri: `http://data.europa.eu/esco/skill/${id}`,
  label: { en, de: `${en} (de)` },
});
const PROGRAM = skill('bf942c60-8539-4951-83ee-63f770da1cb8', 'program a CNC controller');
const CAM = skill('7a757fa5-9a6f-43ab-9e66-f8f4dba1ffcb', 'use CAM software');
const TEST_RUN = skill('465ff64a-1271-4064-8ed1-e969cb68d8b4', 'perform test run');

/**
 * Issue #17: several ESCO skills per learning outcome (the main one first) through the REST API —
 * and `escoSkill`, the one skill of API v1 clients, kept as the main skill — and through the CSV,
 * Excel and CASE round trips.
 */
describe(`several ESCO skills per outcome (${testDatabase()})`, () => {
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
  const programming = (c: Curriculum) => c.units.find((u) => u.code === 'ZM-10') as Unit;

  it('stores a list, answers its first as escoSkill, and lets escoSkill alone change only the main skill', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const unit = programming(c);
    const outcomes = `${api}/curricula/${c.id}/units/${unit.id}/outcomes`;
    const created = (
      await author
        .post(outcomes)
        .send({ category: 'skill', text: { de: 'Programmiert' }, escoSkills: [PROGRAM, CAM] })
        .expect(201)
    ).body as LearningOutcome;
    expect(created.escoSkills).toEqual([PROGRAM, CAM]);
    expect(created.escoSkill).toEqual(PROGRAM);

    const patch = async (o: LearningOutcome, body: Record<string, unknown>, status = 200) =>
      (
        await author
          .patch(`${outcomes}/${o.id}`)
          .send({ version: o.version, ...body })
          .expect(status)
      ).body as LearningOutcome;
    // A client of one skill per outcome replaces the main skill; the others stay.
    const main = await patch(created, { escoSkill: TEST_RUN });
    expect(main.escoSkills).toEqual([TEST_RUN, PROGRAM, CAM]);
    const removed = await patch(main, { escoSkill: null });
    expect(removed.escoSkills).toEqual([PROGRAM, CAM]);
    expect(removed.escoSkill).toEqual(PROGRAM);
    // The list replaces them all; a URI listed twice is kept once.
    const listed = await patch(removed, { escoSkills: [CAM, TEST_RUN, CAM] });
    expect(listed.escoSkills).toEqual([CAM, TEST_RUN]);
    // Both together must agree.
    expect(await patch(listed, { escoSkills: [CAM], escoSkill: PROGRAM }, 400)).toMatchObject({
      errors: [
        {
          path: 'escoSkill',
          message: 'must be the first of escoSkills (the main skill), or left out',
        },
      ],
    });
    const agreed = await patch(listed, { escoSkills: [PROGRAM], escoSkill: PROGRAM });
    expect(agreed.escoSkills).toEqual([PROGRAM]);
    // Each entry is an ESCO skill, and at most 20.
    const occupation = {
      uri: 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
      label: { en: 'CNC machine operator' },
    };
    expect(await patch(agreed, { escoSkills: [PROGRAM, occupation] }, 400)).toMatchObject({
      errors: [{ path: 'escoSkills[1].uri', message: 'uri must be an ESCO skill URI' }],
    });
    const many = Array.from({ length: 21 }, (_, i) =>
      skill(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `skill ${i}`),
    );
    const tooMany = await patch(agreed, { escoSkills: many }, 400);
    expect(tooMany).toMatchObject({ errors: [{ path: 'escoSkills' }] });
    expect(
      (await current(c.id)).units.flatMap((u) => u.outcomes).find((o) => o.id === created.id),
    ).toMatchObject({ escoSkills: [PROGRAM], version: agreed.version });
  });

  it.each(['csv', 'xlsx', 'case'] as const)(
    'keeps every skill of every outcome through a %s round trip',
    async (format) => {
      const c = await current(await storeContent(t, cncMachiningCurriculum, school));
      const imported = await roundTrip(t, author, c.id, format);
      const skills = (cur: Curriculum) =>
        cur.units.flatMap((u) => u.outcomes.map((o) => o.escoSkills.map((s) => s.uri)));
      expect(skills(imported)).toEqual(skills(c));
      // The demo links several skills to many outcomes: the round trip carries lists, not one.
      expect(skills(c).filter((list) => list.length >= 2).length).toBeGreaterThanOrEqual(2);
      expect(programming(imported).outcomes.map((o) => o.escoSkills)).toEqual(
        programming(c).outcomes.map((o) => o.escoSkills),
      );
    },
  );
});
