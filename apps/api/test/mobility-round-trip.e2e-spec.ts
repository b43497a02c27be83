import type {
  Curriculum,
  LearnerRecord,
  Mobility,
  Mou,
  Transcript,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, createInstitution, createUser, type TestUser } from './support/accounts';
import { api, publishContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * ECVET credit in practice (issue #18) through the real HTTP stack: a learner enrolled at home,
 * results recorded at home and as prior learning, a MoU accepted by both schools, a Learning
 * Agreement signed by three, results recorded abroad, the transcript issued and locked, its lines
 * recognised or refused at home, and the recognised units counted in the learner's record.
 */
describe(`learner records and mobility (${testDatabase()})`, () => {
  let t: TestApp;
  let curriculum: Curriculum;
  const u: Record<string, TestUser> = {};
  const as = (who: string) => client(t.server, u[who]?.token);

  beforeAll(async () => {
    t = await startTestApp();
    const home = await createInstitution(t, 'school', 'Kauno technologijų mokymo centras');
    const host = await createInstitution(t, 'school', 'Berufsbildende Schule Metalltechnik');
    u.homeCoordinator = await createUser(t, 'mobility-coordinator', home);
    u.homeTeacher = await createUser(t, 'author', home);
    u.hostCoordinator = await createUser(t, 'mobility-coordinator', host);
    u.hostTeacher = await createUser(t, 'author', host);
    u.learner = await createUser(t, 'learner');
    curriculum = await publishContent(
      t,
      generateCurriculum({
        units: 6,
        outcomesPerUnit: 2,
        workBasedLearningPeriods: 1,
        languages: ['de', 'lt'],
        years: 1,
      }),
      host,
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  let learnerId: string;
  let enrolmentId: string;
  let mou: Mou;
  let mobility: Mobility;

  it('enrols a learner of the school in a published curriculum and links the account', async () => {
    const created = await as('homeTeacher')
      .post(`${api}/learners`)
      .send({
        givenName: 'Jonas',
        familyName: 'Žemaitis',
        learnerNumber: 'KTMC-2026-017',
        dateOfBirth: '2008-04-12',
        accountEmail: u.learner.email,
        curriculumId: curriculum.id,
        startedOn: '2026-09-01',
      })
      .expect(201);
    learnerId = created.body.id;
    enrolmentId = created.body.enrolments[0].id;
    expect(created.body).toMatchObject({
      familyName: 'Žemaitis',
      userId: u.learner.id,
      enrolments: [{ curriculumId: curriculum.id, curriculumVersion: 1, status: 'active' }],
    });
    await as('homeTeacher')
      .post(`${api}/learners`)
      .send({
        givenName: 'A',
        familyName: 'B',
        learnerNumber: 'KTMC-2026-017',
        curriculumId: curriculum.id,
        startedOn: '2026-09-01',
      })
      .expect(409);
    const draft = await as('homeTeacher')
      .post(`${api}/learners`)
      .send({
        givenName: 'A',
        familyName: 'B',
        learnerNumber: 'X',
        curriculumId: 'a7a3a0c4-4b8e-4b5f-9d0e-2d0b0b0b0b0b',
        startedOn: '2026-09-01',
      })
      .expect(400);
    expect(draft.body.errors).toEqual([
      { path: 'curriculumId', message: 'must be a published curriculum' },
    ]);
  });

  it('records results at home and recognised prior learning, counting the points by unit', async () => {
    const [first, second] = curriculum.units;
    const record = async (body: object, status = 201) =>
      (
        await as('homeTeacher')
          .post(`${api}/learners/${learnerId}/achievements`)
          .send({
            enrolmentId,
            assessedOn: '2026-11-20',
            method: 'practical task',
            assessor: 'R. Kazlauskienė',
            place: 'home',
            result: 'passed',
            ...body,
          })
          .expect(status)
      ).body as LearnerRecord;
    // One outcome of the first unit: in progress, no points yet.
    let r = await record({ unitId: first.id, outcomeId: first.outcomes[0].id });
    expect(r.enrolments[0].units[0]).toMatchObject({ state: 'in-progress', outcomesPassed: 1 });
    expect(r.enrolments[0].points.counted).toBe(0);
    // The second outcome too: the unit is achieved.
    r = await record({ unitId: first.id, outcomeId: first.outcomes[1].id });
    expect(r.enrolments[0].units[0]).toMatchObject({ state: 'achieved', place: 'home' });
    // Prior learning recognised with evidence.
    r = await record({
      unitId: second.id,
      evidence: 'Certificate of a CNC course, 2025',
      method: 'RPL',
    });
    expect(r.enrolments[0].units[1]).toMatchObject({ state: 'recognised' });
    const points = first.ecvetPoints + second.ecvetPoints;
    expect(r.enrolments[0].points).toMatchObject({
      counted: points,
      recognised: second.ecvetPoints,
    });
    const bad = await record({ unitId: first.id, outcomeId: second.outcomes[0].id }, 400);
    expect(bad).toMatchObject({ errors: [{ path: 'outcomeId' }] });
    await record({ unitId: second.id, evidence: 'x', result: 'failed' }, 400);
    // The learner reads the own record; nobody outside the school does.
    await as('learner').get(`${api}/learners/${learnerId}/record`).expect(200);
    for (const who of ['hostCoordinator', 'hostTeacher'])
      await as(who).get(`${api}/learners/${learnerId}/record`).expect(404);
  });

  it('accepts a MoU by both schools: draft, proposed by the initiator, accepted by the partner', async () => {
    const partnerUnits = curriculum.units.slice(2, 5).map((x) => x.id);
    const created = await as('homeCoordinator')
      .post(`${api}/mous`)
      .send({
        title: 'CNC mobility Kaunas – Ludwigshafen',
        curriculumId: curriculum.id,
        partners: [
          {
            institutionId: u.homeCoordinator.institutionId,
            contactName: 'Rūta K.',
            contactEmail: 'ruta@ktmc.lt',
            unitIds: [],
          },
          {
            institutionId: u.hostCoordinator.institutionId,
            contactName: 'Jana Keller',
            contactEmail: 'keller@bbs.de',
            unitIds: partnerUnits,
          },
        ],
        assessmentArrangements:
          'Die Gasteinrichtung bewertet; die Heimateinrichtung validiert und erkennt an.',
        validFrom: '2026-01-01',
        validUntil: '2028-12-31',
      })
      .expect(201);
    mou = created.body;
    expect(mou).toMatchObject({ status: 'draft', awaitingCaller: true });
    // The partner cannot accept before it is proposed, and cannot see another school's draft edits.
    await as('hostCoordinator')
      .post(`${api}/mous/${mou.id}/accept`)
      .send({ version: mou.version })
      .expect(409);
    mou = (
      await as('homeCoordinator')
        .post(`${api}/mous/${mou.id}/accept`)
        .send({ version: mou.version })
        .expect(200)
    ).body;
    expect(mou.status).toBe('proposed');
    await as('hostCoordinator')
      .post(`${api}/mous/${mou.id}/accept`)
      .send({ version: mou.version - 1 })
      .expect(409);
    const rejected = await as('hostCoordinator')
      .post(`${api}/mous/${mou.id}/reject`)
      .send({ version: mou.version, reason: 'Bitte Kontaktdaten ergänzen.' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'draft' });
    expect(rejected.body.history.at(-1)).toMatchObject({
      action: 'mou.rejected',
      detail: 'Bitte Kontaktdaten ergänzen.',
    });
    mou = (
      await as('homeCoordinator')
        .post(`${api}/mous/${mou.id}/accept`)
        .send({ version: rejected.body.version })
        .expect(200)
    ).body;
    mou = (
      await as('hostCoordinator')
        .post(`${api}/mous/${mou.id}/accept`)
        .send({ version: mou.version })
        .expect(200)
    ).body;
    expect(mou).toMatchObject({ status: 'accepted', awaitingCaller: false });
    expect(mou.partners.every((p) => p.acceptedAt !== null)).toBe(true);
    expect(mou.history.map((h) => h.action)).toEqual([
      'mou.drafted',
      'mou.proposed',
      'mou.rejected',
      'mou.proposed',
      'mou.accepted',
    ]);
  });

  it('signs a Learning Agreement by home, host and learner, and refuses units the host does not deliver', async () => {
    const body = {
      mouId: mou.id,
      learnerId,
      hostInstitutionId: u.hostCoordinator.institutionId,
      startsOn: '2027-03-01',
      endsOn: '2027-04-09',
      unitIds: [curriculum.units[2].id, curriculum.units[3].id],
      placement: {
        company: 'Präzisionsteile Müller GmbH',
        address: 'Ludwigshafen',
        mentor: 'Jürgen Weiß',
        mentorEmail: 'weiss@mueller.de',
        hours: 240,
      },
      assessment: 'Arbeitsprobe an der CNC-Fräsmaschine, Fachgespräch.',
      recording: 'Die Gasteinrichtung trägt die Ergebnisse im Persönlichen Leistungsnachweis ein.',
    };
    const wrong = await as('homeCoordinator')
      .post(`${api}/mobilities`)
      .send({ ...body, unitIds: [curriculum.units[0].id] })
      .expect(400);
    expect(wrong.body.errors).toEqual([
      { path: 'unitIds[0]', message: 'is not a unit the host delivers under the MoU' },
    ]);
    await as('homeCoordinator')
      .post(`${api}/mobilities`)
      .send({ ...body, endsOn: '2029-01-01' })
      .expect(400);
    mobility = (await as('homeCoordinator').post(`${api}/mobilities`).send(body).expect(201)).body;
    expect(mobility).toMatchObject({ status: 'draft', callerParty: 'home', awaitingCaller: true });
    await as('learner')
      .post(`${api}/mobilities/${mobility.id}/accept`)
      .send({ version: mobility.version })
      .expect(409);
    mobility = (
      await as('homeCoordinator')
        .post(`${api}/mobilities/${mobility.id}/accept`)
        .send({ version: mobility.version })
        .expect(200)
    ).body;
    mobility = (
      await as('hostCoordinator')
        .post(`${api}/mobilities/${mobility.id}/accept`)
        .send({ version: mobility.version })
        .expect(200)
    ).body;
    expect(mobility.status).toBe('proposed');
    // The host's teacher reads the agreement but does not sign it.
    await as('hostTeacher')
      .post(`${api}/mobilities/${mobility.id}/accept`)
      .send({ version: mobility.version })
      .expect(403);
    mobility = (
      await as('learner')
        .post(`${api}/mobilities/${mobility.id}/accept`)
        .send({ version: mobility.version })
        .expect(200)
    ).body;
    expect(mobility.status).toBe('signed');
    expect(mobility.signatures.map((s) => s.party)).toEqual(['home', 'host', 'learner']);
    expect(mobility.signatures.every((s) => s.at !== null)).toBe(true);
    const record = (await as('learner').get(`${api}/learners/${learnerId}/record`).expect(200))
      .body as LearnerRecord;
    expect(record.enrolments[0].units[2]).toMatchObject({ state: 'in-progress', abroad: true });
  });

  it('records results abroad, issues and locks the transcript, and recognises it line by line at home', async () => {
    const line = (unitId: string, result = 'passed') => ({
      unitId,
      assessedOn: '2027-04-08',
      method: 'Arbeitsprobe',
      result,
      grade: 'gut (2)',
      assessor: 'Jürgen Weiß',
      place: 'company',
      placeName: 'Präzisionsteile Müller GmbH',
    });
    const url = `${api}/mobilities/${mobility.id}/transcript`;
    await as('hostTeacher').post(`${url}/lines`).send(line(curriculum.units[0].id)).expect(400);
    await as('homeTeacher').post(`${url}/lines`).send(line(curriculum.units[2].id)).expect(403);
    await as('hostTeacher').post(`${url}/lines`).send(line(curriculum.units[2].id)).expect(201);
    let transcript = (
      await as('hostTeacher').post(`${url}/lines`).send(line(curriculum.units[3].id)).expect(201)
    ).body as Transcript;
    expect(transcript.points.passed).toBe(
      curriculum.units[2].ecvetPoints + curriculum.units[3].ecvetPoints,
    );
    await as('hostTeacher').post(`${url}/issue`).send({ version: transcript.version }).expect(403);
    transcript = (
      await as('hostCoordinator')
        .post(`${url}/issue`)
        .send({ version: transcript.version })
        .expect(200)
    ).body;
    expect(transcript.issuedAt).not.toBeNull();
    // Locked: no more lines.
    await as('hostTeacher').post(`${url}/lines`).send(line(curriculum.units[4].id)).expect(409);
    const [first, second] = transcript.lines;
    await as('hostCoordinator')
      .post(`${url}/lines/${first.id}/accept`)
      .send({ version: first.version })
      .expect(403);
    await as('homeCoordinator')
      .post(`${url}/lines/${second.id}/reject`)
      .send({ version: second.version })
      .expect(400);
    transcript = (
      await as('homeCoordinator')
        .post(`${url}/lines/${first.id}/accept`)
        .send({ version: first.version })
        .expect(200)
    ).body;
    transcript = (
      await as('homeCoordinator')
        .post(`${url}/lines/${second.id}/reject`)
        .send({
          version: second.version,
          reason: 'Die Arbeitsprobe deckt nicht alle Lernergebnisse ab.',
        })
        .expect(200)
    ).body;
    expect(transcript.lines.map((l) => l.decision)).toEqual(['recognised', 'refused']);
    expect(transcript.points.recognised).toBe(curriculum.units[2].ecvetPoints);
    expect(
      (await as('learner').get(`${api}/mobilities/${mobility.id}`).expect(200)).body.status,
    ).toBe('completed');
    const record = (await as('learner').get(`${api}/learners/${learnerId}/record`).expect(200))
      .body as LearnerRecord;
    expect(record.enrolments[0].units[2]).toMatchObject({
      state: 'recognised',
      place: 'company',
      placeName: 'Präzisionsteile Müller GmbH',
    });
    expect(record.enrolments[0].units[3]).toMatchObject({ state: 'remaining', abroad: false });
    const [u0, u1, u2] = curriculum.units;
    expect(record.enrolments[0].points.counted).toBe(
      u0.ecvetPoints + u1.ecvetPoints + u2.ecvetPoints,
    );
  });

  it('renders the three documents in the five languages', async () => {
    for (const lang of ['en', 'de', 'lt', 'lv', 'et']) {
      for (const path of [
        `mous/${mou.id}`,
        `mobilities/${mobility.id}`,
        `mobilities/${mobility.id}/transcript`,
      ]) {
        const res = await as('homeCoordinator')
          .get(`${api}/${path}/export/pdf?lang=${lang}`)
          .buffer(true)
          .expect(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      }
    }
    await as('homeCoordinator').get(`${api}/mous/${mou.id}/export/pdf?lang=fr`).expect(400);
  });

  it('exports and erases the personal data, keeping anonymised statistics', async () => {
    const admin = await createUser(t, 'admin');
    const data = (
      await client(t.server, admin.token).get(`${api}/learners/${learnerId}/export`).expect(200)
    ).body;
    expect(data.learner).toMatchObject({ familyName: 'Žemaitis', learnerNumber: 'KTMC-2026-017' });
    expect(data.achievements.length).toBeGreaterThan(0);
    await as('homeTeacher').delete(`${api}/learners/${learnerId}`).expect(403);
    await client(t.server, admin.token).delete(`${api}/learners/${learnerId}`).expect(204);
    const after = (await as('homeTeacher').get(`${api}/learners/${learnerId}/record`).expect(200))
      .body as LearnerRecord;
    expect(after.learner).toMatchObject({
      erased: true,
      givenName: '',
      familyName: '',
      dateOfBirth: null,
      learnerNumber: '',
      userId: null,
    });
    expect(after.enrolments[0].points.counted).toBeGreaterThan(0);
    expect(JSON.stringify(after)).not.toContain('Žemaitis');
    const agreement = (
      await as('hostCoordinator').get(`${api}/mobilities/${mobility.id}`).expect(200)
    ).body as Mobility;
    expect(agreement.learner.name).toBe('—');
    // The learner's account no longer reads the record.
    await as('learner').get(`${api}/learners/${learnerId}/record`).expect(404);
  });
});
