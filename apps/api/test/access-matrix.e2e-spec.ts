import type { Curriculum, ReviewComment } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, createInstitution, createUser, link, TestUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { until } from './support/jobs';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

type Subject =
  | 'anonymous'
  | 'learner'
  | 'author'
  | 'otherAuthor'
  | 'reviewer'
  | 'otherReviewer'
  | 'admin'
  | 'coordinator'
  | 'company';
/** coordinator: a mobility coordinator of the author's school; company: a company's WBL mentor. */
const SUBJECTS: Subject[] = [
  'anonymous',
  'learner',
  'author',
  'otherAuthor',
  'reviewer',
  'otherReviewer',
  'admin',
  'coordinator',
  'company',
];

interface Fixture {
  draft: Curriculum;
  inReview: Curriculum;
  published: Curriculum;
  /** Published, for the one case that reopens it. */
  toReopen: Curriculum;
  /** Reviewed first by otherReviewer's association, now in review at reviewer's only. */
  reviewedElsewhere: Curriculum;
  /** otherReviewer's thread from that earlier round. */
  earlierThread: string;
  /** Library entries of the published curriculum's units: CC BY 4.0, and for network members. */
  entry: string;
  membersEntry: string;
  /** The company's placement offer, and the author's request for the draft's WBL period. */
  offer: string;
  placementRequest: string;
  /** The author's export job of the draft, done (ADR 0032). */
  job: string;
}

/** A placement offer as a company publishes it. */
const PLACEMENT_OFFER = {
  title: { en: 'Placement in CNC production' },
  city: 'Augsburg',
  country: 'DE',
  startsOn: '2027-03-01',
  endsOn: '2027-05-31',
  hoursPerWeek: 38,
  capacity: 3,
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
      label: { en: 'operate CNC machines' },
    },
  ],
  languages: ['de'],
  contact: { name: 'Training office', email: 'training@example.com' },
};

interface Case {
  readonly name: string;
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: (f: Fixture) => string;
  readonly body?: (f: Fixture) => object;
  /** Expected status per subject, in the order of SUBJECTS. */
  readonly expected: readonly [
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
}

const NO_SUCH = '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f';
const unitBody = { code: 'M-1', title: { de: 'Matrix' }, eqfLevel: 4, ecvetPoints: 5, year: 1 };
const comment = { targetType: 'curriculum', verdict: 'agree', text: 'ok' };

// anon learner author otherAuthor reviewer otherReviewer admin coordinator company
// (the mobility coordinator holds no permission yet: answered as a learner)
const CASES: Case[] = [
  {
    name: 'health',
    method: 'get',
    path: () => '/health',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'export formats',
    method: 'get',
    path: () => '/export-formats',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'preview a CASE import (an empty package)',
    method: 'post',
    path: () => '/curricula/import/case/preview',
    body: () => ({}),
    expected: [401, 403, 422, 422, 403, 403, 403, 403, 403],
  },
  {
    name: 'preview an Excel import (not a workbook)',
    method: 'post',
    path: () => '/curricula/import/xlsx/preview',
    body: () => ({}),
    expected: [401, 403, 422, 422, 403, 403, 403, 403, 403],
  },
  {
    name: 'CASE provider: the published documents',
    method: 'get',
    path: () => '/ims/case/v1p1/CFDocuments',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'CASE provider: a published package',
    method: 'get',
    path: (f) => `/ims/case/v1p1/CFPackages/${f.published.id}`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'CASE provider: never a draft, not even to its authors',
    method: 'get',
    path: (f) => `/ims/case/v1p1/CFPackages/${f.draft.id}`,
    expected: [404, 404, 404, 404, 404, 404, 404, 404, 404],
  },
  {
    name: 'CASE provider: an item of a draft',
    method: 'get',
    path: (f) => `/ims/case/v1p1/CFItems/${f.draft.units[0].id}`,
    expected: [404, 404, 404, 404, 404, 404, 404, 404, 404],
  },
  {
    name: 'export a draft (any format of the registry)',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/export/csv`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  ...['xlsx', 'docx', 'docx-units'].map((format): Case => ({
    name: `export a draft as ${format}`,
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/export/${format}`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  })),
  ...['xlsx', 'docx'].map((format): Case => ({
    name: `import a ${format} file (a body that is none)`,
    method: 'post',
    path: () => `/curricula/import/${format}`,
    body: () => ({}),
    expected: [401, 403, 422, 422, 403, 403, 403, 403, 403],
  })),
  {
    name: 'export one in review',
    method: 'get',
    path: (f) => `/curricula/${f.inReview.id}/export/case`,
    expected: [404, 404, 200, 404, 200, 404, 200, 404, 404],
  },
  {
    name: 'export a published one as PDF',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/export/pathway-pdf`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'export in a format that does not exist',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/export/odt`,
    expected: [404, 404, 404, 404, 404, 404, 404, 404, 404],
  },
  // Background jobs (ADR 0032): asked for like the export, seen by the account that asked.
  {
    name: 'export a draft as a job',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/export/csv`,
    expected: [404, 404, 202, 404, 404, 404, 202, 404, 404],
  },
  {
    name: 'export a published one as a job',
    method: 'post',
    path: (f) => `/curricula/${f.published.id}/export/pathway-pdf`,
    expected: [202, 202, 202, 202, 202, 202, 202, 202, 202],
  },
  {
    name: 'the author’s export job',
    method: 'get',
    path: (f) => `/jobs/${f.job}`,
    expected: [404, 404, 200, 404, 404, 404, 404, 404, 404],
  },
  {
    name: 'the file of the author’s export job',
    method: 'get',
    path: (f) => `/jobs/${f.job}/result`,
    expected: [404, 404, 200, 404, 404, 404, 404, 404, 404],
  },
  {
    name: 'jobs given up (dead letters)',
    method: 'get',
    path: () => '/jobs?state=failed',
    expected: [401, 403, 403, 403, 403, 403, 200, 403, 403],
  },
  {
    name: 'own session',
    method: 'get',
    path: () => '/auth/session',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'catalogue',
    method: 'get',
    path: () => '/curricula',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'read a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'read one in review',
    method: 'get',
    path: (f) => `/curricula/${f.inReview.id}`,
    expected: [404, 404, 200, 404, 200, 404, 200, 404, 404],
  },
  {
    name: 'read a published one',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'create',
    method: 'post',
    path: () => '/curricula',
    body: () => ({
      code: 'M',
      title: { de: 'M' },
      eqfLevel: 4,
      durationMonths: 12,
      primaryLanguage: 'de',
    }),
    expected: [401, 403, 201, 201, 403, 403, 403, 403, 403],
  },
  {
    name: 'edit a draft (stale version)',
    method: 'patch',
    path: (f) => `/curricula/${f.draft.id}`,
    body: () => ({ version: 999 }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'edit a published one (stale)',
    method: 'patch',
    path: (f) => `/curricula/${f.published.id}`,
    body: () => ({ version: 999 }),
    expected: [401, 403, 409, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'delete a draft (stale)',
    method: 'delete',
    path: (f) => `/curricula/${f.draft.id}?version=999`,
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'add a unit',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/units`,
    body: () => unitBody,
    expected: [401, 403, 201, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'edit an outcome (stale)',
    method: 'patch',
    path: (f) =>
      `/curricula/${f.draft.id}/units/${f.draft.units[0].id}/outcomes/${f.draft.units[0].outcomes[0].id}`,
    body: () => ({ version: 999 }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'reorder units (stale)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/units/reorder`,
    body: (f) => ({ version: 999, ids: f.draft.units.map((u) => u.id) }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'edit a WBL period (stale)',
    method: 'patch',
    path: (f) => `/curricula/${f.draft.id}/work-based-learning/${f.draft.workBasedLearning[0].id}`,
    body: () => ({ version: 999 }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'confirm imported values (stale)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/imported-values/confirm`,
    body: () => ({ version: 999 }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'duplicate a draft',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/duplicate`,
    expected: [401, 403, 201, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'duplicate a published one',
    method: 'post',
    path: (f) => `/curricula/${f.published.id}/duplicate`,
    expected: [401, 403, 201, 201, 403, 403, 403, 403, 403],
  },
  {
    name: 'validate a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/validation`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'translations of a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/translations`,
    expected: [401, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'translations of a curriculum in review (its reviewers see them)',
    method: 'get',
    path: (f) => `/curricula/${f.inReview.id}/translations?state=stale`,
    expected: [401, 404, 200, 404, 200, 404, 200, 404, 404],
  },
  {
    name: 'translations of a published curriculum: its working copy only',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/translations`,
    expected: [401, 403, 200, 403, 403, 403, 200, 403, 403],
  },
  {
    name: 'a draft as XLIFF (into a language it does not declare)',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/translations/xliff?language=en`,
    expected: [401, 404, 400, 404, 404, 404, 400, 404, 404],
  },
  {
    name: 'translate a text of a draft (into a language it does not declare)',
    method: 'put',
    path: (f) => `/curricula/${f.draft.id}/translations/curriculum.title/en`,
    body: () => ({ text: 'Matrix', sourceVersion: '0000000000000000' }),
    expected: [401, 403, 400, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'import XLIFF into a draft (not an XLIFF file)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/translations/xliff`,
    body: () => ({}),
    expected: [401, 403, 422, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'other programmes of a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/programmes`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'other programmes of a published one',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/programmes`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'audit trail',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/audit`,
    expected: [401, 403, 200, 404, 403, 403, 200, 403, 403],
  },
  {
    name: 'submit an invalid draft',
    method: 'post',
    path: (f) => `/curricula/${f.published.id}/submit`,
    expected: [401, 403, 409, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'approve a draft',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/approve`,
    expected: [401, 403, 403, 403, 404, 404, 403, 403, 403],
  },
  {
    name: 'request changes on a published one',
    method: 'post',
    path: (f) => `/curricula/${f.published.id}/request-changes`,
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'publish again',
    method: 'post',
    path: (f) => `/curricula/${f.published.id}/publish`,
    expected: [401, 403, 409, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'reopen a draft',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/reopen`,
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'reopen a published one',
    method: 'post',
    path: (f) => `/curricula/${f.toReopen.id}/reopen`,
    expected: [401, 403, 200, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'versions of a published one',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/versions`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'versions of a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/versions`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'diff of published versions',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/diff?from=1&to=1`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'review threads',
    method: 'get',
    path: (f) => `/curricula/${f.inReview.id}/reviews`,
    expected: [401, 403, 200, 404, 200, 404, 200, 403, 403],
  },
  {
    name: 'comment',
    method: 'post',
    path: (f) => `/curricula/${f.inReview.id}/reviews`,
    body: () => comment,
    expected: [401, 403, 403, 403, 201, 404, 403, 403, 403],
  },
  {
    name: "review threads of another association's earlier round",
    method: 'get',
    path: (f) => `/curricula/${f.reviewedElsewhere.id}/reviews`,
    expected: [401, 403, 200, 404, 200, 404, 200, 403, 403],
  },
  {
    name: "reply in another association's earlier thread",
    method: 'post',
    path: (f) => `/curricula/${f.reviewedElsewhere.id}/reviews/${f.earlierThread}/replies`,
    body: () => ({ text: 'matrix' }),
    expected: [401, 403, 201, 404, 403, 404, 403, 403, 403],
  },
  {
    name: 'accept an unknown comment',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/reviews/${NO_SUCH}/accept`,
    expected: [401, 403, 404, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'list users',
    method: 'get',
    path: () => '/users',
    expected: [401, 403, 403, 403, 403, 403, 200, 403, 403],
  },
  {
    name: 'deactivate an unknown user',
    method: 'patch',
    path: () => `/users/${NO_SUCH}`,
    body: () => ({ active: false }),
    expected: [401, 403, 403, 403, 403, 403, 404, 403, 403],
  },
  {
    name: 'issue a reset link for an unknown user',
    method: 'post',
    path: () => `/users/${NO_SUCH}/password-reset`,
    expected: [401, 403, 403, 403, 403, 403, 404, 403, 403],
  },
  {
    name: 'read the security log',
    method: 'get',
    path: () => '/security-events?limit=5',
    expected: [401, 403, 403, 403, 403, 403, 200, 403, 403],
  },
  {
    name: 'change own password (wrong current one)',
    method: 'post',
    path: () => '/auth/password',
    body: () => ({
      currentPassword: 'not-the-current-one',
      newPassword: 'Neue-Spindel-Drehzahl-77',
    }),
    expected: [401, 400, 400, 400, 400, 400, 400, 400, 400],
  },
  {
    name: 'keep own interface language',
    method: 'put',
    path: () => '/auth/preferences',
    body: () => ({ uiLanguage: 'de' }),
    expected: [401, 204, 204, 204, 204, 204, 204, 204, 204],
  },
  {
    name: 'set a password with an unknown reset token',
    method: 'post',
    path: () => '/auth/password-reset',
    body: () => ({ token: 'x'.repeat(43), newPassword: 'Neue-Spindel-Drehzahl-77' }),
    expected: [400, 400, 400, 400, 400, 400, 400, 400, 400],
  },
  {
    name: 'list institutions',
    method: 'get',
    path: () => '/institutions',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'search ESCO occupations (reference data for every signed-in user)',
    method: 'get',
    path: () => '/esco/occupations?q=cnc',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: "an ESCO occupation's skills",
    method: 'get',
    path: () =>
      '/esco/skills?occupation=http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'ESCO suggestions while writing',
    method: 'get',
    path: () => '/esco/suggestions?text=program%20a%20CNC%20controller',
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'skills coverage of a draft (its working copy)',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/coverage`,
    expected: [404, 404, 200, 404, 404, 404, 200, 404, 404],
  },
  {
    name: 'skills coverage of a curriculum in review (its reviewers see it)',
    method: 'get',
    path: (f) => `/curricula/${f.inReview.id}/coverage?format=csv`,
    expected: [404, 404, 200, 404, 200, 404, 200, 404, 404],
  },
  {
    name: 'skills coverage of a published curriculum',
    method: 'get',
    path: (f) => `/curricula/${f.published.id}/coverage`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: "inventory of a school's published curricula",
    method: 'get',
    path: (f) => `/coverage?institution=${f.published.institutionId}`,
    expected: [401, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  // The shared library (issue #21): entries under CC BY 4.0 for all, members-only ones for the
  // publisher's network (the author's school and the reviewer's association; its coordinator).
  {
    name: 'library search',
    method: 'get',
    path: () => '/library?q=a',
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'library entry under CC BY 4.0',
    method: 'get',
    path: (f) => `/library/${f.entry}`,
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'library entry for network members',
    method: 'get',
    path: (f) => `/library/${f.membersEntry}`,
    expected: [404, 404, 200, 404, 200, 404, 200, 200, 404],
  },
  {
    name: 'library version for network members',
    method: 'get',
    path: (f) => `/library/${f.membersEntry}/versions/1`,
    expected: [404, 404, 200, 404, 200, 404, 200, 200, 404],
  },
  {
    name: 'publish a unit to the library (unchanged: the entry as it is)',
    method: 'post',
    path: () => '/library',
    body: (f) => ({ curriculumId: f.published.id, unitId: f.published.units[0].id }),
    expected: [401, 403, 200, 403, 403, 403, 403, 403, 403],
  },
  {
    name: 'adopt a library unit into a draft',
    method: 'post',
    path: (f) => `/library/${f.entry}/adopt`,
    body: (f) => ({ curriculumId: f.draft.id }),
    expected: [401, 403, 201, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'library updates waiting for a draft',
    method: 'get',
    path: (f) => `/curricula/${f.draft.id}/updates`,
    expected: [401, 403, 200, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'take a library update (none waiting)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/updates/${f.draft.units[0].id}/take`,
    body: () => ({}),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'dismiss a library update (none waiting)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/updates/${f.draft.units[0].id}/dismiss`,
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  // WBL placements (ADR 0030): companies offer and answer; schools' authors match and request.
  {
    name: 'placement offers',
    method: 'get',
    path: () => '/placements',
    expected: [401, 403, 200, 200, 403, 403, 200, 403, 200],
  },
  {
    name: 'a placement offer',
    method: 'get',
    path: (f) => `/placements/${f.offer}`,
    expected: [401, 403, 200, 200, 403, 403, 200, 403, 200],
  },
  {
    name: 'publish a placement offer',
    method: 'post',
    path: () => '/placements',
    body: () => PLACEMENT_OFFER,
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 201],
  },
  {
    name: 'change a placement offer (stale version)',
    method: 'patch',
    path: (f) => `/placements/${f.offer}`,
    body: () => ({ version: 99, capacity: 4 }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 409],
  },
  {
    name: 'placement matches of a WBL period',
    method: 'get',
    path: (f) =>
      `/curricula/${f.draft.id}/work-based-learning/${f.draft.workBasedLearning[0].id}/matches`,
    expected: [401, 403, 200, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'request placements (one pending already)',
    method: 'post',
    path: (f) => `/placements/${f.offer}/requests`,
    body: (f) => ({
      curriculumId: f.draft.id,
      wblId: f.draft.workBasedLearning[0].id,
      places: 1,
    }),
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'placement requests',
    method: 'get',
    path: () => '/placement-requests',
    expected: [401, 403, 200, 200, 403, 403, 200, 403, 200],
  },
  {
    name: 'decline a placement request',
    method: 'post',
    path: (f) => `/placement-requests/${f.placementRequest}/decline`,
    body: () => ({}),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    name: 'accept a declined placement request',
    method: 'post',
    path: (f) => `/placement-requests/${f.placementRequest}/accept`,
    body: () => ({}),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 409],
  },
  {
    name: 'withdraw a declined placement request',
    method: 'post',
    path: (f) => `/placement-requests/${f.placementRequest}/withdraw`,
    expected: [401, 403, 409, 404, 403, 403, 403, 403, 403],
  },
  {
    name: 'comment on an ESCO skill (a gap)',
    method: 'post',
    path: (f) => `/curricula/${f.inReview.id}/reviews`,
    body: () => ({
      targetType: 'esco-skill',
      targetId: 'bf942c60-8539-4951-83ee-63f770da1cb8',
      verdict: 'suggest-change',
      text: 'gap',
    }),
    expected: [401, 403, 403, 403, 201, 404, 403, 403, 403],
  },
  {
    name: 'create an institution',
    method: 'post',
    path: () => '/institutions',
    body: () => ({ name: `Matrix ${Math.random()}`, kind: 'school', country: 'LV' }),
    expected: [401, 403, 403, 403, 403, 403, 201, 403, 403],
  },
  {
    name: "read one's notifications",
    method: 'get',
    path: () => '/notifications',
    expected: [401, 403, 200, 200, 200, 200, 403, 403, 200],
  },
  {
    name: "mark all one's notifications read",
    method: 'post',
    path: () => '/notifications/read',
    expected: [401, 403, 200, 200, 200, 200, 403, 403, 200],
  },
  {
    name: "mark a notification read that is nobody's",
    method: 'post',
    path: () => '/notifications/6f1c2a4e-1111-4bbb-8ccc-000000000000/read',
    expected: [401, 403, 404, 404, 404, 404, 403, 403, 404],
  },
  {
    name: 'say one has a draft open (presence)',
    method: 'post',
    path: (f) => `/curricula/${f.draft.id}/presence`,
    body: () => ({ tabId: '6f1c2a4e-2222-4bbb-8ccc-000000000000' }),
    expected: [401, 403, 200, 404, 404, 404, 200, 403, 403],
  },
  {
    name: 'say one has a curriculum in review open (presence)',
    method: 'post',
    path: (f) => `/curricula/${f.inReview.id}/presence`,
    body: () => ({ tabId: '6f1c2a4e-3333-4bbb-8ccc-000000000000' }),
    expected: [401, 403, 200, 404, 200, 404, 200, 403, 403],
  },
];

describe(`role × endpoint matrix (${testDatabase()})`, () => {
  let t: TestApp;
  let fixture: Fixture;
  const users = new Map<Subject, TestUser | undefined>();

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school');
    const otherSchool = await createInstitution(t, 'school');
    const association = await createInstitution(t, 'association');
    const otherAssociation = await createInstitution(t, 'association');
    await link(t, school, association);
    users.set('anonymous', undefined);
    users.set('learner', await createUser(t, 'learner'));
    users.set('author', await createUser(t, 'author', school));
    users.set('otherAuthor', await createUser(t, 'author', otherSchool));
    users.set('reviewer', await createUser(t, 'reviewer', association));
    users.set('otherReviewer', await createUser(t, 'reviewer', otherAssociation));
    users.set('admin', await createUser(t, 'admin'));
    users.set('coordinator', await createUser(t, 'mobility-coordinator', school));
    users.set('company', await createUser(t, 'company', await createInstitution(t, 'company')));
    const as = (who: Subject) => client(t.server, users.get(who)?.token);
    const store = async () => {
      const content = generateCurriculum({
        units: 6,
        outcomesPerUnit: 2,
        workBasedLearningPeriods: 1,
        languages: ['de'],
        years: 1,
      });
      const id = await storeContent(t, content, school);
      return id;
    };
    const [draft, inReview, published, toReopen, reviewedElsewhere] = [
      await store(),
      await store(),
      await store(),
      await store(),
      await store(),
    ];
    await as('author').post(`${api}/curricula/${inReview}/submit`).send({}).expect(200);
    for (const id of [published, toReopen]) {
      await as('author').post(`${api}/curricula/${id}/submit`).send({}).expect(200);
      await as('reviewer').post(`${api}/curricula/${id}/approve`).expect(200);
      await as('author').post(`${api}/curricula/${id}/publish`).expect(200);
    }
    // Round 1 at otherReviewer's association (a thread, changes requested), round 2 at reviewer's.
    await as('author')
      .post(`${api}/curricula/${reviewedElsewhere}/submit`)
      .send({ associationIds: [otherAssociation] })
      .expect(200);
    const earlierThread: string = (
      await as('otherReviewer')
        .post(`${api}/curricula/${reviewedElsewhere}/reviews`)
        .send({ targetType: 'curriculum', verdict: 'disagree', text: 'Earlier round.' })
        .expect(201)
    ).body.id;
    await as('otherReviewer')
      .post(`${api}/curricula/${reviewedElsewhere}/request-changes`)
      .expect(200);
    await as('author').post(`${api}/curricula/${reviewedElsewhere}/submit`).send({}).expect(200);
    // The published one is not in review any more: its reviewers still read it, but decide nothing.
    const read = async (id: string) =>
      (await as('author').get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
    const publishedTree = await read(published);
    const toLibrary = async (unit: number, licence: string) =>
      (
        await as('author')
          .post(`${api}/library`)
          .send({ curriculumId: published, unitId: publishedTree.units[unit].id, licence })
          .expect(201)
      ).body.id as string;
    const offer = (await as('company').post(`${api}/placements`).send(PLACEMENT_OFFER).expect(201))
      .body.id as string;
    const draftTree = await read(draft);
    const placementRequest = (
      await as('author')
        .post(`${api}/placements/${offer}/requests`)
        .send({ curriculumId: draft, wblId: draftTree.workBasedLearning[0].id, places: 1 })
        .expect(201)
    ).body.id as string;
    const job = (await as('author').post(`${api}/curricula/${draft}/export/csv`).expect(202)).body
      .id as string;
    await until(async () => (await as('author').get(`${api}/jobs/${job}`)).body.state === 'done');
    fixture = {
      job,
      offer,
      placementRequest,
      draft: draftTree,
      inReview: await read(inReview),
      published: publishedTree,
      toReopen: await read(toReopen),
      reviewedElsewhere: await read(reviewedElsewhere),
      earlierThread,
      entry: await toLibrary(0, 'CC-BY-4.0'),
      membersEntry: await toLibrary(1, 'network-members'),
    };
  });

  afterAll(async () => {
    await t.close();
  });

  const rows = CASES.flatMap((c) =>
    SUBJECTS.map((subject, i) => [c.name, subject, c, c.expected[i]] as const),
  );

  it.each(rows)('%s as %s', async (_name, subject, c, status) => {
    // The CASE provider API answers outside /api/v1, where CASE consumers look for it.
    const path = c.path(fixture);
    const url = path.startsWith('/ims/') ? path : `${api}${path}`;
    const call = client(t.server, users.get(subject)?.token)[c.method](url);
    const response = c.body ? await call.send(c.body(fixture)) : await call;
    if (response.status !== status) {
      throw new Error(
        `${c.method.toUpperCase()} ${c.path(fixture)} as ${subject}: expected ${status}, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
      );
    }
    expect(response.status).toBe(status);
  });

  it('shows each subject only what it may see in the catalogue', async () => {
    const codesOf = async (subject: Subject) =>
      (
        (
          await client(t.server, users.get(subject)?.token)
            .get(`${api}/curricula?pageSize=100`)
            .expect(200)
        ).body.items as { id: string; status: string }[]
      ).map((c) => c.id);
    const anonymous = await codesOf('anonymous');
    expect(anonymous).toContain(fixture.published.id);
    expect(anonymous).not.toContain(fixture.draft.id);
    expect(anonymous).not.toContain(fixture.inReview.id);
    expect(await codesOf('reviewer')).toEqual(
      expect.arrayContaining([fixture.inReview.id, fixture.published.id]),
    );
    expect(await codesOf('reviewer')).not.toContain(fixture.draft.id);
    expect(await codesOf('otherAuthor')).not.toContain(fixture.draft.id);
    expect(await codesOf('author')).toEqual(
      expect.arrayContaining([fixture.draft.id, fixture.inReview.id, fixture.published.id]),
    );
  });

  it("shows an earlier association's round to the later one as texts, never its people", async () => {
    const earlier = users.get('otherReviewer');
    const threadsAs = async (subject: Subject) =>
      (
        await client(t.server, users.get(subject)?.token)
          .get(`${api}/curricula/${fixture.reviewedElsewhere.id}/reviews`)
          .expect(200)
      ).body as ReviewComment[];
    const later = await threadsAs('reviewer');
    expect(later[0]).toMatchObject({
      id: fixture.earlierThread,
      text: 'Earlier round.',
      authorId: null,
      authorEmail: null,
      fromOtherAssociation: true,
    });
    const json = JSON.stringify(later);
    expect(json).not.toContain(earlier?.id);
    expect(json).not.toContain(earlier?.email);
    expect(json).not.toContain(earlier?.institutionId);
    for (const subject of ['author', 'admin'] as const) {
      expect((await threadsAs(subject))[0]).toMatchObject({
        authorId: earlier?.id,
        authorEmail: earlier?.email,
        fromOtherAssociation: false,
      });
    }
  });
});
