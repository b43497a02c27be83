import type { Curriculum } from '@curriculum-builder/curriculum';
import { fieldId, pendingChanges } from './pending-changes';

const base: Curriculum = {
  id: 'c1',
  version: 3,
  status: 'draft',
  institutionId: 'i1',
  code: 'ZM',
  title: { de: 'Zerspanungsmechaniker/in' },
  description: {},
  eqfLevel: 4,
  nqfLevel: 4,
  iscedFCode: '0715',
  occupation: null,
  durationMonths: 42,
  referenceDurationMonths: 42,
  programmeForm: 'school-based',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 210,
  primaryLanguage: 'de',
  languages: ['de', 'en'],
  requiredLanguages: ['de'],
  electiveGroups: [],
  assessmentPlan: [],
  thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
  publishedVersion: null,
  createdAt: '2026-11-21T00:00:00.000Z',
  updatedAt: '2026-11-21T00:00:00.000Z',
  units: [
    {
      id: 'u1',
      version: 5,
      code: 'ZM-10',
      title: { de: 'CNC-Programmierung' },
      description: {},
      eqfLevel: 4,
      ecvetPoints: 20,
      mandatory: true,
      electiveGroup: null,
      addOn: false,
      year: 2,
      term: 1,
      endYear: null,
      endTerm: null,
      guidedHours: null,
      nationalCredits: null,
      areas: [],
      escoSkills: [],
      prerequisites: [],
      assessment: { methods: [], criteria: {} },
      outcomes: [
        { id: 'o1', version: 2, category: 'skill', text: { de: 'programmiert' }, escoSkill: null },
      ],
    },
  ],
  workBasedLearning: [],
};

describe('pendingChanges', () => {
  it('finds nothing when the working copy is the server copy', () => {
    expect(pendingChanges(base, JSON.parse(JSON.stringify(base)) as Curriculum)).toEqual([]);
  });

  it('sends only changed fields, each with the version of its own entity', () => {
    const working: Curriculum = {
      ...base,
      eqfLevel: 3,
      units: [
        {
          ...base.units[0],
          ecvetPoints: 25,
          outcomes: [
            {
              ...base.units[0].outcomes[0],
              text: { de: 'erstellt CNC-Programme', en: 'writes CNC programs' },
            },
          ],
        },
      ],
    };
    expect(pendingChanges(base, working)).toEqual([
      { kind: 'curriculum', version: 3, body: { eqfLevel: 3 } },
      { kind: 'unit', unitId: 'u1', version: 5, body: { ecvetPoints: 25 } },
      {
        kind: 'outcome',
        unitId: 'u1',
        outcomeId: 'o1',
        version: 2,
        body: { text: { de: 'erstellt CNC-Programme', en: 'writes CNC programs' } },
      },
    ]);
  });
});

describe('fieldId', () => {
  it('turns a finding path into the id of its input', () => {
    expect(fieldId('units[2].outcomes[0].text')).toBe('f-units-2-outcomes-0-text');
    expect(fieldId('ecvetPoints')).toBe('f-ecvetPoints');
    expect(fieldId('')).toBe('f-curriculum');
  });
});
