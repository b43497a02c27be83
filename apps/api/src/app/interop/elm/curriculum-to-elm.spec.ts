import {
  DEFAULT_THRESHOLDS,
  type Curriculum,
  type LearningOutcome,
  type Unit,
} from '@curriculum-builder/curriculum';
import { curriculumToElm, elmProblems, isoHours, langMap } from './curriculum-to-elm';

const SKILL = 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8';

const outcome = (id: string, label: string): LearningOutcome => ({
  id,
  version: 1,
  category: 'skill',
  text: { en: `Outcome ${id}`, lt: 'Programuoti staklių valdiklį ', de: '' },
  criteria: {},
  escoSkills: [{ uri: SKILL, label: { en: label } }],
  escoSkill: { uri: SKILL, label: { en: label } },
});

const unit = (id: string, outcomes: LearningOutcome[]): Unit => ({
  id,
  version: 1,
  code: id.toUpperCase(),
  title: { en: `Unit ${id}`, lt: 'Frezavimas' },
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
  outcomes,
});

const curriculum = (overrides: Partial<Curriculum> = {}): Curriculum => ({
  id: 'c1',
  version: 1,
  status: 'draft',
  institutionId: 'i1',
  code: 'ELM-1',
  qualificationCode: null,
  title: { en: 'CNC machining', lt: 'CNC apdirbimas' },
  description: { en: ' ' },
  eqfLevel: 4,
  nqfLevel: 4,
  iscedFCode: '0715',
  occupation: null,
  durationMonths: 12,
  referenceDurationMonths: 12,
  programmeForm: 'school-based',
  intensity: 1,
  fullTime: true,
  ecvetPoints: 60,
  primaryLanguage: 'en',
  languages: ['en', 'lt'],
  requiredLanguages: ['en'],
  electiveGroups: [],
  assessmentPlan: [],
  partialQualifications: [],
  thresholds: DEFAULT_THRESHOLDS,
  publishedVersion: null,
  units: [
    unit('u1', [outcome('o1', 'program a CNC controller')]),
    unit('u2', [outcome('o2', 'other')]),
  ],
  workBasedLearning: [
    {
      id: 'w1',
      version: 1,
      title: { en: 'Placement' },
      year: 1,
      term: null,
      durationHours: 320,
      companyProfile: {},
      mentorRole: {},
      unitIds: ['u2', 'gone'],
      outcomeIds: [],
      assessment: {},
    },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('curriculumToElm', () => {
  it('maps a complete curriculum, with one label per ESCO skill and only known units influenced', () => {
    const result = curriculumToElm({ curriculum: curriculum(), country: 'LT' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const doc = result.document;
    expect(doc).toMatchObject({
      id: 'urn:curriculum:c1',
      type: 'Qualification',
      title: { en: 'CNC machining', lt: 'CNC apdirbimas' },
      nqfLevel: [{ type: 'Concept', prefLabel: { en: 'LTKS level 4' }, notation: '4' }],
      creditPoint: { point: '60' },
    });
    expect(doc.description).toBeUndefined();
    expect(doc.learningOutcome.map((o) => o.relatedESCOSkill?.map((s) => s.prefLabel))).toEqual([
      [{ en: 'program a CNC controller' }],
      [{ en: 'program a CNC controller' }],
    ]);
    expect(doc.learningOutcome[0].title).toEqual({
      en: 'Outcome o1',
      lt: 'Programuoti staklių valdiklį',
    });
    expect(doc.influencedBy?.[0]).toMatchObject({
      volumeOfLearning: 'PT320H',
      influences: ['urn:unit:u2'],
    });
  });

  it('lists every field ELM needs that the curriculum lacks', () => {
    const incomplete = curriculum({
      nqfLevel: null,
      iscedFCode: '',
      eqfLevel: 9,
      units: [unit('u1', [])],
    });
    expect(elmProblems(incomplete, null).map((p) => p.path)).toEqual([
      'eqfLevel',
      'nqfLevel',
      'iscedFCode',
      'units[0].outcomes',
    ]);
    expect(curriculumToElm({ curriculum: incomplete, country: null }).ok).toBe(false);
  });

  it('states the NQF level in the country framework without inventing a URI for it', () => {
    const nine = curriculum({ nqfLevel: 9 });
    expect(elmProblems(nine, 'DE')).toEqual([
      {
        path: 'nqfLevel',
        message: 'ELM needs the level in the national qualifications framework (NQF), 1 to 8',
      },
    ]);
    expect(elmProblems(nine, 'IE')).toEqual([]);
    const result = curriculumToElm({ curriculum: curriculum(), country: 'de' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.nqfLevel).toEqual([
      { type: 'Concept', prefLabel: { en: 'DQR level 4' }, notation: '4' },
    ]);
    expect(JSON.stringify(result.document)).not.toContain('urn:nqf');
  });

  it('needs every elective unit in a declared group, whose points its part carries', () => {
    const elective = { ...unit('u3', []), mandatory: false, electiveGroup: 'WP-9' };
    const ungrouped = curriculum({ units: [...curriculum().units, elective] });
    expect(elmProblems(ungrouped, null).map((p) => p.path)).toEqual(
      expect.arrayContaining(['units[2].electiveGroup']),
    );
  });

  it('writes hours as ISO 8601 durations and drops empty texts', () => {
    expect(isoHours(320)).toBe('PT320H');
    expect(isoHours(7.5)).toBe('PT7.5H');
    expect(langMap({ de: 'Fräsen ', lv: '', et: 'Õppimine' })).toEqual({
      de: 'Fräsen',
      et: 'Õppimine',
    });
  });
});
