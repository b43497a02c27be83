import type {
  LearnerRecord,
  Mobility,
  Mou,
  Transcript,
  TranscriptLine,
  UnitRef,
} from '@curriculum-builder/curriculum';

/** Test data for the mobility and learner specs (not part of the app bundle: only specs import it). */

export const HOME = { id: 'school-home', name: 'Berufsschule Nord', country: 'DE' };
export const HOST = { id: 'school-host', name: 'Vilnius VET Centre', country: 'LT' };

export function unitRef(id: string, code: string, points = 10): UnitRef {
  return {
    id,
    code,
    title: { en: `Unit ${code}`, de: `Einheit ${code}` },
    ecvetPoints: points,
    outcomes: [
      { id: `${id}-o1`, text: { en: `Sets up ${code}` } },
      { id: `${id}-o2`, text: { en: `Checks ${code}` } },
    ],
  };
}

const CURRICULUM = {
  id: 'c1',
  version: 2,
  code: 'ZM-4',
  title: { en: 'Machining', de: 'Zerspanung' },
  primaryLanguage: 'de',
};

export function mou(overrides: Partial<Mou> = {}): Mou {
  return {
    id: 'mou1',
    version: 3,
    status: 'proposed',
    title: 'Machining exchange North–Vilnius',
    initiator: HOME,
    curriculum: CURRICULUM,
    units: [unitRef('u1', 'ZM-01'), unitRef('u2', 'ZM-02', 15), unitRef('u3', 'ZM-03')],
    partners: [
      {
        institution: HOME,
        contactName: 'Hanna Home',
        contactEmail: 'hanna@nord.example',
        unitIds: ['u1', 'u2', 'u3'],
        acceptedAt: '2026-03-01T09:00:00.000Z',
        acceptedBy: 'Hanna Home',
      },
      {
        institution: HOST,
        contactName: 'Lina Host',
        contactEmail: 'lina@vilnius.example',
        unitIds: ['u2', 'u3'],
        acceptedAt: null,
        acceptedBy: null,
      },
    ],
    assessmentArrangements: 'Assessed by the host on the agreed outcomes.',
    validFrom: '2026-03-01',
    validUntil: '2028-02-28',
    awaitingCaller: false,
    history: [
      {
        at: '2026-03-01T09:00:00.000Z',
        action: 'mou.drafted',
        by: 'Hanna Home',
        institution: HOME.name,
        detail: null,
      },
    ],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function mobility(overrides: Partial<Mobility> = {}): Mobility {
  return {
    id: 'm1',
    version: 4,
    status: 'proposed',
    mouId: 'mou1',
    learner: { id: 'l1', name: 'Lea Lernend', learnerNumber: 'N-17', dateOfBirth: null },
    enrolmentId: 'e1',
    home: HOME,
    host: HOST,
    curriculum: CURRICULUM,
    startsOn: '2026-04-01',
    endsOn: '2026-06-30',
    unitIds: ['u2'],
    outcomeIds: [],
    units: [unitRef('u2', 'ZM-02', 15)],
    placement: {
      company: 'Baltic Parts UAB',
      address: 'Gedimino pr. 1, Vilnius',
      mentor: 'Jonas Mentor',
      mentorEmail: 'jonas@baltic.example',
      hours: 320,
    },
    assessment: 'Practical task at the company.',
    recording: 'On the Personal Transcript.',
    signatures: [
      { party: 'home', at: '2026-03-10T10:00:00.000Z', by: 'Hanna Home' },
      { party: 'host', at: null, by: null },
      { party: 'learner', at: null, by: null },
    ],
    callerParty: null,
    awaitingCaller: false,
    history: [],
    createdAt: '2026-03-09T10:00:00.000Z',
    updatedAt: '2026-03-10T10:00:00.000Z',
    ...overrides,
  };
}

export function line(overrides: Partial<TranscriptLine> = {}): TranscriptLine {
  return {
    id: 'line1',
    version: 1,
    unitId: 'u2',
    outcomeId: null,
    assessedOn: '2026-06-20',
    method: 'practical-task',
    result: 'passed',
    grade: 'A',
    assessor: 'Rasa Assessor',
    place: 'company',
    placeName: 'Baltic Parts UAB',
    ecvetPoints: 15,
    decision: 'pending',
    reason: null,
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}

export function transcript(overrides: Partial<Transcript> = {}): Transcript {
  return {
    mobilityId: 'm1',
    version: 1,
    issuedAt: null,
    issuedBy: null,
    lines: [],
    points: { passed: 0, recognised: 0 },
    ...overrides,
  };
}

/** A record of 60 required points: 10 achieved at home, 15 recognised from abroad, 10 in progress. */
export function learnerRecord(): LearnerRecord {
  const enrolment = {
    id: 'e1',
    curriculumId: 'c1',
    curriculumVersion: 2,
    code: 'ZM-4',
    title: { en: 'Machining', de: 'Zerspanung' },
    startedOn: '2025-09-01',
    status: 'active' as const,
  };
  const base = {
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    outcomes: 2,
    outcomesPassed: 0,
    abroad: false,
  };
  return {
    learner: {
      id: 'l1',
      version: 1,
      institutionId: HOME.id,
      institutionName: HOME.name,
      givenName: 'Lea',
      familyName: 'Lernend',
      dateOfBirth: null,
      learnerNumber: 'N-17',
      userId: 'u-learner',
      enrolments: [enrolment],
      erased: false,
    },
    enrolments: [
      {
        enrolment,
        units: [
          {
            ...base,
            unitId: 'u1',
            code: 'ZM-01',
            title: { en: 'Unit ZM-01' },
            ecvetPoints: 10,
            state: 'achieved',
            place: 'home',
            placeName: null,
            achievedOn: '2026-01-15',
          },
          {
            ...base,
            unitId: 'u2',
            code: 'ZM-02',
            title: { en: 'Unit ZM-02' },
            ecvetPoints: 15,
            state: 'recognised',
            place: 'host',
            placeName: HOST.name,
            achievedOn: '2026-06-20',
          },
          {
            ...base,
            unitId: 'u3',
            code: 'ZM-03',
            title: { en: 'Unit ZM-03' },
            ecvetPoints: 10,
            state: 'in-progress',
            place: null,
            placeName: null,
            achievedOn: null,
            outcomesPassed: 1,
          },
          {
            ...base,
            unitId: 'u4',
            code: 'ZM-04',
            title: { en: 'Unit ZM-04' },
            ecvetPoints: 25,
            state: 'remaining',
            place: null,
            placeName: null,
            achievedOn: null,
          },
        ],
        points: {
          required: 60,
          counted: 25,
          recognised: 15,
          inProgress: 10,
          remaining: 25,
          addOns: 0,
        },
        achievements: [
          {
            id: 'a1',
            enrolmentId: 'e1',
            unitId: 'u1',
            outcomeId: null,
            kind: 'assessed',
            assessedOn: '2026-01-15',
            method: 'written-exam',
            result: 'passed',
            grade: '2',
            assessor: 'Herr Prüfer',
            place: 'home',
            placeName: null,
            evidence: null,
            mobilityId: null,
            recordedAt: '2026-01-16T08:00:00.000Z',
          },
        ],
      },
    ],
  };
}
