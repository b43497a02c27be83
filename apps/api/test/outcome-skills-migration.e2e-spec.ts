import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { OutcomeSkills1763684800000 as Migration } from '../src/database/migrations/1763684800000-OutcomeSkills';
import { api } from './support/curricula';
import { startDemoApp } from './support/demo';
import { runMigration, TestApp, testDatabase } from './support/test-app';
import type { Client } from './support/accounts';

type Json = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);

/**
 * Migration 1763684800000 (issue #17): an outcome's one ESCO skill becomes its list of skills, in
 * the working copies and every published snapshot; `down` keeps each outcome's main skill, the
 * only one the previous release can hold, and `up` brings it back as a list of one.
 */
describe(`outcome skills migration (${testDatabase()})`, () => {
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
    (await t.dataSource.createQueryRunner().getTable('learning_outcome'))?.columns
      .map((c) => c.name)
      .filter((name) => name.startsWith('esco_skill'));
  const snapshotOutcomes = async () =>
    (
      (await t.dataSource.query('SELECT snapshot FROM curriculum_version')) as {
        snapshot: string;
      }[]
    ).flatMap((row) =>
      list((JSON.parse(row.snapshot) as Json)['units']).flatMap((u) => list(u['outcomes'])),
    );

  it('carries every main skill down and up, in working copies and snapshots', async () => {
    const catalogue = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items as CurriculumSummary[];
    const cnc = catalogue.find((c) => c.code === 'ZM-CNC-2018') as CurriculumSummary;
    const before = (await teacher.get(`${api}/curricula/${cnc.id}`).expect(200)).body as Curriculum;
    const outcomes = before.units.flatMap((u) => u.outcomes);
    const withTwo = outcomes.filter((o) => o.escoSkills.length === 2);
    expect(withTwo.length).toBeGreaterThan(0);
    for (const o of outcomes) expect(o.escoSkill).toEqual(o.escoSkills[0] ?? null);

    await migrate('down');
    expect(await columns()).toEqual(['esco_skill']);
    const rows = (await t.dataSource.query(
      'SELECT id, esco_skill FROM learning_outcome WHERE esco_skill IS NOT NULL',
    )) as { id: string; esco_skill: string }[];
    const mains = new Map(rows.map((r) => [r.id, JSON.parse(r.esco_skill) as unknown]));
    for (const o of withTwo) expect(mains.get(o.id)).toEqual(o.escoSkills[0]);
    for (const o of await snapshotOutcomes()) expect(o).not.toHaveProperty('escoSkills');
    expect((await snapshotOutcomes()).some((o) => o['escoSkill'] !== null)).toBe(true);

    await migrate('up');
    expect(await columns()).toEqual(['esco_skills']);
    const after = (await teacher.get(`${api}/curricula/${cnc.id}`).expect(200)).body as Curriculum;
    const afterOutcomes = after.units.flatMap((u) => u.outcomes);
    expect(afterOutcomes.map((o) => o.id)).toEqual(outcomes.map((o) => o.id));
    afterOutcomes.forEach((o, i) => {
      // The previous release kept the main skill only.
      expect(o.escoSkills).toEqual(outcomes[i].escoSkills.slice(0, 1));
      expect(o.escoSkill).toEqual(outcomes[i].escoSkill);
    });
    for (const o of await snapshotOutcomes())
      expect(o['escoSkills']).toEqual(o['escoSkill'] ? [o['escoSkill']] : []);
    const published = catalogue.find((c) => c.status === 'published') as CurriculumSummary;
    const read = (await anonymous.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;
    const readOutcomes = read.units.flatMap((u) => u.outcomes);
    expect(readOutcomes.some((o) => o.escoSkills.length === 1)).toBe(true);
    for (const o of readOutcomes) expect(o.escoSkills).toEqual(o.escoSkill ? [o.escoSkill] : []);
  });
});
