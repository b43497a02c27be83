import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import request from 'supertest';
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
    const small = await storeContent(
      t,
      generateCurriculum({
        units: 2,
        outcomesPerUnit: 1,
        workBasedLearningPeriods: 1,
        languages: ['de'],
      }),
    );
    const large = await storeContent(
      t,
      generateCurriculum({
        units: 60,
        outcomesPerUnit: 10,
        workBasedLearningPeriods: 20,
        languages: ['de', 'en', 'lt'],
      }),
    );
    const read = (id: string) =>
      countQueries(t.dataSource, () => request(t.server).get(`${api}/curricula/${id}`).expect(200));
    const smallRead = await read(small);
    const largeRead = await read(large);
    expect(largeRead.result.body.units).toHaveLength(60);
    expect(
      largeRead.result.body.units.flatMap((u: { outcomes: unknown[] }) => u.outcomes),
    ).toHaveLength(600);
    expect(largeRead.result.body.workBasedLearning).toHaveLength(20);
    expect(smallRead.queries).toBeGreaterThan(0);
    expect(largeRead.queries).toBe(smallRead.queries);
    expect(largeRead.queries).toBeLessThanOrEqual(4);
  });
});
