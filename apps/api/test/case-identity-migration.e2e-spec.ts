import type { Curriculum } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { CaseIdentity1763684200000 as Migration } from '../src/database/migrations/1763684200000-CaseIdentity';
import { client, createAuthor } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

const TABLES = ['curriculum', 'unit', 'learning_outcome'];

/**
 * Migration 1763684200000 (CASE identity) on a database the previous release filled: `down` drops
 * only the new columns and keeps every curriculum, unit and outcome; `up` adds them back empty
 * (records made here have no CASE origin) and the curricula read, export and import as before.
 */
describe(`CASE identity migration (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const migrate = (step: 'up' | 'down') => runMigration(t, new Migration(), step);
  const caseColumns = async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      const tables = await runner.getTables(TABLES);
      return tables
        .flatMap((table) =>
          table.columns
            .filter((c) => c.name.startsWith('case_'))
            .map((c) => `${table.name.replace(/^.*\./, '')}.${c.name}`),
        )
        .sort();
    } finally {
      await runner.release();
    }
  };
  const counts = async () =>
    Promise.all(
      TABLES.map(async (table) =>
        Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n),
      ),
    );

  it('keeps every row down and up, and the curricula work as before', async () => {
    const author = await createAuthor(t);
    const as = client(t.server, author.token);
    const content = generateCurriculum({
      units: 4,
      outcomesPerUnit: 3,
      workBasedLearningPeriods: 1,
      languages: ['de', 'lt'],
    });
    const id = await storeContent(t, content, author.institutionId ?? '');
    const before = (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    const rows = await counts();
    expect(rows).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);

    // The previous release's schema: no CASE columns, every row still there.
    await migrate('down');
    expect(await caseColumns()).toEqual([]);
    expect(await counts()).toEqual(rows);

    await migrate('up');
    expect(await caseColumns()).toEqual([
      'curriculum.case_identifier',
      'curriculum.case_origin',
      'learning_outcome.case_identifier',
      'learning_outcome.case_origin',
      'unit.case_identifier',
      'unit.case_origin',
    ]);
    expect(await counts()).toEqual(rows);
    const after = (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    expect(after).toEqual(before);
    expect(after.case).toBeUndefined();
    // Its CASE export names it by its own id, and importing that export back changes nothing.
    const pkg = (await as.get(`${api}/curricula/${id}/export/case`).expect(200)).body;
    expect(pkg.CFDocument.identifier).toBe(id);
    const again = await as.post(`${api}/curricula/import/case`).send(pkg).expect(200);
    expect(again.body).toMatchObject({ id, created: false, update: { unchanged: true } });
  });
});
