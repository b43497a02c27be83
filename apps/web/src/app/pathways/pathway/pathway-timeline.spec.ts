import {
  computeYearLoads,
  type Curriculum,
  type ElectiveGroup,
} from '@curriculum-builder/curriculum';
import {
  choiceAndAddOnFixture,
  examFixture,
  partialFixture,
  pathwayFixture,
  spanningFixture,
} from '../testing/pathway-fixture';
import {
  buildTimeline,
  chooseContentLanguage,
  contentLanguages,
  partialsOf,
  spanNote,
  termIn,
  yearsOf,
} from './pathway-timeline';

describe('buildTimeline', () => {
  it('groups units and placements by year and term, the whole year first', () => {
    const { years } = buildTimeline(pathwayFixture());
    expect(years.map((year) => year.year)).toEqual([1, 2, 3]);
    expect(
      years.map((year) =>
        year.terms.map((term) => ({
          term: term.term,
          units: term.units.map((unit) => unit.code),
          periods: term.periods.map((period) => period.id),
        })),
      ),
    ).toEqual([
      [
        { term: 1, units: ['U-A'], periods: [] },
        { term: 2, units: ['U-B'], periods: ['w1'] },
      ],
      [{ term: null, units: ['U-C'], periods: ['w2'] }],
      [
        { term: null, units: ['U-F'], periods: [] },
        { term: 1, units: ['U-D', 'U-E'], periods: [] },
      ],
    ]);
  });

  it('accumulates the points year by year up to the qualification total', () => {
    const timeline = buildTimeline(pathwayFixture());
    expect(timeline.total).toBe(150);
    expect(timeline.years.map(({ points, accumulated }) => ({ points, accumulated }))).toEqual([
      { points: 60, accumulated: 60 },
      { points: 60, accumulated: 120 },
      { points: 30, accumulated: 150 },
    ]);
  });

  it('counts an elective group once, with its required points, in its earliest year', () => {
    const curriculum = pathwayFixture();
    const moved = {
      ...curriculum,
      units: curriculum.units.map((unit) => (unit.code === 'U-F' ? { ...unit, year: 2 } : unit)),
    };
    const { years } = buildTimeline(moved);
    expect(years.map((year) => year.electiveGroups.map((group) => group.code))).toEqual([
      [],
      ['G'],
      [],
    ]);
    expect(years.map((year) => year.accumulated)).toEqual([60, 130, 150]);
  });

  it("states each group's choice rule and how many units it offers", () => {
    const [, , year3] = buildTimeline(choiceAndAddOnFixture()).years;
    expect(year3.electiveGroups).toEqual([
      expect.objectContaining({ code: 'G', rule: 'units', unitsRequired: 1, unitCount: 2 }),
    ]);
  });

  it('takes a group without a rule for "units worth at least its points"', () => {
    const curriculum = pathwayFixture();
    const { rule: _rule, unitsRequired: _units, ...old } = curriculum.electiveGroups[0];
    const [, , year3] = buildTimeline({
      ...curriculum,
      electiveGroups: [old as ElectiveGroup],
    }).years;
    expect(year3.electiveGroups).toEqual([
      expect.objectContaining({ rule: 'points-at-least', unitsRequired: null, unitCount: 2 }),
    ]);
  });

  it('leaves add-on units out of the points and the total, and counts their points apart', () => {
    const timeline = buildTimeline(choiceAndAddOnFixture());
    expect(timeline.total).toBe(150);
    expect(timeline.addOns).toEqual({ count: 1, points: 15 });
    expect(
      timeline.years.map(({ points, addOnPoints, accumulated }) => ({
        points,
        addOnPoints,
        accumulated,
      })),
    ).toEqual([
      { points: 60, addOnPoints: 0, accumulated: 60 },
      { points: 60, addOnPoints: 0, accumulated: 120 },
      { points: 30, addOnPoints: 15, accumulated: 150 },
    ]);
    expect(timeline.years[2].terms.flatMap((term) => term.units.map((unit) => unit.code))).toEqual([
      'U-F',
      'U-D',
      'U-E',
      'U-Z',
    ]);
  });

  it('does not count an add-on that still names a group among the units of that group', () => {
    const curriculum = choiceAndAddOnFixture();
    const { years } = buildTimeline({
      ...curriculum,
      units: curriculum.units.map((unit) =>
        unit.code === 'U-Z' ? { ...unit, year: 2, electiveGroup: 'G' } : unit,
      ),
    });
    expect(years.map((year) => year.electiveGroups.map((group) => group.code))).toEqual([
      [],
      [],
      ['G'],
    ]);
    expect(years[2].electiveGroups[0].unitCount).toBe(2);
    expect(years.map((year) => year.accumulated)).toEqual([60, 120, 150]);
  });

  it('puts each part of the examination in the year it takes place, and in no other', () => {
    const { years } = buildTimeline(examFixture());
    expect(years.map((year) => year.assessments.map((part) => part.code))).toEqual([
      [],
      ['AP1'],
      ['AP2'],
    ]);
    expect(years.map((year) => year.accumulated)).toEqual([60, 120, 150]);
  });

  it('orders the parts of a year by term, the end of the year last', () => {
    const curriculum = examFixture();
    const [ap1, ap2] = curriculum.assessmentPlan;
    const { years } = buildTimeline({
      ...curriculum,
      assessmentPlan: [{ ...ap2, year: 2 }, { ...ap1, code: 'AP3', term: 3 }, ap1],
    });
    expect(years[1].assessments.map((part) => part.code)).toEqual(['AP1', 'AP3', 'AP2']);
  });

  it('lists a year that has only a part of the examination, with no points', () => {
    const curriculum = examFixture();
    const { years } = buildTimeline({
      ...curriculum,
      assessmentPlan: [{ ...curriculum.assessmentPlan[1], year: 4 }],
    });
    expect(years.map((year) => year.year)).toEqual([1, 2, 3, 4]);
    expect(years.at(-1)).toMatchObject({ year: 4, points: 0, accumulated: 150, terms: [] });
    expect(years.at(-1)?.assessments.map((part) => part.code)).toEqual(['AP2']);
  });

  it('takes a curriculum without an assessment plan for one without examination parts', () => {
    const { assessmentPlan: _plan, ...old } = examFixture();
    const { years } = buildTimeline(old as Curriculum);
    expect(years.every((year) => year.assessments.length === 0)).toBe(true);
  });

  it('lists a year that has only a placement, with no points', () => {
    const curriculum = pathwayFixture();
    const { years } = buildTimeline({
      ...curriculum,
      workBasedLearning: [
        ...curriculum.workBasedLearning,
        { ...curriculum.workBasedLearning[0], id: 'w3', year: 4 },
      ],
    });
    expect(years.at(-1)).toMatchObject({ year: 4, points: 0, accumulated: 150 });
  });
});

describe('units that span years', () => {
  const slot = (
    year: number,
    term: number | null,
    endYear: number | null,
    endTerm: number | null,
  ) => ({ year, term, endYear, endTerm });

  it('runs a unit from its start year to its end year, as the rule engine counts it', () => {
    expect(yearsOf({ year: 2, endYear: null })).toEqual([2]);
    expect(yearsOf({ year: 2, endYear: 2 })).toEqual([2]);
    expect(yearsOf({ year: 2, endYear: 4 })).toEqual([2, 3, 4]);
    // An end before the start or no year at all: its start year only (the rules report it).
    expect(yearsOf({ year: 3, endYear: 2 })).toEqual([3]);
    expect(yearsOf({ year: 2, endYear: 3.5 })).toEqual([2]);
    expect(yearsOf({ year: 0, endYear: 2 })).toEqual([0]);
    // Data stored before the field existed.
    expect(yearsOf({ year: 2 } as { year: number; endYear: null })).toEqual([2]);
  });

  it('notes until when a unit continues in its start year, and where it came from later', () => {
    const unit = slot(2, null, 3, 1);
    expect(spanNote(unit, 2)).toEqual({ kind: 'until', year: 3, term: 1 });
    expect(spanNote(unit, 3)).toEqual({ kind: 'from', year: 2, term: 1 });
    const long = slot(1, 2, 3, null);
    expect([1, 2, 3].map((year) => spanNote(long, year))).toEqual([
      { kind: 'until', year: 3, term: null },
      { kind: 'from', year: 1, term: null },
      { kind: 'from', year: 1, term: null },
    ]);
    expect(spanNote(slot(1, 1, null, 2), 1)).toEqual({ kind: 'untilTerm', term: 2 });
    expect(spanNote(slot(1, 1, 1, 3), 1)).toEqual({ kind: 'untilTerm', term: 3 });
    expect(spanNote(slot(1, 1, null, null), 1)).toBeNull();
    expect(spanNote(slot(1, 2, null, 2), 1)).toBeNull();
    expect(spanNote(slot(1, null, null, null), 1)).toBeNull();
    expect(spanNote(slot(1, null, 2, null), 3)).toBeNull();
  });

  it('shows a unit in a later year throughout it, or from its first term where it ends in a term', () => {
    const unit = slot(1, 2, 3, 1);
    expect([1, 2, 3].map((year) => termIn(unit, year))).toEqual([2, null, 1]);
    expect([1, 2].map((year) => termIn(slot(1, 2, 2, null), year))).toEqual([2, null]);
  });

  it('puts a spanning unit in each of its years and its term there', () => {
    const { years } = buildTimeline(spanningFixture());
    expect(
      years.map((year) =>
        year.terms.map((term) => ({
          term: term.term,
          units: term.units.map((unit) => unit.code),
          periods: term.periods.map((period) => period.id),
        })),
      ),
    ).toEqual([
      [
        { term: 1, units: ['U-A'], periods: [] },
        { term: 2, units: ['U-B'], periods: ['w1'] },
      ],
      [{ term: null, units: ['U-C', 'U-Y'], periods: ['w2'] }],
      [
        { term: null, units: ['U-F', 'U-Y'], periods: [] },
        { term: 1, units: ['U-C', 'U-D', 'U-E'], periods: [] },
      ],
    ]);
  });

  it("counts a spanning unit's points once, evenly over its years, as the rule engine does", () => {
    const curriculum = spanningFixture();
    const timeline = buildTimeline(curriculum);
    expect(
      timeline.years.map(({ year, points, addOnPoints, accumulated }) => ({
        year,
        points,
        addOnPoints,
        accumulated,
      })),
    ).toEqual([
      { year: 1, points: 60, addOnPoints: 0, accumulated: 60 },
      { year: 2, points: 30, addOnPoints: 10, accumulated: 90 },
      { year: 3, points: 60, addOnPoints: 10, accumulated: 150 },
    ]);
    expect(timeline.years.map((year) => year.points)).toEqual(
      computeYearLoads(curriculum).map((load) => load.points),
    );
    expect(timeline.total).toBe(150);
    expect(timeline.addOns).toEqual({ count: 1, points: 20 });
  });

  it('lists the years a unit spans beyond the programme, and counts its points there', () => {
    const curriculum = pathwayFixture();
    const { years } = buildTimeline({
      ...curriculum,
      units: curriculum.units.map((unit) =>
        unit.code === 'U-D' ? { ...unit, endYear: 4, endTerm: null } : unit,
      ),
    });
    expect(years.map(({ year, points }) => ({ year, points }))).toEqual([
      { year: 1, points: 60 },
      { year: 2, points: 60 },
      { year: 3, points: 20 },
      { year: 4, points: 10 },
    ]);
    expect(years[3].terms).toEqual([
      { term: null, units: [expect.objectContaining({ code: 'U-D' })], periods: [] },
    ]);
  });
});

describe('content language', () => {
  const curriculum = pathwayFixture();

  it('lists the primary language first', () => {
    expect(contentLanguages({ primaryLanguage: 'lt', languages: ['de', 'en', 'lt'] })).toEqual([
      'lt',
      'de',
      'en',
    ]);
  });

  it('starts in the interface language when the curriculum has it, else in its primary one', () => {
    expect(chooseContentLanguage(curriculum, 'en')).toBe('en');
    expect(chooseContentLanguage({ ...curriculum, languages: ['de', 'lt'] }, 'en')).toBe('de');
  });

  it("follows the learner's choice among the curriculum's languages only", () => {
    expect(chooseContentLanguage(curriculum, 'en', 'lt')).toBe('lt');
    expect(chooseContentLanguage(curriculum, 'en', 'fr')).toBe('en');
  });
});

describe('partialsOf', () => {
  it("lists each partial qualification with its units' codes, in the curriculum's order, and points", () => {
    expect(partialsOf(partialFixture())).toEqual([
      {
        code: 'TQ1',
        title: { de: 'Grundlagen der Zerspanung', en: 'Machining basics' },
        unitCodes: ['U-A', 'U-B'],
        points: 60,
      },
      { code: 'TQ2', title: { de: 'Drehen' }, unitCodes: ['U-B', 'U-C'], points: 90 },
    ]);
  });

  it('takes a curriculum without partial qualifications for one with none', () => {
    const { partialQualifications: _partials, ...old } = partialFixture();
    expect(partialsOf(old as Curriculum)).toEqual([]);
    expect(partialsOf(pathwayFixture())).toEqual([]);
  });
});
