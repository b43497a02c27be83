import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { ElectiveChoiceAndAddOns1763684400000 as Migration } from '../src/database/migrations/1763684400000-ElectiveChoiceAndAddOns';
import { api } from './support/curricula';
import { startDemoApp } from './support/demo';
import { runMigration, TestApp, testDatabase } from './support/test-app';
import type { Client } from './support/accounts';

type Json = Record<string, unknown>;

/**
 * Migration 1763684400000 (issue #17, ADR 0015) on a database the previous release filled: every
 * elective group becomes "at least its points", no unit an add-on, only the primary language
 * required — in the working copies and in every published snapshot — and `down` gives the previous
 * shape back.
 */
describe(`elective choice and add-ons migration (${testDatabase()})`, () => {
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
  const columns = async (table: string, names: readonly string[]) =>
    (await t.dataSource.createQueryRunner().getTable(table))?.columns
      .map((c) => c.name)
      .filter((name) => names.includes(name));
  const snapshots = async () =>
    (
      (await t.dataSource.query('SELECT snapshot FROM curriculum_version')) as {
        snapshot: string;
      }[]
    ).map((row) => JSON.parse(row.snapshot) as Json);
  const groupsOf = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);

  it('fills every curriculum and snapshot as the previous release meant them, and goes down and up again', async () => {
    const catalogue = (await anonymous.get(`${api}/curricula`).expect(200)).body
      .items as CurriculumSummary[];
    const published = catalogue.find((c) => c.status === 'published') as CurriculumSummary;
    expect(published).toBeDefined();
    const before = (await teacher.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;

    await migrate('down');
    expect(await columns('curriculum', ['required_languages'])).toEqual([]);
    expect(await columns('unit', ['add_on'])).toEqual([]);
    for (const snapshot of await snapshots()) {
      expect(snapshot).not.toHaveProperty('requiredLanguages');
      for (const group of groupsOf(snapshot['electiveGroups']))
        expect(group).not.toHaveProperty('rule');
      for (const unit of groupsOf(snapshot['units'])) expect(unit).not.toHaveProperty('addOn');
    }
    const rows = (await t.dataSource.query('SELECT elective_groups FROM curriculum')) as {
      elective_groups: string;
    }[];
    for (const row of rows)
      for (const group of groupsOf(JSON.parse(row.elective_groups)))
        expect(group).not.toHaveProperty('rule');

    await migrate('up');
    expect(await columns('curriculum', ['required_languages'])).toEqual(['required_languages']);
    const curricula = (await t.dataSource.query(
      'SELECT primary_language, required_languages, elective_groups FROM curriculum',
    )) as { primary_language: string; required_languages: string; elective_groups: string }[];
    for (const row of curricula) {
      expect(JSON.parse(row.required_languages)).toEqual([row.primary_language]);
      for (const group of groupsOf(JSON.parse(row.elective_groups)))
        expect(group).toMatchObject({ rule: 'points-at-least', unitsRequired: null });
    }
    const addOns = await t.dataSource.query('SELECT COUNT(*) AS n FROM unit WHERE add_on = true');
    expect(Number(addOns[0].n)).toBe(0);
    for (const snapshot of await snapshots()) {
      expect(snapshot['requiredLanguages']).toEqual([snapshot['primaryLanguage']]);
      for (const group of groupsOf(snapshot['electiveGroups']))
        expect(group).toMatchObject({ rule: 'points-at-least', unitsRequired: null });
      for (const unit of groupsOf(snapshot['units'])) expect(unit).toMatchObject({ addOn: false });
    }
    // The API reads both: the same units, groups as "at least", the published version unchanged
    // in everything else.
    const after = (await teacher.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;
    expect(after.units.map((u) => u.code)).toEqual(before.units.map((u) => u.code));
    expect(after.requiredLanguages).toEqual([after.primaryLanguage]);
    const read = (await anonymous.get(`${api}/curricula/${published.id}`).expect(200))
      .body as Curriculum;
    expect(read.units.every((u) => u.addOn === false)).toBe(true);
    expect(read.electiveGroups.every((g) => g.rule === 'points-at-least')).toBe(true);
  });
});
