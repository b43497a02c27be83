import type {
  Curriculum,
  CurriculumSummary,
  ProgrammeSummary,
} from '@curriculum-builder/curriculum';
import { QualificationCode1763685100000 as Migration } from '../src/database/migrations/1763685100000-QualificationCode';
import type { Client } from './support/accounts';
import { api } from './support/curricula';
import { startDemoApp } from './support/demo';
import { runMigration, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17, ADR 0021: programmes of one qualification share its code — the demo's dual CNC
 * programme and its part-time programme for adults — through `GET …/programmes`, the rule that
 * compares their qualification facts, the CSV round trip and the migration.
 */
describe(`programmes of one qualification (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let cnc: CurriculumSummary;
  let partTime: CurriculumSummary;

  beforeAll(async () => {
    ({ t, teacher, anonymous } = await startDemoApp());
    const items = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items as CurriculumSummary[];
    cnc = items.find((c) => c.code === 'ZM-CNC-2018') as CurriculumSummary;
    partTime = items.find((c) => c.code === 'ZM-TZ-2018') as CurriculumSummary;
  });

  afterAll(async () => {
    await t?.close();
  });

  const programmes = async (as: Client, id: string) =>
    (await as.get(`${api}/curricula/${id}/programmes`).expect(200)).body as ProgrammeSummary[];
  const findings = async (id: string) =>
    (
      (await teacher.get(`${api}/curricula/${id}/validation`).expect(200)).body
        .findings as Finding[]
    ).filter((f) => f.ruleId === 'ECVET-PROGRAMMES');

  it('lists the other programmes of the qualification, as far as the caller may read them', async () => {
    expect(
      (await programmes(teacher, cnc.id)).map((p) => [p.code, p.intensity, p.differences]),
    ).toEqual([['ZM-TZ-2018', 0.7, []]]);
    expect((await programmes(teacher, partTime.id)).map((p) => p.code)).toEqual(['ZM-CNC-2018']);
    // Anonymous readers see published programmes only: the part-time one is a draft.
    expect(await programmes(anonymous, cnc.id)).toEqual([]);
    expect(await findings(partTime.id)).toEqual([]);
  });

  it('names a qualification fact the programmes state differently, in the list and as a warning', async () => {
    const draft = (await teacher.get(`${api}/curricula/${partTime.id}`).expect(200))
      .body as Curriculum;
    await teacher
      .patch(`${api}/curricula/${partTime.id}`)
      .send({ version: draft.version, ecvetPoints: 200 })
      .expect(200);
    expect((await programmes(teacher, cnc.id))[0].differences).toEqual(['ecvetPoints']);
    expect(await findings(partTime.id)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'ecvetPoints',
        message:
          'Programme ZM-CNC-2018 of qualification ZM-2018 states ECVET points 210, this one 200: programmes of one qualification state it alike.',
      }),
    ]);
    // Another code: a qualification of its own, nothing to compare.
    const changed = (await teacher.get(`${api}/curricula/${partTime.id}`).expect(200))
      .body as Curriculum;
    const alone = await teacher
      .patch(`${api}/curricula/${partTime.id}`)
      .send({ version: changed.version, qualificationCode: null })
      .expect(200);
    expect(alone.body.qualificationCode).toBeNull();
    expect(await programmes(teacher, cnc.id)).toEqual([]);
    await teacher
      .patch(`${api}/curricula/${partTime.id}`)
      .send({ version: alone.body.version, qualificationCode: 'not a code!' })
      .expect(400);
  });

  it('keeps the code through a CSV round trip', async () => {
    const csv = (await teacher.get(`${api}/curricula/${cnc.id}/export/csv`).expect(200)).text;
    const back = await teacher
      .post(`${api}/curricula/import/csv`)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(201);
    const imported = (await teacher.get(`${api}/curricula/${back.body.id}`).expect(200))
      .body as Curriculum;
    expect(imported.qualificationCode).toBe('ZM-2018');
  });

  it('migrates: the previous release had no codes; down and up keep every curriculum', async () => {
    await runMigration(t, new Migration(), 'down');
    const table = await t.dataSource.createQueryRunner().getTable('curriculum');
    expect(table?.columns.map((column) => column.name)).not.toContain('qualification_code');
    await runMigration(t, new Migration(), 'up');
    const codes = (await t.dataSource.query('SELECT qualification_code FROM curriculum')) as {
      qualification_code: string | null;
    }[];
    expect(codes.length).toBeGreaterThan(2);
    expect(codes.every((row) => row.qualification_code === null)).toBe(true);
  });
});
