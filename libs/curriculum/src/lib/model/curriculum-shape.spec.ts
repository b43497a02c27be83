import type { Curriculum, Unit } from './curriculum';
import { DEFAULT_THRESHOLDS } from './curriculum';
import { curriculumShapeProblems, MAX_SHAPE_PROBLEMS } from './curriculum-shape';

const SKILL = {
  uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
  label: { de: 'CNC-Maschinen bedienen' },
};

function unit(code: string): Unit {
  return {
    id: `unit-${code}`,
    version: 1,
    code,
    title: { de: 'Drehen' },
    description: {},
    eqfLevel: 4,
    ecvetPoints: 10,
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    endYear: null,
    endTerm: null,
    guidedHours: 120,
    nationalCredits: null,
    year: 1,
    term: null,
    areas: ['digital-production'],
    escoSkills: [SKILL],
    prerequisites: [],
    assessment: { methods: ['practical-task'], criteria: { de: 'Maßhaltigkeit' } },
    outcomes: [
      {
        id: `outcome-${code}`,
        version: 1,
        category: 'skill',
        text: { de: 'Drehen' },
        criteria: {},
        escoSkills: [],
        escoSkill: null,
      },
    ],
  };
}

const curriculum: Curriculum = {
  id: 'c1',
  version: 3,
  status: 'draft',
  institutionId: 'i1',
  code: 'ZM',
  qualificationCode: 'ZM-Q',
  title: { de: 'Zerspanungsmechaniker/in' },
  description: {},
  eqfLevel: 4,
  nqfLevel: null,
  iscedFCode: '0715',
  occupation: null,
  durationMonths: 42,
  referenceDurationMonths: 42,
  programmeForm: 'dual',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 210,
  primaryLanguage: 'de',
  languages: ['de'],
  requiredLanguages: ['de'],
  electiveGroups: [
    {
      code: 'WP',
      title: { de: 'Wahlpflicht' },
      pointsRequired: 5,
      rule: 'points-at-least',
      unitsRequired: null,
    },
  ],
  assessmentPlan: [
    {
      code: 'AP1',
      title: { de: 'Abschlussprüfung Teil 1' },
      weight: 40,
      year: 2,
      term: 2,
      methods: ['work-sample'],
      unitIds: ['u1'],
      outcomeIds: [],
    },
  ],
  partialQualifications: [{ code: 'TQ1', title: { de: 'Drehen' }, unitIds: ['u1'] }],
  thresholds: DEFAULT_THRESHOLDS,
  publishedVersion: null,
  units: [unit('U1'), unit('U2')],
  workBasedLearning: [
    {
      id: 'w1',
      version: 1,
      title: { de: 'Betrieb' },
      year: 1,
      term: null,
      durationHours: 400,
      companyProfile: {},
      mentorRole: {},
      unitIds: ['unit-U1'],
      outcomeIds: [],
      assessment: {},
    },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The curriculum with `change` applied to its second unit. */
const withUnit = (change: Record<string, unknown>) => ({
  ...curriculum,
  units: [curriculum.units[0], { ...curriculum.units[1], ...change }],
});

describe('curriculumShapeProblems', () => {
  it('finds nothing wrong with a well-formed curriculum, with or without the optional parts', () => {
    expect(curriculumShapeProblems(curriculum)).toEqual([]);
    expect(
      curriculumShapeProblems({
        ...curriculum,
        occupation: SKILL,
        nqfLevel: 4,
        publishedVersion: 2,
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'unit.assessment: []',
      withUnit({ assessment: [] }),
      'units[1].assessment',
      'must be an object',
    ],
    [
      'unit.escoSkills: [[]]',
      withUnit({ escoSkills: [[]] }),
      'units[1].escoSkills[0]',
      'must be an object',
    ],
    [
      'curriculum.occupation: []',
      { ...curriculum, occupation: [] },
      'occupation',
      'must be an object',
    ],
    [
      'curriculum.electiveGroups: [[]]',
      { ...curriculum, electiveGroups: [[]] },
      'electiveGroups[0]',
      'must be an object',
    ],
    [
      'outcome.escoSkill: []',
      withUnit({ outcomes: [{ ...curriculum.units[1].outcomes[0], escoSkill: [] }] }),
      'units[1].outcomes[0].escoSkill',
      'must be an object',
    ],
    ['areas as a text', withUnit({ areas: 'digital-work' }), 'units[1].areas', 'must be a list'],
    [
      'a missing title',
      withUnit({ title: undefined }),
      'units[1].title',
      'must be an object of texts keyed by language code',
    ],
    [
      'a title in one language as a list',
      { ...curriculum, title: { de: ['a'] } },
      'title',
      'must be an object of texts keyed by language code',
    ],
    [
      'null where null has no meaning',
      { ...curriculum, thresholds: null },
      'thresholds',
      'must be an object',
    ],
    ['a number as text', withUnit({ year: '1' }), 'units[1].year', 'must be a number'],
  ])('names the field of %s', (_name, value, path, message) => {
    expect(curriculumShapeProblems(value)).toEqual([{ path, message }]);
  });

  it('reports a tree that is not an object at all', () => {
    expect(curriculumShapeProblems([])).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it(`reports at most ${MAX_SHAPE_PROBLEMS} problems`, () => {
    const units = Array.from({ length: 500 }, (_, i) => ({ ...unit(`U${i}`), assessment: [] }));
    const problems = curriculumShapeProblems({ ...curriculum, units });
    expect(problems).toHaveLength(MAX_SHAPE_PROBLEMS);
    expect(problems[0]).toEqual({ path: 'units[0].assessment', message: 'must be an object' });
  });
});
