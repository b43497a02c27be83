import type { OccupationSkill } from '../model/coverage';
import { curriculumCoverage, type CoverageInput } from './coverage';
import { buildOutcome, buildUnit } from './testing/curriculum-builder';

const SKILL = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000000${n}`;
const ref = (n: number) => ({ uri: SKILL(n), label: { en: `skill ${n}`, de: `Fertigkeit ${n}` } });
const occupationSkill = (n: number, relation: 'essential' | 'optional'): OccupationSkill => ({
  uri: SKILL(n),
  label: { text: `skill ${n}`, language: 'en' },
  skillType: 'skill/competence',
  relation,
});

const input = (overrides: Partial<CoverageInput> = {}): CoverageInput => ({
  occupation: { uri: 'occ', label: { text: 'CNC operator', language: 'en' } },
  occupationSkills: [
    occupationSkill(1, 'essential'),
    occupationSkill(2, 'essential'),
    occupationSkill(3, 'essential'),
    occupationSkill(4, 'optional'),
  ],
  describe: (uri) =>
    uri === SKILL(6)
      ? { label: { text: 'catalogue six', language: 'en' }, skillType: 'knowledge' }
      : undefined,
  language: 'de',
  publishedVersion: null,
  source: 'ESCO',
  ...overrides,
});

/** Unit A (20 points, 4 outcomes): two outcomes develop skill 1, one skill 5 (not needed). */
const unitA = buildUnit({
  id: 'a',
  code: 'A',
  ecvetPoints: 20,
  year: 1,
  areas: ['digital-production'],
  outcomes: [
    buildOutcome({ id: 'a1', escoSkills: [ref(1)] } as never),
    buildOutcome({ id: 'a2', escoSkills: [ref(1), ref(5)] } as never),
    buildOutcome({ id: 'a3' }),
    buildOutcome({ id: 'a4' }),
  ],
});
/** Unit B (30 points over years 2 and 3, 2 outcomes): the unit links skill 2 and skill 6. */
const unitB = {
  ...buildUnit({
    id: 'b',
    code: 'B',
    ecvetPoints: 30,
    year: 2,
    areas: ['digital-production', 'digital-work'],
    escoSkills: [ref(2), ref(6)],
  }),
  endYear: 3,
};
/** Unit C (10 points): links nothing. */
const unitC = buildUnit({ id: 'c', code: 'C', ecvetPoints: 10, year: 3, areas: [] });
const curriculum = { id: 'cur', units: [unitA, unitB, unitC] };

describe('curriculumCoverage', () => {
  const report = curriculumCoverage(curriculum, input());
  const skill = (n: number) => report.skills.find((s) => s.uri === SKILL(n));

  it('lists the units and outcomes that develop each skill of the occupation', () => {
    expect(skill(1)).toMatchObject({
      relation: 'essential',
      covered: true,
      points: 10,
      units: [{ unitId: 'a', code: 'A', points: 10, wholeUnit: false, outcomeIds: ['a1', 'a2'] }],
    });
    expect(skill(2)).toMatchObject({
      covered: true,
      points: 30,
      units: [{ unitId: 'b', wholeUnit: true, outcomeIds: [] }],
    });
    expect(skill(3)).toMatchObject({ covered: false, points: 0, units: [] });
    expect(skill(4)).toMatchObject({ relation: 'optional', covered: false });
  });

  it('counts essential skills covered and the share of points spent on them', () => {
    expect(report.gaps).toEqual([SKILL(3)]);
    expect(report.essential).toEqual({ total: 3, covered: 2, percent: 66.7, pointsShare: 66.7 });
    // 10 of A's points (two of four outcomes) + all 30 of B, of 60 points in all.
    expect(report.totalPoints).toBe(60);
    expect(report.optional).toEqual({ total: 1, covered: 0, percent: 0, pointsShare: 0 });
  });

  it('lists linked skills the occupation does not need, with the catalogue label or its own', () => {
    const extra = report.skills.filter((s) => s.relation === 'not-needed');
    expect(extra.map((s) => s.uri)).toEqual([SKILL(5), SKILL(6)]);
    expect(skill(5)?.label).toEqual({ text: 'Fertigkeit 5', language: 'de' });
    expect(skill(6)).toMatchObject({ label: { text: 'catalogue six' }, skillType: 'knowledge' });
    expect(skill(5)?.points).toBe(5);
  });

  it('sums points and outcomes per Industry 4.0 area and year, spreading a spanning unit', () => {
    const production = report.areas.find((a) => a.area === 'digital-production');
    expect(production).toEqual({
      area: 'digital-production',
      points: 50,
      outcomes: 6,
      units: 2,
      byYear: [
        { year: 1, points: 20, outcomes: 4 },
        { year: 2, points: 15, outcomes: 2 },
        { year: 3, points: 15, outcomes: 0 },
      ],
    });
    expect(report.areas.find((a) => a.area === 'workplace-innovation')).toMatchObject({
      points: 0,
      units: 0,
    });
    expect(report.areas).toHaveLength(6);
  });

  it('without an occupation lists only the linked skills, all not needed, and no gaps', () => {
    const none = curriculumCoverage(curriculum, input({ occupation: null, occupationSkills: [] }));
    expect(none.gaps).toEqual([]);
    expect(none.essential).toEqual({ total: 0, covered: 0, percent: 0, pointsShare: 0 });
    expect(none.skills.every((s) => s.relation === 'not-needed')).toBe(true);
    expect(none.skills).toHaveLength(4);
  });

  it('closes a gap when an outcome links the skill', () => {
    const linked = {
      ...curriculum,
      units: [
        unitA,
        unitB,
        {
          ...unitC,
          outcomes: [
            buildOutcome({ id: 'c1', escoSkills: [ref(3)] } as never),
            buildOutcome({ id: 'c2' }),
          ],
        },
      ],
    };
    const after = curriculumCoverage(linked, input());
    expect(after.gaps).toEqual([]);
    expect(after.essential.percent).toBe(100);
    expect(after.skills.find((s) => s.uri === SKILL(3))?.points).toBe(5);
  });
});
