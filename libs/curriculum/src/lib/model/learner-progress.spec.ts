import type { ElectiveGroup } from './curriculum';
import { recordPointsOf, unitProgressOf } from './learner-progress';
import type { Achievement } from './mobility';

const unit = (
  id: string,
  ecvetPoints: number,
  kind: { mandatory?: boolean; electiveGroup?: string; addOn?: boolean } = {},
  outcomes = 2,
) => ({
  id,
  code: id.toUpperCase(),
  title: { de: id },
  ecvetPoints,
  mandatory: kind.mandatory ?? (kind.electiveGroup === undefined && !kind.addOn),
  electiveGroup: kind.electiveGroup ?? null,
  addOn: kind.addOn ?? false,
  outcomes: Array.from({ length: outcomes }, (_, i) => ({ id: `${id}-o${i}` })),
});

let n = 0;
const result = (unitId: string, over: Partial<Achievement> = {}): Achievement => ({
  id: `a${++n}`,
  enrolmentId: 'e',
  unitId,
  outcomeId: null,
  kind: 'assessed',
  assessedOn: `2026-01-${String(10 + n).padStart(2, '0')}`,
  method: 'test',
  result: 'passed',
  grade: null,
  assessor: 'A',
  place: 'home',
  placeName: null,
  evidence: null,
  mobilityId: null,
  recordedAt: '2026-01-01T00:00:00Z',
  ...over,
});

const group = (
  code: string,
  pointsRequired: number,
  rule: ElectiveGroup['rule'] = 'points-at-least',
  unitsRequired: number | null = null,
): ElectiveGroup => ({
  code,
  title: { de: code },
  pointsRequired,
  rule,
  unitsRequired,
});

describe('a learner record', () => {
  const curriculum = {
    ecvetPoints: 60,
    electiveGroups: [group('EG', 10, 'units', 1), group('WP', 10)],
    units: [
      unit('m1', 20),
      unit('m2', 20),
      unit('eg1', 10, { electiveGroup: 'EG' }),
      unit('eg2', 10, { electiveGroup: 'EG' }),
      unit('wp1', 5, { electiveGroup: 'WP' }),
      unit('wp2', 5, { electiveGroup: 'WP' }),
      unit('wp3', 5, { electiveGroup: 'WP' }),
      unit('add', 10, { addOn: true }),
    ],
  };
  const progress = (achievements: Achievement[], abroad: string[] = []) => {
    const units = unitProgressOf(curriculum, achievements, new Set(abroad));
    return { units, points: recordPointsOf(curriculum, units) };
  };
  const state = (r: ReturnType<typeof progress>, id: string) =>
    r.units.find((u) => u.unitId === id)?.state;

  it('achieves a unit by its own result or by all its outcomes, and not by a failed one', () => {
    const r = progress([
      result('m1'),
      result('m2', { outcomeId: 'm2-o0' }),
      result('eg1', { result: 'failed' }),
    ]);
    expect(state(r, 'm1')).toBe('achieved');
    expect(state(r, 'm2')).toBe('in-progress');
    expect(state(r, 'eg1')).toBe('in-progress');
    expect(state(r, 'eg2')).toBe('remaining');
    const all = progress([
      result('m2', { outcomeId: 'm2-o0' }),
      result('m2', { outcomeId: 'm2-o1' }),
    ]);
    expect(all.units[1]).toMatchObject({ state: 'achieved', outcomesPassed: 2, outcomes: 2 });
  });

  it('counts recognised units like achieved ones, and says where they were achieved', () => {
    const r = progress([
      result('m1', { kind: 'prior-learning', evidence: 'certificate' }),
      result('m2', { kind: 'mobility', place: 'company', placeName: 'Müller GmbH' }),
    ]);
    expect(r.units[1]).toMatchObject({
      state: 'recognised',
      place: 'company',
      placeName: 'Müller GmbH',
    });
    expect(r.points).toMatchObject({ counted: 40, recognised: 40, remaining: 20 });
  });

  it('counts an elective group only up to its points: "1 of 2" once, "at least 10" up to 10', () => {
    const r = progress([result('eg1'), result('eg2'), result('wp1'), result('wp2'), result('wp3')]);
    expect(r.points.counted).toBe(20);
    expect(r.points.remaining).toBe(40);
  });

  it('keeps add-ons apart from the qualification', () => {
    const r = progress([result('add'), result('m1')]);
    expect(r.points).toMatchObject({ counted: 20, addOns: 10, remaining: 40 });
  });

  it('shows units planned abroad in progress with their points', () => {
    const r = progress([], ['m1', 'eg1']);
    expect(r.units[0]).toMatchObject({ state: 'in-progress', abroad: true });
    expect(r.points).toMatchObject({ counted: 0, inProgress: 30, remaining: 60 });
  });
});
