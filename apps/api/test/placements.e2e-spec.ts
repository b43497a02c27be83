import {
  allSkillsOf,
  type Curriculum,
  type EscoReference,
  type NotificationList,
  type PlacementMatch,
  type PlacementNeed,
  type PlacementOffer,
  type PlacementRequest,
} from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { EmailOutboxEntity } from '../src/app/notifications/entities/email-outbox.entity';
import { Placements1763685700000 as Migration } from '../src/database/migrations/1763685700000-Placements';
import { client, Client, createInstitution, createUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * WBL placements (issue #21, ADR 0030): companies and associations offer places; a school sees
 * the offers that fit a WBL period of its curriculum, ranked, requests places; the offerer accepts
 * or declines; each side sees only its own.
 */
describe(`Placements (${testDatabase()})`, () => {
  let t: TestApp;
  let as: {
    author: Client;
    otherAuthor: Client;
    company: Client;
    association: Client;
    admin: Client;
    learner: Client;
  };
  let curriculum: Curriculum;
  /** The first WBL period and the ESCO skills of its units. */
  let wblId: string;
  let needed: EscoReference[];
  let best: PlacementOffer;
  let partial: PlacementOffer;

  const offer = (skills: readonly EscoReference[], overrides: object = {}) => ({
    title: { de: 'Praktikum in der CNC-Fertigung', en: 'Placement in CNC production' },
    activities: { de: 'Drehen und Fräsen an CNC-Maschinen.' },
    city: 'Augsburg',
    country: 'DE',
    startsOn: '2027-03-01',
    endsOn: '2027-05-31',
    hoursPerWeek: 38,
    capacity: 3,
    escoSkills: skills,
    languages: ['de'],
    contact: { name: 'Petra Ausbilderin', email: 'ausbildung@example.com' },
    ...overrides,
  });

  const matches = async (query = '') =>
    (
      await as.author
        .get(`${api}/curricula/${curriculum.id}/work-based-learning/${wblId}/matches${query}`)
        .expect(200)
    ).body as { need: PlacementNeed; items: PlacementMatch[] };

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school', 'Berufsschule Zerspanung');
    const company = await createInstitution(t, 'company', 'Präzisionsteile GmbH');
    const association = await createInstitution(t, 'association', 'Metall-Netzwerk Süd');
    const user = async (role: Parameters<typeof createUser>[1], institution?: string) =>
      client(t.server, (await createUser(t, role, institution)).token);
    as = {
      author: await user('author', school),
      otherAuthor: await user('author', await createInstitution(t, 'school')),
      company: await user('company', company),
      association: await user('company', association),
      admin: await user('admin'),
      learner: await user('learner'),
    };
    const id = await storeContent(t, cncMachiningCurriculum, school);
    curriculum = (await as.author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    const period = curriculum.workBasedLearning[0];
    wblId = period.id;
    const units = curriculum.units.filter((u) => period.unitIds.includes(u.id));
    needed = [...new Map(units.flatMap(allSkillsOf).map((s) => [s.uri, s])).values()];
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('publishes offers of companies and associations; refuses bad ones', async () => {
    expect(needed.length).toBeGreaterThan(3);
    best = (await as.company.post(`${api}/placements`).send(offer(needed)).expect(201))
      .body as PlacementOffer;
    expect(best).toMatchObject({
      version: 1,
      company: 'Präzisionsteile GmbH',
      offerer: { name: 'Präzisionsteile GmbH', kind: 'company' },
      status: 'open',
      taken: 0,
      contact: { name: 'Petra Ausbilderin', email: 'ausbildung@example.com' },
    });
    partial = (
      await as.association
        .post(`${api}/placements`)
        .send(
          offer(needed.slice(0, 1), {
            company: 'UAB Baltic Metalworks',
            city: 'Kaunas',
            country: 'LT',
            languages: ['lt', 'en'],
            startsOn: '2027-06-01',
            endsOn: '2027-06-30',
          }),
        )
        .expect(201)
    ).body as PlacementOffer;
    expect(partial.offerer.kind).toBe('association');
    const bad = await as.company
      .post(`${api}/placements`)
      .send(
        offer([{ uri: 'http://example.com/skill', label: { en: 'x' } }], {
          endsOn: '2027-13-01',
          capacity: 0,
        }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'capacity',
      'endsOn',
      'escoSkills[0].uri',
    ]);
    const backwards = await as.company
      .post(`${api}/placements`)
      .send(offer(needed, { startsOn: '2027-05-01', endsOn: '2027-04-01' }))
      .expect(400);
    expect(backwards.body.errors).toEqual([
      { path: 'endsOn', message: expect.stringContaining('2027-05-01') },
    ]);
    await as.author.post(`${api}/placements`).send(offer(needed)).expect(403);
  });

  it('shows each side its own: offerers their offers, schools the open ones', async () => {
    const closed = (await as.company.post(`${api}/placements`).send(offer(needed)).expect(201))
      .body as PlacementOffer;
    await as.company
      .patch(`${api}/placements/${closed.id}`)
      .send({ version: 1, status: 'closed' })
      .expect(200);
    const ids = async (who: Client, query = '') =>
      ((await who.get(`${api}/placements${query}`).expect(200)).body.items as PlacementOffer[])
        .map((o) => o.id)
        .sort();
    expect(await ids(as.company)).toEqual([best.id, closed.id].sort());
    expect(await ids(as.association)).toEqual([partial.id]);
    expect(await ids(as.author)).toEqual([best.id, partial.id].sort());
    expect(await ids(as.author, '?country=LT')).toEqual([partial.id]);
    expect(await ids(as.author, '?language=lt')).toEqual([partial.id]);
    expect(await ids(as.admin)).toEqual([best.id, partial.id, closed.id].sort());
    await as.author.get(`${api}/placements/${closed.id}`).expect(404);
    await as.association.get(`${api}/placements/${best.id}`).expect(404);
    await as.association
      .patch(`${api}/placements/${best.id}`)
      .send({ version: 1, capacity: 9 })
      .expect(404);
    await as.learner.get(`${api}/placements`).expect(403);
    const stale = await as.company
      .patch(`${api}/placements/${closed.id}`)
      .send({ version: 1, capacity: 9 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: closed.id, version: 2 });
  });

  it('ranks the offers that fit a WBL period: skills, period, language', async () => {
    const { need, items } = await matches();
    expect(need.skills.map((s) => s.uri).sort()).toEqual(needed.map((s) => s.uri).sort());
    expect(need).toMatchObject({ hours: 480, startsOn: null, endsOn: null });
    expect(items.map((m) => m.offer.id)).toEqual([best.id, partial.id]);
    expect(items[0]).toMatchObject({ score: 100, coverage: 1, longEnough: true, free: 3 });
    expect(items[0].languages).toEqual(['de']);
    // One skill of many, 30 days of 38 hours a week (163 of 480), languages in common.
    const coverage = 1 / needed.length;
    expect(items[1]).toMatchObject({
      longEnough: false,
      languages: curriculum.languages.filter((l) => ['lt', 'en'].includes(l)),
    });
    expect(items[1].score).toBe(
      Math.round(100 * (0.6 * coverage + (0.25 * (30 / 7) * 38) / 480 + 0.15)),
    );
    // Planned in March: the June offer shares no day; the other covers half of the planned days.
    const march = await matches('?from=2027-02-15&to=2027-03-14');
    expect(march.items.map((m) => [m.offer.id, m.overlapDays])).toEqual([[best.id, 14]]);
    expect(march.items[0].score).toBe(Math.round(100 * (0.6 + 0.25 * (14 / 28) + 0.15)));
    await as.author
      .get(
        `${api}/curricula/${curriculum.id}/work-based-learning/${wblId}/matches?from=2027-03-01&to=2027-02-01`,
      )
      .expect(400);
    await as.otherAuthor
      .get(`${api}/curricula/${curriculum.id}/work-based-learning/${wblId}/matches`)
      .expect(404);
    await as.company
      .get(`${api}/curricula/${curriculum.id}/work-based-learning/${wblId}/matches`)
      .expect(403);
    await as.author
      .get(
        `${api}/curricula/${curriculum.id}/work-based-learning/${curriculum.units[0].id}/matches`,
      )
      .expect(404);
  });

  it('requests places; the offerer accepts or declines; places are counted', async () => {
    const ask = (who: Client, offerId: string, body: object) =>
      who
        .post(`${api}/placements/${offerId}/requests`)
        .send({ curriculumId: curriculum.id, wblId, ...body });
    const request = (
      await ask(as.author, best.id, { places: 2, message: 'Zwei Lernende im März.' }).expect(201)
    ).body as PlacementRequest;
    expect(request).toMatchObject({
      status: 'pending',
      places: 2,
      company: 'Präzisionsteile GmbH',
      curriculum: { id: curriculum.id, code: curriculum.code },
      school: { name: 'Berufsschule Zerspanung' },
    });
    // The offerer hears of it; nobody else.
    const told = async (who: Client) =>
      ((await who.get(`${api}/notifications`).expect(200)).body as NotificationList).items.map(
        (n) => [n.kind, n.curriculumId, n.detail],
      );
    expect(await told(as.company)).toEqual([['placement-request', curriculum.id, '2']]);
    expect(await told(as.association)).toEqual([]);
    const mail = (await t.dataSource.getRepository(EmailOutboxEntity).find()).find((m) =>
      m.body.includes('A school requests 2 place(s)'),
    );
    expect(mail?.body).toContain('Eine Schule fragt 2 Platz/Plätze');
    expect(mail?.body).toContain('Open / Öffnen: /placements');
    await ask(as.author, best.id, { places: 1 }).expect(409);
    await ask(as.author, partial.id, { places: 4 }).expect(409);
    await ask(as.otherAuthor, best.id, { places: 1 }).expect(404);
    const requestIds = async (who: Client) =>
      (
        (await who.get(`${api}/placement-requests`).expect(200)).body.items as PlacementRequest[]
      ).map((r) => r.id);
    expect(await requestIds(as.company)).toEqual([request.id]);
    expect(await requestIds(as.author)).toEqual([request.id]);
    expect(await requestIds(as.association)).toEqual([]);
    expect(await requestIds(as.otherAuthor)).toEqual([]);

    await as.association
      .post(`${api}/placement-requests/${request.id}/accept`)
      .send({})
      .expect(404);
    await as.author.post(`${api}/placement-requests/${request.id}/accept`).send({}).expect(403);
    const accepted = (
      await as.company
        .post(`${api}/placement-requests/${request.id}/accept`)
        .send({ answer: 'Gerne, ab 1. März.' })
        .expect(200)
    ).body as PlacementRequest;
    expect(accepted).toMatchObject({ status: 'accepted', answer: 'Gerne, ab 1. März.' });
    expect(await told(as.author)).toEqual([['placement-answer', curriculum.id, 'accepted']]);
    expect(accepted.decidedAt).not.toBeNull();
    await as.company.post(`${api}/placement-requests/${request.id}/decline`).send({}).expect(409);
    const after = (await as.author.get(`${api}/placements/${best.id}`).expect(200))
      .body as PlacementOffer;
    expect(after.taken).toBe(2);
    expect((await matches()).items[0]).toMatchObject({ offer: { id: best.id }, free: 1 });
    await as.company
      .patch(`${api}/placements/${best.id}`)
      .send({ version: after.version, capacity: 1 })
      .expect(400);

    // The association declines a request of another period; the school withdraws the accepted one.
    const second = curriculum.workBasedLearning[1].id;
    const other = (await ask(as.author, partial.id, { places: 1, wblId: second }).expect(201))
      .body as PlacementRequest;
    const declined = (
      await as.association
        .post(`${api}/placement-requests/${other.id}/decline`)
        .send({})
        .expect(200)
    ).body as PlacementRequest;
    expect(declined).toMatchObject({ status: 'declined', answer: null });
    expect((await told(as.author))[0]).toEqual(['placement-answer', curriculum.id, 'declined']);
    expect(await told(as.association)).toEqual([['placement-request', curriculum.id, '1']]);
    const withdrawn = (
      await as.author.post(`${api}/placement-requests/${request.id}/withdraw`).expect(200)
    ).body as PlacementRequest;
    expect(withdrawn.status).toBe('withdrawn');
    expect(
      ((await as.author.get(`${api}/placements/${best.id}`).expect(200)).body as PlacementOffer)
        .taken,
    ).toBe(0);
    await as.author.post(`${api}/placement-requests/${other.id}/withdraw`).expect(409);
  });

  it('migrates: down drops the placements, up brings the tables back', async () => {
    await runMigration(t, new Migration(), 'down');
    const runner = t.dataSource.createQueryRunner();
    try {
      expect(await runner.hasTable('placement_offer')).toBe(false);
      await runMigration(t, new Migration(), 'up');
      expect(await runner.hasTable('placement_request')).toBe(true);
    } finally {
      await runner.release();
    }
    expect((await as.admin.get(`${api}/placements`).expect(200)).body.items).toEqual([]);
  });
});
