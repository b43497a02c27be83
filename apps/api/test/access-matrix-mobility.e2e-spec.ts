import type { LearnerSummary, MobilitySummary } from '@curriculum-builder/curriculum';
import { demoCurricula } from '../src/app/demo/content';
import { client, createInstitution, createUser, type TestUser } from './support/accounts';
import { api, publishContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * The role × endpoint matrix of learner records and mobility (issue #18), beside
 * access-matrix.e2e-spec.ts (whose subjects are about curricula): who reaches each endpoint, with
 * the two schools of a mobility, a third school, two learners and every other role. 404 where the
 * caller may not know the resource exists; 403 where the role may never do it.
 */
const SUBJECTS = [
  'anonymous',
  'learner',
  'otherLearner',
  'homeAuthor',
  'homeCoordinator',
  'hostAuthor',
  'hostCoordinator',
  'thirdCoordinator',
  'reviewer',
  'admin',
  'company',
] as const;
type Subject = (typeof SUBJECTS)[number];
type Row = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

interface Fixture {
  curriculumId: string;
  unitIds: string[];
  home: string;
  host: string;
  learner: string;
  toErase: string;
  enrolment: string;
  mou: string;
  mobility: string;
}

interface Case {
  readonly name: string;
  readonly method: 'get' | 'post' | 'patch' | 'delete';
  readonly path: (f: Fixture) => string;
  readonly body?: (f: Fixture) => object;
  readonly expected: Row;
}

const NO_SUCH = '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f';
const STALE = { version: 9999 };
const REASON = { ...STALE, reason: 'Nein.' };
const readers: Row = [401, 200, 404, 200, 200, 404, 404, 404, 404, 200, 404];
/** The same callers, answered 202 with a job where the file was 200 (ADR 0032). */
const accepted = (row: Row): Row =>
  row.map((status) => (status === 200 ? 202 : status)) as unknown as Row;
const mouReaders: Row = [401, 403, 403, 200, 200, 200, 200, 404, 403, 200, 403];
const mobilityReaders: Row = [401, 200, 404, 200, 200, 200, 200, 404, 404, 200, 404];
const result = (f: Fixture) => ({
  unitId: f.unitIds[1],
  assessedOn: '2027-03-20',
  method: 'Arbeitsprobe',
  result: 'passed',
  assessor: 'J. Weiß',
  place: 'company',
  placeName: 'Müller GmbH',
});
let number = 0;

// anon learner otherLearner homeAuthor homeCoord hostAuthor hostCoord thirdCoord reviewer admin company
const CASES: Case[] = [
  {
    name: 'list learners',
    method: 'get',
    path: () => '/learners',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 403, 200, 403],
  },
  {
    name: 'read a learner',
    method: 'get',
    path: (f) => `/learners/${f.learner}`,
    expected: readers,
  },
  {
    name: 'read a record',
    method: 'get',
    path: (f) => `/learners/${f.learner}/record`,
    expected: readers,
  },
  {
    name: 'the record as ELM',
    method: 'get',
    path: (f) => `/learners/${f.learner}/record/elm`,
    expected: readers,
  },
  {
    name: 'enrol a learner',
    method: 'post',
    path: () => '/learners',
    body: (f) => ({
      givenName: 'A',
      familyName: 'B',
      learnerNumber: `N-${++number}`,
      curriculumId: f.curriculumId,
      startedOn: '2026-09-01',
    }),
    expected: [401, 403, 403, 201, 201, 201, 201, 201, 403, 403, 403],
  },
  {
    name: 'edit a learner (stale)',
    method: 'patch',
    path: (f) => `/learners/${f.learner}`,
    body: () => STALE,
    expected: [401, 403, 403, 409, 409, 404, 404, 404, 403, 403, 403],
  },
  {
    name: 'record a result',
    method: 'post',
    path: (f) => `/learners/${f.learner}/achievements`,
    body: (f) => ({ ...result(f), place: 'home', enrolmentId: f.enrolment }),
    expected: [401, 403, 403, 201, 201, 404, 404, 404, 403, 403, 403],
  },
  {
    name: 'delete a result',
    method: 'delete',
    path: (f) => `/learners/${f.learner}/achievements/${NO_SUCH}`,
    expected: [401, 403, 403, 404, 404, 404, 404, 404, 403, 403, 403],
  },
  {
    name: 'export personal data',
    method: 'get',
    path: (f) => `/learners/${f.learner}/export`,
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403],
  },
  {
    name: 'erase personal data',
    method: 'delete',
    path: (f) => `/learners/${f.toErase}`,
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 403, 204, 403],
  },
  {
    name: 'list MoUs',
    method: 'get',
    path: () => '/mous',
    expected: [401, 403, 403, 200, 200, 200, 200, 200, 403, 200, 403],
  },
  { name: 'read a MoU', method: 'get', path: (f) => `/mous/${f.mou}`, expected: mouReaders },
  {
    name: 'a MoU as PDF',
    method: 'get',
    path: (f) => `/mous/${f.mou}/export/pdf?lang=lt`,
    expected: mouReaders,
  },
  {
    name: 'a MoU as PDF (a job)',
    method: 'post',
    path: (f) => `/mous/${f.mou}/export/pdf?lang=lt`,
    expected: accepted(mouReaders),
  },
  {
    name: 'draft a MoU',
    method: 'post',
    path: () => '/mous',
    body: (f) => ({
      title: 'M',
      curriculumId: f.curriculumId,
      partners: [f.home, f.host].map((institutionId) => ({
        institutionId,
        contactName: 'C',
        contactEmail: 'c@example.org',
        unitIds: f.unitIds,
      })),
      assessmentArrangements: 'A',
      validFrom: '2026-01-01',
      validUntil: '2028-01-01',
    }),
    expected: [401, 403, 403, 403, 201, 403, 201, 400, 403, 403, 403],
  },
  {
    name: 'edit a MoU (stale)',
    method: 'patch',
    path: (f) => `/mous/${f.mou}`,
    body: () => STALE,
    expected: [401, 403, 403, 403, 409, 403, 403, 404, 403, 403, 403],
  },
  {
    name: 'accept a MoU (stale)',
    method: 'post',
    path: (f) => `/mous/${f.mou}/accept`,
    body: () => STALE,
    expected: [401, 403, 403, 403, 409, 403, 409, 404, 403, 403, 403],
  },
  {
    name: 'reject a MoU (stale)',
    method: 'post',
    path: (f) => `/mous/${f.mou}/reject`,
    body: () => REASON,
    expected: [401, 403, 403, 403, 409, 403, 409, 404, 403, 403, 403],
  },
  {
    name: 'list agreements',
    method: 'get',
    path: () => '/mobilities',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'read an agreement',
    method: 'get',
    path: (f) => `/mobilities/${f.mobility}`,
    expected: mobilityReaders,
  },
  {
    name: 'an agreement as PDF',
    method: 'get',
    path: (f) => `/mobilities/${f.mobility}/export/pdf?lang=et`,
    expected: mobilityReaders,
  },
  {
    name: 'an agreement as PDF (a job)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/export/pdf?lang=et`,
    expected: accepted(mobilityReaders),
  },
  {
    name: 'draft an agreement',
    method: 'post',
    path: () => '/mobilities',
    body: (f) => ({
      mouId: f.mou,
      learnerId: f.learner,
      hostInstitutionId: f.host,
      startsOn: '2027-03-01',
      endsOn: '2027-03-31',
      unitIds: [f.unitIds[1]],
      placement: {
        company: 'Müller GmbH',
        address: '',
        mentor: 'J. Weiß',
        mentorEmail: '',
        hours: 120,
      },
      assessment: 'A',
      recording: 'R',
    }),
    expected: [401, 403, 403, 403, 201, 403, 400, 400, 403, 403, 403],
  },
  {
    name: 'edit an agreement (stale)',
    method: 'patch',
    path: (f) => `/mobilities/${f.mobility}`,
    body: () => STALE,
    expected: [401, 403, 403, 403, 409, 403, 403, 404, 403, 403, 403],
  },
  {
    name: 'sign an agreement (stale)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/accept`,
    body: () => STALE,
    expected: [401, 409, 404, 403, 409, 403, 409, 404, 404, 403, 404],
  },
  {
    name: 'reject an agreement (stale)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/reject`,
    body: () => REASON,
    expected: [401, 409, 404, 403, 403, 403, 409, 404, 404, 403, 404],
  },
  {
    name: 'read a transcript',
    method: 'get',
    path: (f) => `/mobilities/${f.mobility}/transcript`,
    expected: mobilityReaders,
  },
  {
    name: 'a transcript as PDF',
    method: 'get',
    path: (f) => `/mobilities/${f.mobility}/transcript/export/pdf?lang=lv`,
    expected: mobilityReaders,
  },
  {
    name: 'a transcript as PDF (a job)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/transcript/export/pdf?lang=lv`,
    expected: accepted(mobilityReaders),
  },
  {
    name: 'record a result abroad',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/transcript/lines`,
    body: result,
    expected: [401, 403, 403, 403, 403, 201, 201, 404, 403, 403, 403],
  },
  {
    name: 'delete a result abroad',
    method: 'delete',
    path: (f) => `/mobilities/${f.mobility}/transcript/lines/${NO_SUCH}`,
    expected: [401, 403, 403, 403, 403, 404, 404, 404, 403, 403, 403],
  },
  {
    name: 'issue a transcript (stale)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/transcript/issue`,
    body: () => STALE,
    expected: [401, 403, 403, 403, 403, 403, 409, 404, 403, 403, 403],
  },
  {
    name: 'recognise a line (too early)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/transcript/lines/${NO_SUCH}/accept`,
    body: () => STALE,
    expected: [401, 403, 403, 403, 409, 403, 403, 404, 403, 403, 403],
  },
  {
    name: 'refuse a line (too early)',
    method: 'post',
    path: (f) => `/mobilities/${f.mobility}/transcript/lines/${NO_SUCH}/reject`,
    body: () => REASON,
    expected: [401, 403, 403, 403, 409, 403, 403, 404, 403, 403, 403],
  },
];

describe(`the access matrix of learner records and mobility (${testDatabase()})`, () => {
  let t: TestApp;
  let fixture: Fixture;
  const users = new Map<Subject, TestUser>();
  const as = (who: Subject) => client(t.server, users.get(who)?.token);

  beforeAll(async () => {
    t = await startTestApp();
    const [home, host, third] = [
      await createInstitution(t, 'school'),
      await createInstitution(t, 'school'),
      await createInstitution(t, 'school'),
    ];
    users.set('learner', await createUser(t, 'learner'));
    users.set('otherLearner', await createUser(t, 'learner'));
    users.set('homeAuthor', await createUser(t, 'author', home));
    users.set('homeCoordinator', await createUser(t, 'mobility-coordinator', home));
    users.set('hostAuthor', await createUser(t, 'author', host));
    users.set('hostCoordinator', await createUser(t, 'mobility-coordinator', host));
    users.set('thirdCoordinator', await createUser(t, 'mobility-coordinator', third));
    users.set(
      'reviewer',
      await createUser(t, 'reviewer', await createInstitution(t, 'association')),
    );
    users.set('admin', await createUser(t, 'admin'));
    users.set('company', await createUser(t, 'company', await createInstitution(t, 'company')));
    const { status: _status, ...content } = demoCurricula[0];
    const curriculum = await publishContent(t, content, host);
    const unitIds = curriculum.units.slice(0, 3).map((u) => u.id);
    const enrol = async (email?: string) =>
      (
        await as('homeAuthor')
          .post(`${api}/learners`)
          .send({
            givenName: 'Jonas',
            familyName: 'Petrauskas',
            learnerNumber: `L-${++number}`,
            accountEmail: email,
            curriculumId: curriculum.id,
            startedOn: '2026-09-01',
          })
          .expect(201)
      ).body;
    const learner = await enrol(users.get('learner')?.email);
    await enrol(users.get('otherLearner')?.email);
    const toErase = await enrol();
    await as('homeAuthor')
      .post(`${api}/learners/${learner.id}/achievements`)
      .send({
        enrolmentId: learner.enrolments[0].id,
        unitId: unitIds[0],
        assessedOn: '2026-11-01',
        method: 'Test',
        result: 'passed',
        assessor: 'R. K.',
        place: 'home',
      })
      .expect(201);
    let mou = (
      await as('homeCoordinator')
        .post(`${api}/mous`)
        .send({
          title: 'MoU',
          curriculumId: curriculum.id,
          partners: [home, host].map((institutionId) => ({
            institutionId,
            contactName: 'C',
            contactEmail: 'c@example.org',
            unitIds,
          })),
          assessmentArrangements: 'A',
          validFrom: '2026-01-01',
          validUntil: '2028-01-01',
        })
        .expect(201)
    ).body;
    mou = (
      await as('homeCoordinator')
        .post(`${api}/mous/${mou.id}/accept`)
        .send({ version: mou.version })
        .expect(200)
    ).body;
    mou = (
      await as('hostCoordinator')
        .post(`${api}/mous/${mou.id}/accept`)
        .send({ version: mou.version })
        .expect(200)
    ).body;
    let mobility = (
      await as('homeCoordinator')
        .post(`${api}/mobilities`)
        .send({
          mouId: mou.id,
          learnerId: learner.id,
          hostInstitutionId: host,
          startsOn: '2027-03-01',
          endsOn: '2027-04-09',
          unitIds: unitIds.slice(1),
          placement: {
            company: 'Müller GmbH',
            address: '',
            mentor: 'J. Weiß',
            mentorEmail: '',
            hours: 240,
          },
          assessment: 'A',
          recording: 'R',
        })
        .expect(201)
    ).body;
    for (const who of ['homeCoordinator', 'hostCoordinator', 'learner'] as const)
      mobility = (
        await as(who)
          .post(`${api}/mobilities/${mobility.id}/accept`)
          .send({ version: mobility.version })
          .expect(200)
      ).body;
    fixture = {
      curriculumId: curriculum.id,
      unitIds,
      home,
      host,
      learner: learner.id,
      toErase: toErase.id,
      enrolment: learner.enrolments[0].id,
      mou: mou.id,
      mobility: mobility.id,
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  const rows = CASES.flatMap((c) =>
    SUBJECTS.map((subject, i) => [c.name, subject, c, c.expected[i]] as const),
  );

  it.each(rows)('%s as %s', async (_name, subject, c, status) => {
    const call = as(subject)[c.method](`${api}${c.path(fixture)}`);
    const response = c.body ? await call.send(c.body(fixture)) : await call;
    if (response.status !== status) {
      throw new Error(
        `${c.method.toUpperCase()} ${c.path(fixture)} as ${subject}: expected ${status}, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
      );
    }
    expect(response.status).toBe(status);
  });

  it('lists to each caller only the learners and agreements it may see: no leaks', async () => {
    const learners = async (who: Subject) =>
      ((await as(who).get(`${api}/learners`).expect(200)).body as LearnerSummary[]).map(
        (l) => l.id,
      );
    expect(await learners('learner')).toEqual([fixture.learner]);
    expect(await learners('otherLearner')).not.toContain(fixture.learner);
    expect(await learners('otherLearner')).toHaveLength(1);
    expect(await learners('hostAuthor')).not.toContain(fixture.learner);
    expect(await learners('hostCoordinator')).not.toContain(fixture.learner);
    expect(await learners('homeAuthor')).toContain(fixture.learner);
    const agreements = async (who: Subject) =>
      ((await as(who).get(`${api}/mobilities`).expect(200)).body as MobilitySummary[]).map(
        (m) => m.id,
      );
    expect(await agreements('learner')).toContain(fixture.mobility);
    for (const who of ['otherLearner', 'thirdCoordinator', 'reviewer', 'company'] as const)
      expect(await agreements(who)).not.toContain(fixture.mobility);
    // The host's staff read the agreement, never the learner's record or other learners of home.
    const agreement = JSON.stringify(
      (await as('hostAuthor').get(`${api}/mobilities/${fixture.mobility}`).expect(200)).body,
    );
    expect(agreement).not.toContain('R. K.');
    expect(agreement).toContain('Jonas Petrauskas');
  });
});
