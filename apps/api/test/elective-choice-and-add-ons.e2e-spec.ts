import type { Curriculum, Unit } from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import { client, Client, createInstitution, createUser, link } from './support/accounts';
import { api, createDraft, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17, ADR 0015: elective groups with choice rules, add-on qualifications outside the total
 * and required languages — through the REST API, the rules, the review workflow and the
 * spreadsheet round trips, on the CNC demo (choose 1 of 4 deployment areas, 4 add-ons, de and en
 * required).
 */
describe(`choice rules, add-ons and required languages (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let school: string;
  let cnc: Curriculum;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    await link(t, school, await createInstitution(t, 'association'));
    author = client(t.server, (await createUser(t, 'author', school)).token);
    const id = await storeContent(t, cncMachiningCurriculum, school);
    cnc = (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  });

  afterAll(async () => {
    await t.close();
  });

  const validation = async (id: string) =>
    (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body as {
      findings: Finding[];
      summary: { errorCount: number; addOnPoints: number; mandatoryPoints: number };
    };
  const current = async (id: string) =>
    (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;

  it('stores the CNC demo with its "choose 1 of 4" group and add-ons outside the 210 points', async () => {
    expect(cnc.electiveGroups).toEqual([
      expect.objectContaining({ code: 'EG', rule: 'units', unitsRequired: 1, pointsRequired: 10 }),
    ]);
    expect(cnc.requiredLanguages).toEqual(['de', 'en']);
    expect(cnc.units.filter((u) => u.addOn).map((u) => u.code)).toEqual([
      'ZM-I40-1',
      'ZM-I40-2',
      'ZM-I40-3',
      'ZM-I40-4',
    ]);
    const { summary, findings } = await validation(cnc.id);
    expect(summary).toMatchObject({ errorCount: 0, addOnPoints: 40, mandatoryPoints: 200 });
    // Lithuanian and Latvian are optional: their gaps are warnings.
    expect(
      findings.filter((f) => f.ruleId === 'ECVET-TRANSLATION').map((f) => f.severity),
    ).not.toContain('error');
  });

  it('checks a choice rule as it is patched, and refuses an unknown rule', async () => {
    const draft = await createDraft(author);
    const group = { code: 'WP', title: { de: 'Wahl' }, pointsRequired: 10 };
    const patched = await author
      .patch(`${api}/curricula/${draft.id}`)
      .send({
        version: draft.version,
        electiveGroups: [{ ...group, rule: 'units', unitsRequired: 3 }],
      })
      .expect(200);
    expect(patched.body.electiveGroups).toEqual([{ ...group, rule: 'units', unitsRequired: 3 }]);
    expect((await validation(draft.id)).findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'ECVET-R2',
          severity: 'error',
          path: 'electiveGroups[0].unitsRequired',
          message: 'Elective group WP requires choosing 3 of its units, but it has 0.',
        }),
      ]),
    );
    // Without a rule: "at least its points", stated.
    const plain = await author
      .patch(`${api}/curricula/${draft.id}`)
      .send({ version: patched.body.version, electiveGroups: [group] })
      .expect(200);
    expect(plain.body.electiveGroups).toEqual([
      { ...group, rule: 'points-at-least', unitsRequired: null },
    ]);
    const refused = await author
      .patch(`${api}/curricula/${draft.id}`)
      .send({ version: plain.body.version, electiveGroups: [{ ...group, rule: 'any' }] })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('electiveGroups[0].rule');
  });

  it('makes a unit an add-on: optional, in no group, outside the qualification points', async () => {
    const id = await storeContent(t, cncMachiningCurriculum, school);
    const tree = await current(id);
    const area = tree.units.find((u) => u.code === 'ZM-EG-1') as Unit;
    const patched = await author
      .patch(`${api}/curricula/${id}/units/${area.id}`)
      .send({ version: area.version, addOn: true })
      .expect(200);
    expect(patched.body).toMatchObject({ addOn: true, mandatory: false, electiveGroup: null });
    const { summary } = await validation(id);
    expect(summary.addOnPoints).toBe(50);
    // A mandatory unit cannot require an add-on.
    const programming = (await current(id)).units.find((u) => u.code === 'ZM-12') as Unit;
    await author
      .patch(`${api}/curricula/${id}/units/${programming.id}`)
      .send({ version: programming.version, prerequisites: [area.id] })
      .expect(200);
    expect((await validation(id)).findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'ECVET-PREREQ',
          severity: 'error',
          message: expect.stringContaining('requires the add-on unit ZM-EG-1'),
        }),
      ]),
    );
  });

  it('refuses review while a required language is incomplete, and an undeclared one', async () => {
    const id = await storeContent(t, cncMachiningCurriculum, school);
    const tree = await current(id);
    const patched = await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: tree.version, requiredLanguages: ['en', 'lt'] })
      .expect(200);
    // The primary language is always required, first.
    expect(patched.body.requiredLanguages).toEqual(['de', 'en', 'lt']);
    const errors = (await validation(id)).findings.filter(
      (f) => f.ruleId === 'ECVET-TRANSLATION' && f.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].message).toMatch(/lt in: .*required languages/);
    const submit = await author.post(`${api}/curricula/${id}/submit`).send({}).expect(409);
    expect(submit.body.message).toMatch(/cannot go to review yet: .*ECVET|lacks lt/);

    const refused = await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: patched.body.version, requiredLanguages: ['et'] })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('requiredLanguages[0]');
    // Dropping Lithuanian from the languages drops it from the required ones.
    const dropped = await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: patched.body.version, languages: ['de', 'en', 'lv'] })
      .expect(200);
    expect(dropped.body.requiredLanguages).toEqual(['de', 'en']);
  });

  it.each(['csv', 'xlsx'])(
    'keeps rules, add-ons and required languages through a %s round trip',
    async (format) => {
      const exported = await author
        .get(`${api}/curricula/${cnc.id}/export/${format}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const back = await author
        .post(`${api}/curricula/import/${format}`)
        .set(
          'Content-Type',
          format === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .send(exported.body as Buffer)
        .expect(201);
      const imported = await current(back.body.id);
      const shape = (c: Curriculum) => ({
        groups: c.electiveGroups,
        required: c.requiredLanguages,
        kinds: c.units.map((u) => [u.code, u.mandatory, u.electiveGroup, u.addOn]),
      });
      expect(shape(imported)).toEqual(shape(cnc));
    },
  );
});
