import type {
  Curriculum,
  CurriculumSummary,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';

/*
 * A 2.5-year, 150-point curriculum in German (primary), English and partly Lithuanian:
 *
 *   year 1: term 1 U-A (30), term 2 U-B (30) + WBL "Placement 1"                       = 60
 *   year 2: whole year U-C (60) + WBL "Placement 2"                                     = 60
 *   year 3: term 1 U-D (20) and elective U-E (10), whole year elective U-F (10);
 *           group G requires 10                                                         = 30
 */

function outcome(id: string, category: LearningOutcome['category'], en: string): LearningOutcome {
  return {
    id,
    version: 1,
    category,
    text: { de: `DE ${en}`, en },
    criteria: {},
    escoSkills: [],
    escoSkill: null,
  };
}

function unit(overrides: Partial<Unit> & Pick<Unit, 'id' | 'code'>): Unit {
  return {
    version: 1,
    title: { de: `Einheit ${overrides.code}`, en: `Unit ${overrides.code}` },
    description: { de: 'Beschreibung', en: 'Description' },
    eqfLevel: 4,
    ecvetPoints: 30,
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    year: 1,
    term: 1,
    endYear: null,
    endTerm: null,
    guidedHours: null,
    nationalCredits: null,
    areas: [],
    escoSkills: [],
    prerequisites: [],
    assessment: { methods: ['practical-task'], criteria: { de: 'Kriterien', en: 'Criteria' } },
    outcomes: [],
    ...overrides,
  };
}

function period(
  overrides: Partial<WorkBasedLearningPeriod> & Pick<WorkBasedLearningPeriod, 'id'>,
): WorkBasedLearningPeriod {
  return {
    version: 1,
    title: { de: 'Praktikum', en: 'Placement' },
    year: 1,
    term: 2,
    durationHours: 320,
    companyProfile: { de: 'Lohnfertiger', en: 'Contract machining shop' },
    mentorRole: { de: 'Ausbilder', en: 'Trainer' },
    unitIds: [],
    outcomeIds: [],
    assessment: { de: 'Beobachtung', en: 'Observation' },
    ...overrides,
  };
}

export function pathwayFixture(): Curriculum {
  return {
    id: 'c1',
    version: 3,
    status: 'published',
    institutionId: 'i1',
    code: 'ZM-TEST',
    qualificationCode: null,
    title: { de: 'Zerspanungsmechaniker/in', en: 'Cutting machining mechanic', lt: 'Mechanikas' },
    description: { de: 'Ausbildung', en: 'Training' },
    eqfLevel: 4,
    nqfLevel: 4,
    iscedFCode: '0715',
    occupation: {
      uri: 'http://data.europa.eu/esco/occupation/x',
      label: { de: 'CNC-Maschinenbediener/in', en: 'CNC machine operator' },
    },
    durationMonths: 30,
    referenceDurationMonths: 30,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: 150,
    primaryLanguage: 'de',
    languages: ['de', 'en', 'lt'],
    requiredLanguages: ['de'],
    electiveGroups: [
      {
        code: 'G',
        title: { de: 'Wahlgruppe', en: 'Elective group' },
        pointsRequired: 10,
        rule: 'points-at-least',
        unitsRequired: null,
      },
    ],
    assessmentPlan: [],
    partialQualifications: [],
    thresholds: { pointsPerYear: 60, yearLoadTolerance: 5, hoursPerYear: 1600, minWblShare: 0 },
    publishedVersion: 1,
    units: [
      unit({
        id: 'u-a',
        code: 'U-A',
        title: { de: 'Einheit A', en: 'Unit A', lt: 'Modulis A' },
        outcomes: [
          outcome('o1', 'skill', 'Sets up the machine'),
          outcome('o2', 'knowledge', 'Explains the drawing'),
          outcome('o3', 'responsibility-autonomy', 'Works safely'),
          outcome('o4', 'skill', 'Measures the part'),
        ],
      }),
      unit({ id: 'u-b', code: 'U-B', term: 2 }),
      unit({ id: 'u-c', code: 'U-C', year: 2, term: null, ecvetPoints: 60 }),
      unit({ id: 'u-d', code: 'U-D', year: 3, term: 1, ecvetPoints: 20 }),
      unit({
        id: 'u-e',
        code: 'U-E',
        year: 3,
        ecvetPoints: 10,
        mandatory: false,
        electiveGroup: 'G',
      }),
      unit({
        id: 'u-f',
        code: 'U-F',
        year: 3,
        term: null,
        ecvetPoints: 10,
        mandatory: false,
        electiveGroup: 'G',
      }),
    ],
    workBasedLearning: [
      period({ id: 'w1', unitIds: ['u-a', 'u-b'] }),
      period({
        id: 'w2',
        title: { de: 'Serienfertigung', en: 'Series production' },
        year: 2,
        term: null,
        durationHours: 480,
      }),
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

/**
 * The fixture with choices: group G asks to "choose 1 of its 2 units" (still 10 points towards the
 * total), and year 3 offers the optional add-on U-Z (15 points, outside the 150).
 */
export function choiceAndAddOnFixture(): Curriculum {
  const curriculum = pathwayFixture();
  return {
    ...curriculum,
    electiveGroups: curriculum.electiveGroups.map((group) => ({
      ...group,
      rule: 'units',
      unitsRequired: 1,
    })),
    units: [
      ...curriculum.units,
      unit({
        id: 'u-z',
        code: 'U-Z',
        year: 3,
        term: 1,
        ecvetPoints: 15,
        mandatory: false,
        addOn: true,
      }),
    ],
  };
}

/**
 * The fixture with a two-part final examination: AP1 (40 %, year 2 term 2, units U-A and U-B) and
 * AP2 (60 %, at the end of year 3, units U-C and U-D and two single outcomes of U-A).
 */
export function examFixture(): Curriculum {
  return {
    ...pathwayFixture(),
    assessmentPlan: [
      {
        code: 'AP1',
        title: { de: 'Abschlussprüfung Teil 1', en: 'Final examination part 1' },
        weight: 40,
        year: 2,
        term: 2,
        methods: ['practical-task', 'written-exam'],
        unitIds: ['u-a', 'u-b'],
        outcomeIds: [],
      },
      {
        code: 'AP2',
        title: { de: 'Abschlussprüfung Teil 2', en: 'Final examination part 2' },
        weight: 60,
        year: 3,
        term: null,
        methods: ['work-sample'],
        unitIds: ['u-c', 'u-d'],
        outcomeIds: ['o1', 'o2'],
      },
    ],
  };
}

/**
 * The fixture with units that span terms and years, and state hours and national credits:
 *
 *   year 1: U-A runs from term 1 to term 2 (4.5 national credits)
 *   year 2: U-C (60 points, 120 hours of guided learning, 5 national credits) runs from the whole
 *           of year 2 to term 1 of year 3: 30 points count in each year, so years 1 to 3 schedule
 *           60, 30 and 60 points (still 150 in all);
 *           the optional add-on U-Y (20 points) runs through years 2 and 3, 10 points in each.
 */
export function spanningFixture(): Curriculum {
  const curriculum = pathwayFixture();
  return {
    ...curriculum,
    units: [
      ...curriculum.units.map((u) => {
        if (u.code === 'U-A') return { ...u, endTerm: 2, nationalCredits: 4.5 };
        if (u.code === 'U-C') {
          return { ...u, endYear: 3, endTerm: 1, guidedHours: 120, nationalCredits: 5 };
        }
        return u;
      }),
      unit({
        id: 'u-y',
        code: 'U-Y',
        year: 2,
        term: null,
        endYear: 3,
        ecvetPoints: 20,
        mandatory: false,
        addOn: true,
      }),
    ],
  };
}

export function summaryFixture(overrides: Partial<CurriculumSummary> = {}): CurriculumSummary {
  return {
    id: 'c1',
    version: 0,
    code: 'ZM-TEST',
    title: { de: 'Zerspanungsmechaniker/in', en: 'Cutting machining mechanic' },
    status: 'published',
    ecvetPoints: 210,
    eqfLevel: 4,
    primaryLanguage: 'de',
    languages: ['de', 'en', 'lt', 'lv'],
    institutionId: 'i1',
    unitCount: 0,
    publishedVersion: 1,
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
}

/**
 * The fixture with two partial qualifications: TQ1 holds U-A and U-B (60 points), TQ2 holds U-B
 * and U-C (30 + 60 = 90 points; a unit may belong to several).
 */
export function partialFixture(): Curriculum {
  return {
    ...pathwayFixture(),
    partialQualifications: [
      {
        code: 'TQ1',
        title: { de: 'Grundlagen der Zerspanung', en: 'Machining basics' },
        unitIds: ['u-b', 'u-a'],
      },
      { code: 'TQ2', title: { de: 'Drehen' }, unitIds: ['u-b', 'u-c'] },
    ],
  };
}
