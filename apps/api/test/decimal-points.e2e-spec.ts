import type { Curriculum } from '@curriculum-builder/curriculum';
import { DecimalPoints1763684700000 as Migration } from '../src/database/migrations/1763684700000-DecimalPoints';
import { client, Client, createAuthor } from './support/accounts';
import { api, createDraft } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string };

/**
 * Issue #17, ADR 0018: half months and half points — a 42.5-month qualification of 212.5 ECVET
 * points with a 12.5-point unit is stored, read and checked as it is, on SQLite and PostgreSQL;
 * the migration's `down` rounds to the whole numbers the previous release reads.
 */
describe(`decimal durations and points (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;

  beforeAll(async () => {
    t = await startTestApp();
    author = client(t.server, (await createAuthor(t)).token);
  });

  afterAll(async () => {
    await t.close();
  });

  it('stores 42.5 months, 212.5 points and a 12.5-point unit, with no ECVET-R1 finding', async () => {
    const draft = await createDraft(author, { durationMonths: 42.5 });
    expect(draft).toMatchObject({
      durationMonths: 42.5,
      referenceDurationMonths: 42.5,
      ecvetPoints: 212.5,
    });
    const unit = await author
      .post(`${api}/curricula/${draft.id}/units`)
      .send({
        code: 'HALF-1',
        title: { de: 'Halbe Punkte' },
        eqfLevel: 4,
        ecvetPoints: 12.5,
        year: 1,
        assessment: { methods: ['practical-task'], criteria: { de: 'Das Werkstück stimmt.' } },
      })
      .expect(201);
    expect(unit.body.ecvetPoints).toBe(12.5);
    const tree = (await author.get(`${api}/curricula/${draft.id}`).expect(200)).body as Curriculum;
    expect(tree.units[0].ecvetPoints).toBe(12.5);
    const findings = (await author.get(`${api}/curricula/${draft.id}/validation`).expect(200)).body
      .findings as Finding[];
    expect(findings.filter((f) => f.ruleId === 'ECVET-R1')).toEqual([]);
    const list = (await author.get(`${api}/curricula`).expect(200)).body.items as {
      id: string;
      ecvetPoints: number;
    }[];
    expect(list.find((c) => c.id === draft.id)?.ecvetPoints).toBe(212.5);
  });

  it('migrates down to whole numbers and up again, keeping every curriculum', async () => {
    const draft = await createDraft(author, { durationMonths: 30.5 });
    await runMigration(t, new Migration(), 'down');
    const rounded = (await t.dataSource.query(
      `SELECT duration_months, ecvet_points FROM curriculum WHERE id = '${draft.id}'`,
    )) as { duration_months: number | string; ecvet_points: number | string }[];
    expect(rounded.map((r) => [Number(r.duration_months), Number(r.ecvet_points)])).toEqual([
      [31, 153],
    ]);
    await runMigration(t, new Migration(), 'up');
    await author
      .patch(`${api}/curricula/${draft.id}`)
      .send({ version: draft.version, durationMonths: 30.5, ecvetPoints: 152.5 })
      .expect(200);
    const back = (await author.get(`${api}/curricula/${draft.id}`).expect(200)).body as Curriculum;
    expect(back).toMatchObject({ durationMonths: 30.5, ecvetPoints: 152.5 });
  });
});
