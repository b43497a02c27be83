import type {
  LearnerRecord,
  LearnerSummary,
  Mobility,
  MobilitySummary,
  Mou,
  MouSummary,
} from '@curriculum-builder/curriculum';
import { validateElm } from '@curriculum-builder/product-process';
import request from 'supertest';
import { client, type Client } from './support/accounts';
import { api } from './support/curricula';
import { DEMO_PASSWORD, startDemoApp } from './support/demo';
import { pdftotext } from './support/pdf-text';
import type { TestApp } from './support/test-app';
import { testDatabase } from './support/test-app';

/** Every letter beyond ASCII of the five languages (DOMAIN.md's language line), upper and lower. */
const LETTERS = 'ÄÖÜäöüß ĄČĘĖĮŠŲŪŽąčęėįšųūž ĀĒĢĪĶĻŅāēģīķļņ ÕõŠšŽž';
const TITLES: Record<string, [string, string, string]> = {
  en: ['Memorandum of Understanding', 'Learning Agreement', 'Personal Transcript'],
  de: ['Absichtserklärung (MoU)', 'Lernvereinbarung', 'Persönlicher Leistungsnachweis'],
  lt: ['Susitarimo memorandumas', 'Mokymosi sutartis', 'Asmeninė mokymosi pasiekimų ataskaita'],
  lv: ['Saprašanās memorands', 'Mācību līgums', 'Personīgā sekmju izziņa'],
  et: ['Vastastikuse mõistmise memorandum', 'Õppeleping', 'Isiklik õpitulemuste väljavõte'],
};

/**
 * The mobility demo (issue #18): the Lithuanian apprentice's recognised mobility at a German
 * company, the demo school's learner mid-programme, the documents in five languages with every
 * letter, and the record as an ELM credential that passes the SHACL shapes.
 */
describe(`the mobility demo (${testDatabase()})`, () => {
  let t: TestApp;
  const as: Record<string, Client> = {};

  beforeAll(async () => {
    t = (await startDemoApp()).t;
    for (const email of [
      'coordinator@demo.local',
      'coordinator@partner.demo.local',
      'learner@demo.local',
      'learner@partner.demo.local',
      'company@demo.local',
      'teacher@demo.local',
    ]) {
      const login = await request(t.server)
        .post(`${api}/auth/login`)
        .send({ email, password: DEMO_PASSWORD })
        .expect(200);
      as[email] = client(t.server, login.body.token);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  const recordOf = async (email: string) => {
    const [self] = (await as[email].get(`${api}/learners`).expect(200)).body as LearnerSummary[];
    return (await as[email].get(`${api}/learners/${self.id}/record`).expect(200))
      .body as LearnerRecord;
  };

  it('shows the apprentice from Kaunas the units recognised from the German company', async () => {
    const record = await recordOf('learner@partner.demo.local');
    const units = record.enrolments[0].units;
    const byCode = (code: string) => units.find((u) => u.code === code);
    expect(byCode('ZM-07')).toMatchObject({
      state: 'recognised',
      place: 'company',
      placeName: 'Präzisionsteile Müller GmbH (Demo)',
    });
    expect(byCode('ZM-09')).toMatchObject({ state: 'recognised' });
    expect(byCode('ZM-01')).toMatchObject({ state: 'achieved', place: 'home' });
    expect(record.enrolments[0].points).toMatchObject({
      required: 210,
      counted: 90,
      recognised: 20,
    });
  });

  it('shows the demo school’s learner mid-programme, with prior learning recognised', async () => {
    const record = await recordOf('learner@demo.local');
    const states = Object.fromEntries(record.enrolments[0].units.map((u) => [u.code, u.state]));
    expect(states).toMatchObject({
      'ZM-01': 'achieved',
      'ZM-03': 'achieved',
      'ZM-04': 'in-progress',
      'ZM-05': 'recognised',
      'ZM-06': 'remaining',
    });
    expect(record.enrolments[0].points).toMatchObject({
      counted: 45,
      recognised: 5,
      remaining: 165,
    });
  });

  it('gives both coordinators the accepted MoU and the completed mobility; the company sees none', async () => {
    for (const email of ['coordinator@demo.local', 'coordinator@partner.demo.local']) {
      const mous = (await as[email].get(`${api}/mous`).expect(200)).body as MouSummary[];
      expect(mous).toEqual([
        expect.objectContaining({ status: 'accepted', awaitingCaller: false }),
      ]);
      const mobilities = (await as[email].get(`${api}/mobilities`).expect(200))
        .body as MobilitySummary[];
      expect(mobilities).toEqual([
        expect.objectContaining({ status: 'completed', learner: 'Jonas Petrauskas' }),
      ]);
    }
    await as['company@demo.local'].get(`${api}/mous`).expect(403);
    expect((await as['company@demo.local'].get(`${api}/mobilities`).expect(200)).body).toEqual([]);
    // The host school's teacher sees the agreement, not the learner's record.
    const [mobility] = (await as['teacher@demo.local'].get(`${api}/mobilities`).expect(200))
      .body as MobilitySummary[];
    const agreement = (
      await as['teacher@demo.local'].get(`${api}/mobilities/${mobility.id}`).expect(200)
    ).body as Mobility;
    await as['teacher@demo.local']
      .get(`${api}/learners/${agreement.learner.id}/record`)
      .expect(404);
  });

  it('writes every letter of the five languages into the three PDFs in each language', async () => {
    const coordinator = as['coordinator@partner.demo.local'];
    const [summary] = (await coordinator.get(`${api}/mous`).expect(200)).body as MouSummary[];
    const accepted = (await coordinator.get(`${api}/mous/${summary.id}`).expect(200)).body as Mou;
    // A draft MoU whose texts hold every letter.
    const draft = (
      await coordinator
        .post(`${api}/mous`)
        .send({
          title: `Raštas ${LETTERS}`,
          curriculumId: accepted.curriculum.id,
          partners: accepted.partners.map((p) => ({
            institutionId: p.institution.id,
            contactName: `${p.contactName} ${LETTERS}`,
            contactEmail: p.contactEmail,
            unitIds: p.unitIds,
          })),
          assessmentArrangements: LETTERS,
          validFrom: '2027-01-01',
          validUntil: '2027-12-31',
        })
        .expect(201)
    ).body as Mou;
    const [mobility] = (await coordinator.get(`${api}/mobilities`).expect(200))
      .body as MobilitySummary[];
    for (const [lang, [mouTitle, agreementTitle, transcriptTitle]] of Object.entries(TITLES)) {
      const text = async (path: string) =>
        (
          await pdftotext(
            (
              await coordinator
                .get(`${api}/${path}/export/pdf?lang=${lang}`)
                .buffer(true)
                .expect(200)
            ).body as Buffer,
          )
        ).replace(/\s+/g, ' ');
      const mou = await text(`mous/${draft.id}`);
      expect(mou).toContain(LETTERS);
      expect(mou).toContain(mouTitle.toUpperCase().split(' ')[0]);
      expect(await text(`mobilities/${mobility.id}`)).toContain(agreementTitle.split(' ')[0]);
      const transcript = await text(`mobilities/${mobility.id}/transcript`);
      expect(transcript).toContain(transcriptTitle.split(' ')[0]);
      expect(transcript).toContain('Jonas Petrauskas');
      expect(transcript).toContain('Präzisionsteile Müller GmbH');
    }
  });

  it('issues the record as an ELM credential that passes the LOQ SHACL shapes', async () => {
    const learner = as['learner@partner.demo.local'];
    const [self] = (await learner.get(`${api}/learners`).expect(200)).body as LearnerSummary[];
    const response = await learner.get(`${api}/learners/${self.id}/record/elm`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const credential = JSON.parse(response.text);
    expect(credential.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    const claims = credential.credentialSubject.hasClaim as {
      creditReceived: { point: string; framework: { id: string } }[];
    }[];
    expect(claims).toHaveLength(8);
    expect(claims.reduce((s, c) => s + Number(c.creditReceived[0].point), 0)).toBe(90);
    expect(claims[0].creditReceived[0].framework.id).toBe(
      'http://data.europa.eu/snb/education-credit/60b314e826',
    );
    const { credential: report } = await validateElm({ credential: response.text });
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.quads).toBeGreaterThan(300);
  });
});
