import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, createAuthor } from './support/accounts';
import { api } from './support/curricula';
import { countQueries } from './support/query-counter';
import { storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`reading a curriculum tree (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('costs the same number of queries for 2 units and for 60 units × 10 outcomes', async () => {
    const author = await createAuthor(t);
    const school = author.institutionId as string;
    const small = await storeContent(
      t,
      generateCurriculum({
        units: 2,
        outcomesPerUnit: 1,
        workBasedLearningPeriods: 1,
        languages: ['de'],
      }),
      school,
    );
    const large = await storeContent(
      t,
      generateCurriculum({
        units: 60,
        outcomesPerUnit: 10,
        workBasedLearningPeriods: 20,
        languages: ['de', 'en', 'lt'],
      }),
      school,
    );
    const read = (id: string) =>
      countQueries(t.dataSource, () =>
        client(t.server, author.token).get(`${api}/curricula/${id}`).expect(200),
      );
    const smallRead = await read(small);
    const largeRead = await read(large);
    expect(largeRead.result.body.units).toHaveLength(60);
    expect(
      largeRead.result.body.units.flatMap((u: { outcomes: unknown[] }) => u.outcomes),
    ).toHaveLength(600);
    expect(largeRead.result.body.workBasedLearning).toHaveLength(20);
    expect(smallRead.queries).toBeGreaterThan(0);
    expect(largeRead.queries).toBe(smallRead.queries);
    // 4 for the tree, plus the session lookup and the access check: constant either way.
    expect(largeRead.queries).toBeLessThanOrEqual(8);
  });
});
