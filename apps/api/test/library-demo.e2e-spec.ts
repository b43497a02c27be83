import type {
  Curriculum,
  CurriculumSummary,
  LibraryEntrySummary,
  LibraryUpdate,
  NotificationList,
  PlacementMatch,
  PlacementOffer,
} from '@curriculum-builder/curriculum';
import request from 'supertest';
import { client, type Client } from './support/accounts';
import { api } from './support/curricula';
import { DEMO_PASSWORD, startDemoApp, type DemoApp } from './support/demo';
import { testDatabase } from './support/test-app';

/**
 * The demo's shared library and placements (issue #21): the partner school's programme and its
 * two units in the library, one adopted by the demo school with a local change and an update waiting, and two
 * companies' offers, one fitting the CNC curriculum's first WBL period.
 */
describe(`Library and placements demo (${testDatabase()})`, () => {
  let demo: DemoApp;
  let company: Client;

  beforeAll(async () => {
    demo = await startDemoApp();
    const login = await request(demo.t.server)
      .post(`${api}/auth/login`)
      .send({ email: 'company@demo.local', password: DEMO_PASSWORD })
      .expect(200);
    company = client(demo.t.server, login.body.token);
  }, 60_000);

  afterAll(async () => {
    await demo.t.close();
  });

  const curriculum = async (code: string) => {
    const list = (await demo.teacher.get(`${api}/curricula?pageSize=100`).expect(200)).body as {
      items: CurriculumSummary[];
    };
    const id = list.items.find((c) => c.code === code)?.id ?? '';
    return (await demo.teacher.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  };

  it('lists the partner school’s programme and its two units, the robot unit in its second version, used once', async () => {
    const { items } = (await demo.anonymous.get(`${api}/library`).expect(200)).body as {
      items: LibraryEntrySummary[];
    };
    expect(
      items.map((e) => [e.code, e.kind, e.units, e.version, e.adoptions, e.institution.country]),
    ).toEqual([
      ['LT-IGO-2026', 'curriculum', 2, 1, 0, 'LT'],
      ['IGO-04', 'unit', 1, 2, 1, 'LT'],
      ['IGO-03', 'unit', 1, 1, 0, 'LT'],
    ]);
  });

  it('has the robot unit adopted into the part-time draft, adapted, with version 2 waiting', async () => {
    const partTime = await curriculum('ZM-TZ-2018');
    const adopted = partTime.units.find((u) => u.provenance !== undefined && u.provenance !== null);
    expect(adopted?.provenance).toMatchObject({ version: 1, adapted: true });
    const { items } = (
      await demo.teacher.get(`${api}/curricula/${partTime.id}/updates`).expect(200)
    ).body as { items: LibraryUpdate[] };
    expect(items.map((u) => [u.unitId, u.fromVersion, u.toVersion])).toEqual([[adopted?.id, 1, 2]]);
    expect(items[0].outcomes.map((o) => [o.change, o.editedHere])).toEqual([
      ['changed', false],
      ['added', false],
    ]);
    const told = (await demo.teacher.get(`${api}/notifications`).expect(200))
      .body as NotificationList;
    expect(told.items.some((n) => n.kind === 'library-update' && n.detail === 'IGO-04')).toBe(true);
  });

  it('has the partner’s programme pass the checks for review once reopened', async () => {
    const login = await request(demo.t.server)
      .post(`${api}/auth/login`)
      .send({ email: 'teacher@partner.demo.local', password: DEMO_PASSWORD })
      .expect(200);
    const partner = client(demo.t.server, login.body.token);
    const list = (await partner.get(`${api}/curricula?pageSize=100`).expect(200)).body as {
      items: CurriculumSummary[];
    };
    const id = list.items.find((c) => c.code === 'LT-IGO-2026')?.id;
    await partner.post(`${api}/curricula/${id}/reopen`).send({}).expect(200);
    const submitted = await partner.post(`${api}/curricula/${id}/submit`).send({});
    expect([submitted.status, submitted.body.message]).toEqual([200, undefined]);
  });

  it('matches the demo company’s offer to the CNC curriculum’s first WBL period', async () => {
    const offers = (await company.get(`${api}/placements`).expect(200)).body
      .items as PlacementOffer[];
    expect(offers.map((o) => o.offerer.name)).toEqual(['Präzisionsteile Müller GmbH (Demo)']);
    const cnc = await curriculum('ZM-CNC-2018');
    const { items } = (
      await demo.teacher
        .get(
          `${api}/curricula/${cnc.id}/work-based-learning/${cnc.workBasedLearning[0].id}/matches`,
        )
        .expect(200)
    ).body as { items: PlacementMatch[] };
    expect(items[0].offer.id).toBe(offers[0].id);
    expect(items[0].score).toBeGreaterThanOrEqual(80);
  });
});
