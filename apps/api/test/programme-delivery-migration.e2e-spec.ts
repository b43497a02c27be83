import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { ProgrammeDelivery1763684300000 as Migration } from '../src/database/migrations/1763684300000-ProgrammeDelivery';
import { api } from './support/curricula';
import { startDemoApp } from './support/demo';
import { runMigration, TestApp, testDatabase } from './support/test-app';
import type { Client } from './support/accounts';

/**
 * Migration 1763684300000 (issue #17, the programme's delivery) on a database the previous release
 * filled: every curriculum and every published snapshot keeps its meaning — reference duration =
 * delivered duration, school-based, full intensity — and `down` gives the previous shape back.
 */
describe(`programme delivery migration (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;

  beforeAll(async () => {
    ({ t, teacher, anonymous } = await startDemoApp());
  });

  afterAll(async () => {
    await t?.close();
  });

  const migrate = (step: 'up' | 'down') => runMigration(t, new Migration(), step);
  const columns = async () =>
    (await t.dataSource.createQueryRunner().getTable('curriculum'))?.columns
      .map((c) => c.name)
      .filter((name) => ['reference_duration_months', 'programme_form', 'intensity'].includes(name))
      .sort();
  const snapshots = async () =>
    (
      (await t.dataSource.query('SELECT snapshot FROM curriculum_version')) as {
        snapshot: string;
      }[]
    ).map((row) => JSON.parse(row.snapshot) as Record<string, unknown>);

  it('fills every curriculum and snapshot as the previous release meant them, and goes down and up again', async () => {
    const catalogue = (await anonymous.get(`${api}/curricula`).expect(200)).body
      .items as CurriculumSummary[];
    const published = catalogue.find((c) => c.status === 'published') as CurriculumSummary;
    expect(published).toBeDefined();
    const count = Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM curriculum'))[0].n);

    await migrate('down');
    expect(await columns()).toEqual([]);
    for (const snapshot of await snapshots()) expect(snapshot).not.toHaveProperty('intensity');
    // As the previous release stored it: only the delivered duration and the full-time flag.
    await t.dataSource.query('UPDATE curriculum SET duration_months = 30');

    await migrate('up');
    expect(await columns()).toEqual(['intensity', 'programme_form', 'reference_duration_months']);
    expect(Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM curriculum'))[0].n)).toBe(
      count,
    );
    const rows = (await t.dataSource.query(
      'SELECT duration_months, reference_duration_months, programme_form, intensity FROM curriculum',
    )) as Record<string, unknown>[];
    for (const row of rows)
      expect({
        reference: Number(row['reference_duration_months']),
        form: row['programme_form'],
        intensity: Number(row['intensity']),
      }).toEqual({ reference: 30, form: 'school-based', intensity: 1 });
    for (const snapshot of await snapshots())
      expect(snapshot).toMatchObject({
        referenceDurationMonths: snapshot['durationMonths'],
        programmeForm: 'school-based',
        intensity: 1,
      });
    // The API reads both, and the published version still validates without a new error.
    const tree = (await teacher.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;
    expect(tree).toMatchObject({ referenceDurationMonths: 30, intensity: 1 });
    const read = (await anonymous.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;
    expect(read.referenceDurationMonths).toBe(read.durationMonths);
  });
});
