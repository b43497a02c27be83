import type {
  Curriculum,
  CurriculumSummary,
  ValidationReport,
} from '@curriculum-builder/curriculum';
import request from 'supertest';
import { AddVersionUnitCount1763683600000 } from '../src/database/migrations/1763683600000-AddVersionUnitCount';
import { client } from './support/accounts';
import { DEMO_PASSWORD } from './support/demo';
import { api } from './support/curricula';

import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`demo content on first start (${testDatabase()})`, () => {
  let t: TestApp;
  let list: CurriculumSummary[];

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true', DEMO_PASSWORD: DEMO_PASSWORD });
    const login = await request(t.server)
      .post(`${api}/auth/login`)
      .send({ email: 'teacher@demo.local', password: DEMO_PASSWORD })
      .expect(200);
    list = (await client(t.server, login.body.token).get(`${api}/curricula`).expect(200)).body
      .items;
  });

  afterAll(async () => {
    await t.close();
  });

  const byCode = (code: string) => {
    const found = list.find((c) => c.code === code);
    if (!found) throw new Error(`demo curriculum ${code} missing`);
    return found;
  };

  it('seeds the published CNC machining curriculum and the smart factory draft', () => {
    expect(byCode('ZM-CNC-2018')).toMatchObject({
      status: 'published',
      ecvetPoints: 210,
      eqfLevel: 4,
    });
    expect(byCode('SFO-2025')).toMatchObject({ status: 'draft', ecvetPoints: 120, eqfLevel: 3 });
  });

  it('models Zerspanungsmechaniker/in with units, outcomes and WBL periods in several languages', async () => {
    const cnc = (
      await request(t.server)
        .get(`${api}/curricula/${byCode('ZM-CNC-2018').id}`)
        .expect(200)
    ).body as Curriculum;
    expect(cnc).toMatchObject({ durationMonths: 42, iscedFCode: '0715', primaryLanguage: 'de' });
    expect(cnc.occupation?.uri).toBe(
      'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
    );
    expect(cnc.units.filter((u) => u.mandatory).length).toBeGreaterThanOrEqual(10);
    // One of four deployment areas to choose; four Industry 4.0 add-ons outside the 210 points.
    expect(cnc.units.filter((u) => u.electiveGroup === 'EG')).toHaveLength(4);
    expect(cnc.units.filter((u) => u.addOn)).toHaveLength(4);
    const outcomes = cnc.units.flatMap((u) => u.outcomes);
    expect(outcomes.length).toBeGreaterThanOrEqual(50);
    expect(new Set(outcomes.map((o) => o.category))).toEqual(
      new Set(['knowledge', 'skill', 'responsibility-autonomy']),
    );
    expect(cnc.workBasedLearning.length).toBeGreaterThanOrEqual(3);
    expect(
      cnc.units.filter((u) => u.title['lt'] && (u.title['lv'] || u.title['et'])).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('passes the ECVET rules without errors (R1, R2, year load, prerequisites, WBL)', async () => {
    const report = (
      await request(t.server)
        .get(`${api}/curricula/${byCode('ZM-CNC-2018').id}/validation`)
        .expect(200)
    ).body as ValidationReport;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('ECVET-YEAR-LOAD');
    expect(report.summary).toMatchObject({
      declaredPoints: 210,
      expectedPoints: 210,
      mandatoryPoints: 200,
      electivePointsRequired: 10,
    });
    expect(report.summary.pointsByYear.map((y) => y.points)).toEqual([60, 60, 60, 30]);
  });

  it('creates the demo accounts of the contract, each with its role', async () => {
    for (const [email, role] of [
      ['admin@demo.local', 'admin'],
      ['teacher@demo.local', 'author'],
      ['teacher@partner.demo.local', 'author'],
      ['reviewer@demo.local', 'reviewer'],
      ['learner@demo.local', 'learner'],
    ]) {
      const response = await request(t.server)
        .post(`${api}/auth/login`)
        .send({ email, password: DEMO_PASSWORD })
        .expect(200);
      expect(response.body.user).toMatchObject({ email, role });
    }
  });

  it('shows anonymous visitors only the published curricula: CNC as version 1, the partner’s as 2', async () => {
    const anonymous = (await request(t.server).get(`${api}/curricula`).expect(200)).body;
    expect(
      anonymous.items.map((c: CurriculumSummary) => [
        c.code,
        c.status,
        c.publishedVersion,
        c.unitCount,
      ]),
    ).toEqual([
      ['ZM-CNC-2018', 'published', 1, 23],
      // The partner school's programme whose units are in the shared library (demo-library.ts).
      ['LT-IGO-2026', 'published', 2, 2],
    ]);
    const versions = await request(t.server)
      .get(`${api}/curricula/${byCode('ZM-CNC-2018').id}/versions`)
      .expect(200);
    expect(versions.body.map((v: { number: number }) => v.number)).toEqual([1]);
  });

  it('gives versions published before the unit count column their count from the snapshot', async () => {
    const migration = new AddVersionUnitCount1763683600000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await runner.hasColumn('curriculum_version', 'unit_count')).toBe(false);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const anonymous = (await request(t.server).get(`${api}/curricula`).expect(200)).body;
    expect(anonymous.items.map((c: CurriculumSummary) => [c.code, c.unitCount])).toEqual([
      ['ZM-CNC-2018', 23],
      ['LT-IGO-2026', 2],
    ]);
  });

  it('seeds only once: a restart on the same database adds nothing', async () => {
    const before = (await request(t.server).get(`${api}/curricula`)).body.total;
    await t.app
      .get((await import('../src/app/demo/demo-seeder')).DemoSeeder)
      .onApplicationBootstrap();
    expect((await request(t.server).get(`${api}/curricula`)).body.total).toBe(before);
  });
});
