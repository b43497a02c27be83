import type { Curriculum, ElectiveGroup, Unit } from './curriculum';
import { withKnownChoiceRule } from './curriculum';
import type { Achievement, RecordPoints, UnitProgress } from './mobility';

/** What the record needs of a curriculum (a published version's snapshot has it all). */
type ProgressCurriculum = Pick<Curriculum, 'ecvetPoints' | 'electiveGroups'> & {
  readonly units: readonly (Pick<
    Unit,
    'id' | 'code' | 'title' | 'ecvetPoints' | 'mandatory' | 'electiveGroup' | 'addOn'
  > & { readonly outcomes: readonly { readonly id: string }[] })[];
};

const passedOn = (achievements: readonly Achievement[]) =>
  achievements
    .filter((a) => a.result === 'passed')
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));

/**
 * Each unit of `curriculum` in a learner's record: achieved (a passed result of the unit, or of all
 * its outcomes, assessed by the school), recognised (prior learning or a transcript line the home
 * school recognised), in progress (some results, or planned in a signed Learning Agreement:
 * `abroad`), or remaining.
 */
export function unitProgressOf(
  curriculum: ProgressCurriculum,
  achievements: readonly Achievement[],
  abroadUnitIds: ReadonlySet<string> = new Set(),
): UnitProgress[] {
  return curriculum.units.map((unit) => {
    const own = achievements.filter((a) => a.unitId === unit.id);
    const unitPassed = passedOn(own.filter((a) => a.outcomeId === null))[0];
    const outcomeIds = new Set(unit.outcomes.map((o) => o.id));
    const outcomesPassed = passedOn(own.filter((a) => a.outcomeId !== null));
    const passedIds = new Set(
      outcomesPassed.map((a) => a.outcomeId).filter((id) => outcomeIds.has(id ?? '')),
    );
    const allOutcomes = outcomeIds.size > 0 && passedIds.size === outcomeIds.size;
    const decisive = unitPassed ?? (allOutcomes ? outcomesPassed.at(-1) : undefined);
    const state =
      decisive === undefined
        ? own.length > 0 || abroadUnitIds.has(unit.id)
          ? 'in-progress'
          : 'remaining'
        : decisive.kind === 'assessed'
          ? 'achieved'
          : 'recognised';
    return {
      unitId: unit.id,
      code: unit.code,
      title: unit.title,
      ecvetPoints: unit.ecvetPoints,
      mandatory: unit.mandatory,
      electiveGroup: unit.electiveGroup,
      addOn: unit.addOn,
      state,
      place: decisive?.place ?? null,
      placeName: decisive?.placeName ?? null,
      achievedOn: decisive?.assessedOn ?? null,
      outcomesPassed: passedIds.size,
      outcomes: outcomeIds.size,
      abroad: decisive === undefined && abroadUnitIds.has(unit.id),
    };
  });
}

const done = (u: UnitProgress) => u.state === 'achieved' || u.state === 'recognised';

/**
 * The points a group counts of `units` (its achieved units): their points up to the points it
 * requires; with the rule "n of its units", the points it requires once n are achieved.
 */
function groupCount(group: ElectiveGroup, units: readonly UnitProgress[]): number {
  const sum = units.reduce((s, u) => s + u.ecvetPoints, 0);
  if (group.rule === 'units' && units.length >= (group.unitsRequired ?? 1))
    return group.pointsRequired;
  return Math.min(sum, group.pointsRequired);
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The record's points by the choice rules: mandatory units in full, elective units as far as their
 * group counts them (a surplus elective adds nothing), add-ons apart from the qualification.
 * Recognised units count exactly like achieved ones; `recognised` says how much of `counted` they
 * are (the group's points are shared out in the order the units were achieved).
 */
export function recordPointsOf(
  curriculum: ProgressCurriculum,
  units: readonly UnitProgress[],
): RecordPoints {
  const core = units.filter((u) => !u.addOn);
  const mandatory = core.filter((u) => u.mandatory);
  let counted = 0;
  let recognised = 0;
  let inProgress = 0;
  for (const u of mandatory) {
    if (done(u)) counted += u.ecvetPoints;
    if (u.state === 'recognised') recognised += u.ecvetPoints;
    if (u.state === 'in-progress') inProgress += u.ecvetPoints;
  }
  for (const group of curriculum.electiveGroups.map(withKnownChoiceRule)) {
    const members = core.filter((u) => !u.mandatory && u.electiveGroup === group.code);
    const achieved = members
      .filter(done)
      .sort((a, b) => (a.achievedOn ?? '').localeCompare(b.achievedOn ?? ''));
    const groupCounted = groupCount(group, achieved);
    counted += groupCounted;
    let left = groupCounted;
    for (const u of achieved) {
      const share = Math.min(left, u.ecvetPoints);
      left -= share;
      if (u.state === 'recognised') recognised += share;
    }
    const open = groupCount(
      group,
      members.filter((u) => done(u) || u.state === 'in-progress'),
    );
    inProgress += Math.max(0, open - groupCounted);
  }
  const required = curriculum.ecvetPoints;
  return {
    required,
    counted: round(counted),
    recognised: round(recognised),
    inProgress: round(Math.min(inProgress, Math.max(0, required - counted))),
    remaining: round(Math.max(0, required - counted)),
    addOns: round(units.filter((u) => u.addOn && done(u)).reduce((s, u) => s + u.ecvetPoints, 0)),
  };
}
