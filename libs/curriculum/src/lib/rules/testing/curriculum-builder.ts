import { DEFAULT_THRESHOLDS, RuleThresholds } from '../../model/curriculum';
import type { LocalizedText } from '../../model/localized-text';
import type {
  ValidatableCurriculum,
  ValidatableOutcome,
  ValidatableUnit,
  ValidatableWorkBasedLearningPeriod,
} from '../validatable-curriculum';

/*
 * Test data for the rule engine: `validCurriculum()` is a 3-year, 180-point curriculum in English
 * and German that produces no finding at all; the `with…` helpers return changed copies.
 *
 *   year 1: CNC-01 (20), CNC-02 (20), CNC-03 (20, requires CNC-02)                     = 60
 *   year 2: CNC-04 (20, requires CNC-03), CNC-05 (20, requires CNC-04),
 *           elective group WP-1 requires 20 of CNC-06 (20) | CNC-07 (20)              = 60
 *   year 3: CNC-08 (30, requires CNC-05), CNC-09 (30)                                 = 60
 *   WBL:    one 320-hour period in year 2 covering CNC-05 and its first outcome.
 */

export function text(en: string, de: string): LocalizedText {
  return { en, de };
}

export function buildOutcome(overrides: Partial<ValidatableOutcome> = {}): ValidatableOutcome {
  return {
    id: 'o1',
    category: 'skill',
    text: text('Set up the machine tool', 'Die Werkzeugmaschine einrichten'),
    escoSkill: null,
    ...overrides,
  };
}

export function buildUnit(overrides: Partial<ValidatableUnit> = {}): ValidatableUnit {
  const id = overrides.id ?? 'u1';
  // Each unit's outcomes in words of their own (OUTCOME-QUALITY finds repeated outcomes).
  const code = overrides.code ?? 'CNC-01';
  return {
    id,
    code: 'CNC-01',
    title: text('Unit', 'Einheit'),
    description: text('What the unit is about.', 'Worum es in der Einheit geht.'),
    eqfLevel: 4,
    ecvetPoints: 20,
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    year: 1,
    term: 1,
    areas: ['digital-production'],
    escoSkills: [],
    prerequisites: [],
    assessment: {
      methods: ['practical-task'],
      criteria: text(
        'The work piece meets the drawing.',
        'Das Werkstück entspricht der Zeichnung.',
      ),
    },
    outcomes: [
      buildOutcome({
        id: `${id}-o1`,
        category: 'knowledge',
        text: text(`Explain the process of ${code}`, `Den Ablauf von ${code} erklären`),
      }),
      buildOutcome({
        id: `${id}-o2`,
        category: 'skill',
        text: text(`Set up ${code} safely`, `${code} sicher einrichten`),
      }),
    ],
    ...overrides,
  };
}

export function buildWblPeriod(
  overrides: Partial<ValidatableWorkBasedLearningPeriod> = {},
): ValidatableWorkBasedLearningPeriod {
  return {
    id: 'w1',
    title: text('Company placement', 'Betriebliche Lernphase'),
    year: 2,
    term: 2,
    durationHours: 320,
    companyProfile: text('Machining SME', 'Zerspanungsbetrieb (KMU)'),
    mentorRole: text('Skilled CNC machinist', 'Zerspanungsmechaniker/in als Ausbilder/in'),
    unitIds: ['u5'],
    outcomeIds: ['u5-o1'],
    assessment: text('Observation at work', 'Beobachtung am Arbeitsplatz'),
    ...overrides,
  };
}

const UNITS: readonly Partial<ValidatableUnit>[] = [
  {
    id: 'u1',
    code: 'CNC-01',
    title: text('Safety and health at work', 'Sicherheit und Gesundheitsschutz bei der Arbeit'),
    areas: ['workplace-innovation'],
  },
  {
    id: 'u2',
    code: 'CNC-02',
    title: text('Handling materials', 'Werkstoffe unterscheiden und handhaben'),
  },
  {
    id: 'u3',
    code: 'CNC-03',
    title: text('Producing components', 'Bauteile herstellen'),
    term: 2,
    prerequisites: ['u2'],
  },
  {
    id: 'u4',
    code: 'CNC-04',
    title: text(
      'Programming CNC machine tools',
      'Numerisch gesteuerte Werkzeugmaschinen programmieren',
    ),
    year: 2,
    prerequisites: ['u3'],
    areas: ['digital-production', 'digital-work'],
  },
  {
    id: 'u5',
    code: 'CNC-05',
    title: text('Setting up machine tools', 'Werkzeugmaschinen einrichten'),
    year: 2,
    term: 2,
    prerequisites: ['u4'],
  },
  {
    id: 'u6',
    code: 'CNC-06',
    title: text('Lathe systems', 'Drehmaschinensysteme'),
    year: 2,
    term: 2,
    mandatory: false,
    electiveGroup: 'WP-1',
  },
  {
    id: 'u7',
    code: 'CNC-07',
    title: text('Milling systems', 'Fräsmaschinensysteme'),
    year: 2,
    term: 2,
    mandatory: false,
    electiveGroup: 'WP-1',
  },
  {
    id: 'u8',
    code: 'CNC-08',
    title: text(
      'Monitoring and optimising production',
      'Fertigungsprozesse überwachen und optimieren',
    ),
    year: 3,
    term: null,
    ecvetPoints: 30,
    prerequisites: ['u5'],
    areas: ['organisational-learning'],
  },
  {
    id: 'u9',
    code: 'CNC-09',
    title: text(
      'Business processes and quality assurance',
      'Geschäftsprozesse und Qualitätssicherung',
    ),
    year: 3,
    term: null,
    ecvetPoints: 30,
    areas: ['leadership-communication', 'innovation-capacity'],
  },
];

/** A valid 3-year, 180-point curriculum that produces no finding. */
export function validCurriculum(
  overrides: Partial<ValidatableCurriculum> = {},
): ValidatableCurriculum {
  return {
    code: 'ZM-2018',
    title: text('Cutting machining mechanic', 'Zerspanungsmechaniker/in'),
    description: text('Machining with CNC machine tools.', 'Zerspanen mit CNC-Werkzeugmaschinen.'),
    eqfLevel: 4,
    nqfLevel: 4,
    iscedFCode: '0715',
    occupation: null,
    durationMonths: 36,
    referenceDurationMonths: 36,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: 180,
    primaryLanguage: 'en',
    languages: ['en', 'de'],
    requiredLanguages: ['en'],
    electiveGroups: [
      {
        code: 'WP-1',
        title: text('Area of deployment', 'Einsatzgebiet'),
        pointsRequired: 20,
        rule: 'points-at-least',
        unitsRequired: null,
      },
    ],
    assessmentPlan: [],
    thresholds: DEFAULT_THRESHOLDS,
    units: UNITS.map((unit) => buildUnit(unit)),
    workBasedLearning: [buildWblPeriod()],
    ...overrides,
  };
}

type Patch<T> = Partial<T> | ((current: T) => Partial<T>);

function apply<T>(current: T, patch: Patch<T>): T {
  return { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
}

/** A copy with the unit at `index` changed. */
export function withUnit(
  c: ValidatableCurriculum,
  index: number,
  patch: Patch<ValidatableUnit>,
): ValidatableCurriculum {
  return { ...c, units: c.units.map((u, i) => (i === index ? apply(u, patch) : u)) };
}

/** A copy with the outcome `outcomeIndex` of the unit `unitIndex` changed. */
export function withOutcome(
  c: ValidatableCurriculum,
  unitIndex: number,
  outcomeIndex: number,
  patch: Patch<ValidatableOutcome>,
): ValidatableCurriculum {
  return withUnit(c, unitIndex, (u) => ({
    outcomes: u.outcomes.map((o, j) => (j === outcomeIndex ? apply(o, patch) : o)),
  }));
}

/** A copy with the WBL period at `index` changed. */
export function withWbl(
  c: ValidatableCurriculum,
  index: number,
  patch: Patch<ValidatableWorkBasedLearningPeriod>,
): ValidatableCurriculum {
  return {
    ...c,
    workBasedLearning: c.workBasedLearning.map((w, i) => (i === index ? apply(w, patch) : w)),
  };
}

/** A copy with some thresholds changed. */
export function withThresholds(
  c: ValidatableCurriculum,
  patch: Partial<RuleThresholds>,
): ValidatableCurriculum {
  return { ...c, thresholds: { ...c.thresholds, ...patch } };
}

/** Input that breaks the types on purpose, as an import might deliver it. */
export function nonsense(value: unknown): ValidatableCurriculum {
  return value as ValidatableCurriculum;
}
