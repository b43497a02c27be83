import { LearnerRecordsAndMobility1763685200000 as Migration } from '../src/database/migrations/1763685200000-LearnerRecordsAndMobility';
import { api } from './support/curricula';
import { startDemoApp, type DemoApp } from './support/demo';
import { runMigration, testDatabase } from './support/test-app';

const TABLES = [
  'learner',
  'enrolment',
  'achievement',
  'mou',
  'mou_partner',
  'mobility',
  'transcript_line',
  'mobility_event',
];

/**
 * The learner-records migration (issue #18) on a database filled by the previous release: `down`
 * leaves the previous release's schema with all its data, `up` adds the empty tables beside it.
 */
describe(`the learner records and mobility migration (${testDatabase()})`, () => {
  let demo: DemoApp;

  beforeAll(async () => {
    demo = await startDemoApp();
  });

  afterAll(async () => {
    await demo?.t.close();
  });

  const count = async (table: string) =>
    Number((await demo.t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const hasTable = async (table: string) => {
    const runner = demo.t.dataSource.createQueryRunner();
    try {
      return await runner.hasTable(table);
    } finally {
      await runner.release();
    }
  };

  it('goes down to the previous schema keeping its data, and up again with empty tables', async () => {
    expect(await count('learner')).toBe(2);
    const before = {
      curricula: await count('curriculum'),
      users: await count('user_account'),
      versions: await count('curriculum_version'),
    };
    await runMigration(demo.t, new Migration(), 'down');
    for (const table of TABLES) expect(await hasTable(table)).toBe(false);
    expect({
      curricula: await count('curriculum'),
      users: await count('user_account'),
      versions: await count('curriculum_version'),
    }).toEqual(before);
    await runMigration(demo.t, new Migration(), 'up');
    for (const table of TABLES) expect(await count(table)).toBe(0);
    const catalogue = await demo.teacher.get(`${api}/curricula?status=published`).expect(200);
    const [cnc] = catalogue.body.items;
    const created = await demo.teacher
      .post(`${api}/learners`)
      .send({
        givenName: 'Lukas',
        familyName: 'Schäfer',
        learnerNumber: 'BBS-1',
        curriculumId: cnc.id,
        startedOn: '2026-08-01',
      })
      .expect(201);
    expect(created.body.enrolments).toHaveLength(1);
  });
});
