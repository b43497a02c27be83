import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { OutcomeCriteria1763685000000 as Migration } from '../src/database/migrations/1763685000000-OutcomeCriteria';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, roundTrip, storeContent } from './support/curricula';
import { pdftotext } from './support/pdf-text';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17: assessment criteria linked to single learning outcomes — through the REST API, the
 * rules (a unit may state its criteria per outcome), the CSV, Excel and CASE round trips, the PDF
 * and the migration.
 */
describe(`assessment criteria of outcomes (${testDatabase()})`, () => {
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
  const byCode = (c: Curriculum, code: string) => c.units.find((u) => u.code === code) as Unit;
  const criteriaOf = (c: Curriculum) =>
    c.units.flatMap((u) => u.outcomes.map((o) => o.criteria)).filter((x) => Object.keys(x).length);

  it('stores them, lets a unit state its criteria per outcome instead, and refuses too long ones', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const unit = byCode(c, 'ZM-05');
    const base = `${api}/curricula/${c.id}/units/${unit.id}`;
    const r3 = async () =>
      (
        (await author.get(`${api}/curricula/${c.id}/validation`).expect(200)).body
          .findings as Finding[]
      ).filter((f) => f.ruleId === 'ECVET-R3' && f.path.startsWith(`units[4].assessment.criteria`));
    // Without unit criteria: an error, until every outcome states its own.
    const emptied = await author
      .patch(base)
      .send({ version: unit.version, assessment: { ...unit.assessment, criteria: {} } })
      .expect(200);
    expect(emptied.body.assessment.criteria).toEqual({});
    expect(await r3()).toHaveLength(1);
    for (const outcome of unit.outcomes) {
      const patched = (
        await author
          .patch(`${base}/outcomes/${outcome.id}`)
          .send({
            version: outcome.version,
            criteria: { de: 'Vollständig und fehlerfrei', en: 'Complete and correct' },
          })
          .expect(200)
      ).body as LearningOutcome;
      expect(patched.criteria).toEqual({
        de: 'Vollständig und fehlerfrei',
        en: 'Complete and correct',
      });
    }
    expect(await r3()).toEqual([]);
    const created = await author
      .post(`${base}/outcomes`)
      .send({
        category: 'skill',
        text: { de: 'Sichert Daten' },
        criteria: { de: 'x'.repeat(5001) },
      })
      .expect(400);
    expect(created.body.errors[0].path).toBe('criteria');
    const plain = (
      await author
        .post(`${base}/outcomes`)
        .send({ category: 'skill', text: { de: 'Sichert Daten' } })
    ).body as LearningOutcome;
    expect(plain.criteria).toEqual({});
  });

  it.each(['csv', 'xlsx', 'case'] as const)(
    'keeps them through a %s round trip',
    async (format) => {
      const c = await current(await storeContent(t, cncMachiningCurriculum, school));
      expect(criteriaOf(c)).toHaveLength(2);
      const imported = await roundTrip(t, author, c.id, format);
      expect(criteriaOf(imported)).toEqual(criteriaOf(c));
    },
  );

  it('prints them after their outcome in the PDF, in its language', async () => {
    const c = await current(await storeContent(t, cncMachiningCurriculum, school));
    const pdf = await author
      .get(`${api}/curricula/${c.id}/export/pdf?lang=en`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (await pdftotext(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Criteria: The program runs in the simulation without collision and produces the test part within the drawing tolerances.',
    );
  });

  it('migrates: the previous release had none; down and up keep every outcome', async () => {
    await storeContent(t, cncMachiningCurriculum, school);
    const count = async () =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM learning_outcome'))[0].n);
    const before = await count();
    await runMigration(t, new Migration(), 'down');
    const table = await t.dataSource.createQueryRunner().getTable('learning_outcome');
    expect(table?.columns.map((column) => column.name)).not.toContain('criteria');
    await runMigration(t, new Migration(), 'up');
    expect(await count()).toBe(before);
    const rows = (await t.dataSource.query('SELECT criteria FROM learning_outcome')) as {
      criteria: string;
    }[];
    for (const row of rows) expect(JSON.parse(row.criteria)).toEqual({});
  });
});
