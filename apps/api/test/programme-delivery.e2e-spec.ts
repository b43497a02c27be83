import type { Curriculum } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, Client, createAuthor } from './support/accounts';
import { api, createDraft, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

type Finding = { ruleId: string; severity: string; path: string; message: string };

/**
 * Issue #17: the ECVET points belong to the qualification's reference full-time duration; the
 * programme that delivers it has its own duration, form and intensity — through the REST API,
 * the rules and the spreadsheet round trip.
 */
describe(`qualification and programme (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let institution: string;

  beforeAll(async () => {
    t = await startTestApp();
    const user = await createAuthor(t);
    author = client(t.server, user.token);
    institution = user.institutionId as string;
  });

  afterAll(async () => {
    await t.close();
  });

  const findings = async (id: string) =>
    (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body.findings as Finding[];

  it('takes a half-time programme over 6 years for a 3-year, 180-point qualification', async () => {
    const created = await createDraft(author, { durationMonths: 72, intensity: 0.5 });
    expect(created).toMatchObject({
      durationMonths: 72,
      intensity: 0.5,
      fullTime: false,
      referenceDurationMonths: 36,
      programmeForm: 'school-based',
      ecvetPoints: 180,
    });
    expect((await findings(created.id)).filter((f) => f.ruleId === 'ECVET-R1')).toEqual([]);

    // Full time again: the flag and the intensity move together; the reference stays.
    const patched = await author
      .patch(`${api}/curricula/${created.id}`)
      .send({ version: created.version, fullTime: true, programmeForm: 'dual' })
      .expect(200);
    expect(patched.body).toMatchObject({ intensity: 1, fullTime: true, programmeForm: 'dual' });
    const r1 = (await findings(created.id)).filter((f) => f.ruleId === 'ECVET-R1');
    expect(r1).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'durationMonths',
        message: expect.stringContaining('which is 6 full-time years'),
      }),
    ]);
    await author
      .patch(`${api}/curricula/${created.id}`)
      .send({ version: patched.body.version, programmeForm: 'evening', intensity: 2 })
      .expect(400);
  });

  it("checks the NQF level against the framework of the institution's country (DE: DQR)", async () => {
    const created = await createDraft(author, { eqfLevel: 4, nqfLevel: 9 });
    const r4 = async () =>
      (await findings(created.id))
        .filter((f) => f.path === 'nqfLevel')
        .map((f) => [f.severity, f.message]);
    expect(await r4()).toEqual([
      [
        'error',
        'The NQF level must be a whole number from 1 to 8, the levels of the DQR (DE); found: 9.',
      ],
    ]);
    await author
      .patch(`${api}/curricula/${created.id}`)
      .send({ version: created.version, nqfLevel: 5 })
      .expect(200);
    expect(await r4()).toEqual([
      [
        'warning',
        'Level 5 of the DQR (DE) is referenced to EQF level 5, but the qualification states EQF level 4.',
      ],
    ]);
  });

  it('keeps the delivery through a CSV round trip, and reads older CSV files with a warning', async () => {
    const content = {
      ...generateCurriculum({
        units: 3,
        outcomesPerUnit: 2,
        workBasedLearningPeriods: 1,
        languages: ['de'],
      }),
      durationMonths: 60,
      referenceDurationMonths: 42,
      programmeForm: 'workplace-based' as const,
      intensity: 0.7,
      fullTime: false,
    };
    const id = await storeContent(t, content, institution);
    const delivery = (c: Curriculum) => ({
      durationMonths: c.durationMonths,
      referenceDurationMonths: c.referenceDurationMonths,
      programmeForm: c.programmeForm,
      intensity: c.intensity,
    });
    const original = (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    expect(delivery(original)).toEqual({
      durationMonths: 60,
      referenceDurationMonths: 42,
      programmeForm: 'workplace-based',
      intensity: 0.7,
    });
    const csv = (await author.get(`${api}/curricula/${id}/export/csv`).expect(200)).text;
    const back = await author
      .post(`${api}/curricula/import/csv`)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(201);
    const imported = (await author.get(`${api}/curricula/${back.body.id}`).expect(200))
      .body as Curriculum;
    expect(delivery(imported)).toEqual(delivery(original));

    // A file written before programmes: no such columns; defaults, and a warning for each.
    const [header, ...rows] = csv.split('\r\n');
    const names = header.split(',');
    const drop = ['referenceDurationMonths', 'programmeForm', 'intensity'].map((c) =>
      names.indexOf(c),
    );
    expect(drop.every((i) => i > 0)).toBe(true);
    const older = [header, ...rows]
      .map((line) =>
        line === ''
          ? line
          : line
              .split(',')
              .filter((_, i) => !drop.includes(i))
              .join(','),
      )
      .join('\r\n');
    const preview = await author
      .post(`${api}/curricula/import/csv/preview`)
      .set('Content-Type', 'text/csv')
      .send(older)
      .expect(200);
    expect(preview.body.warnings.map((w: { path: string }) => w.path)).toEqual(
      expect.arrayContaining([
        'column referenceDurationMonths',
        'column programmeForm',
        'column intensity',
      ]),
    );
  });
});
