import type { Curriculum, LearningOutcome } from '@curriculum-builder/curriculum';
import { fieldId, pendingChanges } from './pending-changes';

const base: Curriculum = {
  id: 'c1',
  version: 3,
  status: 'draft',
  institutionId: 'i1',
  code: 'ZM',
  qualificationCode: null,
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
  partialQualifications: [],
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
        {
          id: 'o1',
          version: 2,
          category: 'skill',
          text: { de: 'programmiert' },
          criteria: {},
          escoSkills: [],
          escoSkill: null,
        },
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

  describe("an outcome's ESCO skills", () => {
    const CNC = {
      uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
      label: { de: 'CNC-Maschinen bedienen' },
    };
    const DRAWINGS = {
      uri: 'http://data.europa.eu/esco/skill/0a2d9d6b-2f5c-4a8a-9f0e-2b7c3c1d4e5f',
      label: { de: 'Technische Zeichnungen lesen' },
    };
    const withOutcome = (patch: Partial<LearningOutcome>): Curriculum => ({
      ...base,
      units: [{ ...base.units[0], outcomes: [{ ...base.units[0].outcomes[0], ...patch }] }],
    });
    const server = withOutcome({ escoSkills: [CNC], escoSkill: CNC });

    it('sends the list alone, even when the main skill changed with it', () => {
      const body = { escoSkills: [DRAWINGS, CNC] };
      expect(pendingChanges(server, withOutcome({ ...body, escoSkill: DRAWINGS }))).toEqual([
        { kind: 'outcome', unitId: 'u1', outcomeId: 'o1', version: 2, body },
      ]);
      expect(pendingChanges(server, withOutcome({ escoSkills: [] }))).toEqual([
        { kind: 'outcome', unitId: 'u1', outcomeId: 'o1', version: 2, body: { escoSkills: [] } },
      ]);
    });

    it('still sends a main skill changed alone (a change kept from before the list)', () => {
      expect(
        pendingChanges(server, withOutcome({ escoSkills: [CNC], escoSkill: DRAWINGS })),
      ).toEqual([
        {
          kind: 'outcome',
          unitId: 'u1',
          outcomeId: 'o1',
          version: 2,
          body: { escoSkill: DRAWINGS },
        },
      ]);
    });
  });
});

describe('fieldId', () => {
  it('turns a finding path into the id of its input', () => {
    expect(fieldId('units[2].outcomes[0].text')).toBe('f-units-2-outcomes-0-text');
    expect(fieldId('ecvetPoints')).toBe('f-ecvetPoints');
    expect(fieldId('')).toBe('f-curriculum');
  });
});
