import type { Curriculum, Unit } from '@curriculum-builder/curriculum';

/**
 * Test data of the editor's tab specs: a one-year German draft `c1` with one elective group WP1,
 * in the shape the API answers, and units to put in it.
 */
export function draftTree(version: number, patch: Partial<Curriculum> = {}): Curriculum {
  return {
    id: 'c1',
    version,
    status: 'draft',
    institutionId: 'i1',
    code: 'X',
    qualificationCode: null,
    title: { de: 'Mechatronik' },
    description: {},
    eqfLevel: 4,
    nqfLevel: null,
    iscedFCode: '0714',
    occupation: null,
    durationMonths: 12,
    referenceDurationMonths: 12,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: 60,
    primaryLanguage: 'de',
    languages: ['de'],
    requiredLanguages: ['de'],
    electiveGroups: [
      {
        code: 'WP1',
        title: { de: 'Wahlpflicht' },
        pointsRequired: 10,
        rule: 'points-at-least',
        unitsRequired: null,
      },
    ],
    assessmentPlan: [],
    partialQualifications: [],
    thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
    publishedVersion: null,
    createdAt: '',
    updatedAt: '',
    units: [],
    workBasedLearning: [],
    ...patch,
  };
}

/** A mandatory 30-point unit of year 1 without outcomes. */
export function draftUnit(patch: Partial<Unit> & Pick<Unit, 'id' | 'code'>): Unit {
  return {
    version: 1,
    title: { de: `Einheit ${patch.code}` },
    description: {},
    eqfLevel: 4,
    ecvetPoints: 30,
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    year: 1,
    term: null,
    endYear: null,
    endTerm: null,
    guidedHours: null,
    nationalCredits: null,
    areas: [],
    escoSkills: [],
    prerequisites: [],
    assessment: { methods: [], criteria: {} },
    outcomes: [],
    ...patch,
  };
}
