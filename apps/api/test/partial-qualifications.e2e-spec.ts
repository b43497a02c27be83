import type { Curriculum, Unit } from '@curriculum-builder/curriculum';
import { cncPartTimeCurriculum } from '../src/app/demo/content/cnc-part-time';
import { PartialQualifications1763684900000 as Migration } from '../src/database/migrations/1763684900000-PartialQualifications';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, roundTrip, storeContent } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17: partial qualifications — named sets of units certified alone — through the REST API,
 * the rules, unit deletion and duplication, the CSV, Excel and CASE round trips, ELM and the
 * migration.
 */
describe(`partial qualifications (${testDatabase()})`, () => {
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
  const findings = async (id: string) =>
    (
      (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body.findings as Finding[]
    ).filter((f) => f.ruleId === 'ECVET-PARTIAL');
  const byCode = (c: Curriculum, code: string) => c.units.find((u) => u.code === code) as Unit;
  const codesOf = (c: Curriculum) => {
    const code = new Map(c.units.map((u) => [u.id, u.code]));
    return c.partialQualifications.map((p) => [p.code, p.unitIds.map((id) => code.get(id))]);
  };

  it('stores the five partial qualifications of the part-time demo by unit id, with no finding', async () => {
    const c = await current(await storeContent(t, cncPartTimeCurriculum, school));
    expect(codesOf(c)).toEqual([
      ['TQ1', ['ZM-01', 'ZM-02', 'ZM-03', 'ZM-05']],
      ['TQ2', ['ZM-04', 'ZM-06', 'ZM-07']],
      ['TQ3', ['ZM-08', 'ZM-10']],
      ['TQ4', ['ZM-11', 'ZM-12']],
      ['TQ5', ['ZM-09', 'ZM-13', 'ZM-14', 'ZM-15']],
    ]);
    expect(await findings(c.id)).toEqual([]);
  });

  it('takes them in PATCH, refuses units of no curriculum of its own, and the rules judge them', async () => {
    const c = await current(await storeContent(t, cncPartTimeCurriculum, school));
    const stranger = '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f';
    const refused = await author
      .patch(`${api}/curricula/${c.id}`)
      .send({
        version: c.version,
        partialQualifications: [{ code: 'X', title: { de: 'X' }, unitIds: [stranger] }],
      })
      .expect(400);
    expect(refused.body.errors).toEqual([
      {
        path: 'partialQualifications[0].unitIds[0]',
        message: `${stranger} is not a unit of this curriculum`,
      },
    ]);
    const empty = await author
      .patch(`${api}/curricula/${c.id}`)
      .send({
        version: c.version,
        partialQualifications: [{ code: 'X', title: { de: 'X' }, unitIds: [] }],
      })
      .expect(400);
    expect(empty.body.errors[0].path).toBe('partialQualifications[0].unitIds');
    // TQ4 alone: ZM-11 needs ZM-10, which no earlier partial qualification holds.
    const patched = await author
      .patch(`${api}/curricula/${c.id}`)
      .send({
        version: c.version,
        partialQualifications: [
          { code: 'TQ4', title: { de: 'CNC-Fertigung' }, unitIds: [byCode(c, 'ZM-11').id] },
        ],
      })
      .expect(200);
    expect(patched.body.partialQualifications).toEqual([
      { code: 'TQ4', title: { de: 'CNC-Fertigung' }, unitIds: [byCode(c, 'ZM-11').id] },
    ]);
    expect(await findings(c.id)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'partialQualifications[0].unitIds',
        message: expect.stringContaining('unit ZM-11 requires ZM-10'),
      }),
    ]);
  });

  it('loses a deleted unit, and maps to the new ids of a duplicate', async () => {
    const c = await current(await storeContent(t, cncPartTimeCurriculum, school));
    const unit = byCode(c, 'ZM-15');
    await author
      .delete(`${api}/curricula/${c.id}/units/${unit.id}?version=${unit.version}`)
      .expect(204);
    const after = await current(c.id);
    expect(codesOf(after)[4]).toEqual(['TQ5', ['ZM-09', 'ZM-13', 'ZM-14']]);
    const copy = await author.post(`${api}/curricula/${c.id}/duplicate`).send({}).expect(201);
    const duplicate = await current(copy.body.id);
    expect(codesOf(duplicate)).toEqual(codesOf(after));
    const ids = new Set(duplicate.units.map((u) => u.id));
    expect(duplicate.partialQualifications.every((p) => p.unitIds.every((id) => ids.has(id)))).toBe(
      true,
    );
  });

  it.each(['csv', 'xlsx', 'case'] as const)(
    'keeps them through a %s round trip',
    async (format) => {
      const c = await current(await storeContent(t, cncPartTimeCurriculum, school));
      const imported = await roundTrip(t, author, c.id, format);
      expect(codesOf(imported)).toEqual(codesOf(c));
      expect(imported.partialQualifications.map((p) => p.title)).toEqual(
        c.partialQualifications.map((p) => p.title),
      );
    },
  );

  it('names them with their units and points in an ELM note', async () => {
    const c = await current(await storeContent(t, cncPartTimeCurriculum, school));
    const elm = (await author.get(`${api}/curricula/${c.id}/export/elm`).expect(200)).body as {
      additionalNote?: { id: string; noteLiteral: Record<string, string> }[];
    };
    const note = elm.additionalNote?.find((n) => n.id.endsWith(':partial-qualifications'));
    expect(note?.noteLiteral['de']).toContain(
      'TQ3 Steuerungstechnik und CNC-Programmierung: ZM-08, ZM-10 (30 ECVET)',
    );
    expect(note?.noteLiteral['en']).toMatch(/^Partial qualifications, each certified alone: TQ1 /);
  });

  it('migrates: the previous release had none; down and up keep every curriculum', async () => {
    await storeContent(t, cncPartTimeCurriculum, school);
    const count = async () =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM curriculum'))[0].n);
    const before = await count();
    await runMigration(t, new Migration(), 'down');
    const table = await t.dataSource.createQueryRunner().getTable('curriculum');
    expect(table?.columns.map((column) => column.name)).not.toContain('partial_qualifications');
    await runMigration(t, new Migration(), 'up');
    expect(await count()).toBe(before);
    const rows = (await t.dataSource.query('SELECT partial_qualifications FROM curriculum')) as {
      partial_qualifications: string;
    }[];
    for (const row of rows) expect(JSON.parse(row.partial_qualifications)).toEqual([]);
  });
});
