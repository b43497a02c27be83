import { draftTree } from '../../curricula/editor/testing/editor-fixture';
import type { LibraryEntry, LibraryEntrySummary, Unit } from '@curriculum-builder/curriculum';

/** Test data for the library's specs (not part of the app bundle: only specs import it). */
export function unitFixture(overrides: Partial<Unit> = {}): Unit {
  return {
    id: 'u1',
    version: 3,
    code: 'AM-01',
    title: { de: 'Additive Fertigung', en: 'Additive manufacturing' },
    description: { de: 'Bauteile im 3D-Druck herstellen.' },
    eqfLevel: 4,
    ecvetPoints: 6,
    mandatory: true,
    electiveGroup: null,
    addOn: false,
    year: 2,
    term: null,
    endYear: null,
    endTerm: null,
    guidedHours: 80,
    nationalCredits: null,
    areas: ['digital-production'],
    escoSkills: [
      {
        uri: 'http://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444',
        label: { en: 'operate 3D printers' },
      },
    ],
    prerequisites: [],
    assessment: { methods: ['practical-task'], criteria: { en: 'The part meets the drawing.' } },
    outcomes: [
      {
        id: 'o1',
        version: 1,
        category: 'knowledge',
        text: { en: 'Explains additive processes', de: 'Erklärt additive Verfahren' },
        criteria: {},
        escoSkills: [],
        escoSkill: null,
      },
      {
        id: 'o2',
        version: 1,
        category: 'skill',
        text: { de: 'Druckt ein Bauteil' },
        criteria: { en: 'Within tolerance' },
        escoSkills: [],
        escoSkill: null,
      },
    ],
    ...overrides,
  };
}

export function summaryFixture(overrides: Partial<LibraryEntrySummary> = {}): LibraryEntrySummary {
  return {
    id: 'e1',
    kind: 'unit',
    units: 1,
    version: 2,
    code: 'AM-01',
    title: { de: 'Additive Fertigung', en: 'Additive manufacturing' },
    eqfLevel: 4,
    ecvetPoints: 6,
    areas: ['digital-production'],
    escoSkills: ['http://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444'],
    languages: ['de', 'en'],
    keywords: ['3d', 'druck'],
    licence: 'CC-BY-4.0',
    institution: { id: 'school-2', name: 'Partner School', kind: 'school', country: 'DE' },
    publishedAt: '2026-05-04T09:00:00.000Z',
    adoptions: 3,
    ...overrides,
  };
}

/** An entry with two versions (2 the latest) used by two schools. */
export function entryFixture(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  const source = { curriculumId: 'c-src', curriculumVersion: 2 };
  return {
    ...summaryFixture(),
    versions: [
      { number: 2, publishedAt: '2026-05-04T09:00:00.000Z', source },
      { number: 1, publishedAt: '2026-02-01T09:00:00.000Z', source },
    ],
    latest: {
      number: 2,
      publishedAt: '2026-05-04T09:00:00.000Z',
      source,
      unit: unitFixture(),
      curriculum: null,
    },
    usage: [
      { institution: { id: 'school-3', name: 'Vilnius VET', country: 'LT' }, curricula: 2 },
      { institution: { id: 'school-4', name: 'Riga VET', country: 'LV' }, curricula: 1 },
    ],
    ...overrides,
  };
}

/** A good-practice curriculum (two units, one WBL period) in its version 1, used by one school. */
export function curriculumEntryFixture(): LibraryEntry {
  const source = { curriculumId: 'c-src', curriculumVersion: 3 };
  const units = [
    unitFixture({ id: 'u1', code: 'IGO-01', title: { en: 'Production lines' }, ecvetPoints: 10 }),
    unitFixture({ id: 'u2', code: 'IGO-02', title: { en: 'Robot cells' }, ecvetPoints: 15 }),
  ];
  const curriculum = draftTree(5, {
    id: 'c-src',
    code: 'LT-IGO-2026',
    title: { en: 'Industrial robot operator' },
    description: { en: 'A nine-month programme for robot cells.' },
    durationMonths: 9,
    units,
    workBasedLearning: [],
  });
  return {
    ...summaryFixture({
      id: 'e2',
      kind: 'curriculum',
      units: 2,
      version: 1,
      code: 'LT-IGO-2026',
      title: curriculum.title,
      ecvetPoints: 25,
      languages: ['en'],
    }),
    versions: [{ number: 1, publishedAt: '2026-05-04T09:00:00.000Z', source }],
    latest: { number: 1, publishedAt: '2026-05-04T09:00:00.000Z', source, unit: null, curriculum },
    usage: [],
  };
}
