import type {
  Curriculum,
  LearningOutcome,
  LocalizedText,
  ReviewComment,
  Unit,
} from '@curriculum-builder/curriculum';
import { DEFAULT_THRESHOLDS } from '@curriculum-builder/curriculum';

/** Test data for the review area's specs (not part of the app bundle: only specs import it). */
export function outcome(
  id: string,
  de: string,
  en = `${de} (en)`,
  criteria: LocalizedText = {},
): LearningOutcome {
  return {
    id,
    version: 1,
    category: 'skill',
    text: { de, en },
    criteria,
    escoSkills: [],
    escoSkill: null,
  };
}

export function unit(id: string, code: string, outcomes: LearningOutcome[]): Unit {
  return {
    id,
    version: 1,
    code,
    title: { de: `Einheit ${code}`, en: `Unit ${code}` },
    description: {},
    eqfLevel: 4,
    ecvetPoints: 10,
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
    outcomes,
  };
}

/**
 * Two units: U1 with outcomes o1, o2; U2 with o3, which has assessment criteria of its own (in
 * German only). German first, English second.
 */
export function curriculum(overrides: Partial<Curriculum> = {}): Curriculum {
  return {
    id: 'c1',
    version: 3,
    status: 'in-review',
    institutionId: 'school',
    code: 'ZM-TEST',
    qualificationCode: null,
    title: { de: 'Zerspanung', en: 'Machining' },
    description: {},
    eqfLevel: 4,
    nqfLevel: null,
    iscedFCode: '0715',
    occupation: null,
    durationMonths: 12,
    referenceDurationMonths: 12,
    programmeForm: 'school-based',
    intensity: 1,
    fullTime: true,
    ecvetPoints: 20,
    primaryLanguage: 'de',
    languages: ['de', 'en'],
    requiredLanguages: ['de'],
    electiveGroups: [],
    assessmentPlan: [],
    partialQualifications: [],
    thresholds: DEFAULT_THRESHOLDS,
    publishedVersion: 1,
    units: [
      unit('u1', 'ZM-01', [outcome('o1', 'Richtet ein'), outcome('o2', 'Prüft Maße')]),
      unit('u2', 'ZM-02', [
        outcome('o3', 'Programmiert', undefined, { de: 'Programm läuft ohne Kollision' }),
      ]),
    ],
    workBasedLearning: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
}

export function comment(overrides: Partial<ReviewComment> = {}): ReviewComment {
  return {
    id: 'r1',
    curriculumId: 'c1',
    parentId: null,
    targetType: 'outcome',
    targetId: 'o1',
    authorId: 'me',
    authorEmail: 'reviewer@demo.local',
    authorRole: 'reviewer',
    fromOtherAssociation: false,
    verdict: 'agree',
    text: 'Fine.',
    proposedText: null,
    status: 'open',
    acceptedAt: null,
    acceptedBy: null,
    createdAt: '2026-01-03T10:00:00.000Z',
    replies: [],
    ...overrides,
  };
}
