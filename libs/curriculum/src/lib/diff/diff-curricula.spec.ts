import {
  buildOutcome,
  buildUnit,
  buildWblPeriod,
  validCurriculum,
  withOutcome,
  withUnit,
  withWbl,
} from '../rules/testing/curriculum-builder';
import { diffCurricula } from './diff-curricula';
import { diffable } from './testing/diffable-builder';

const base = validCurriculum();

describe('diffCurricula', () => {
  it('finds nothing between identical trees', () => {
    const diff = diffCurricula(diffable(base), diffable(base));
    expect(diff.identical).toBe(true);
    expect(diff.curriculum).toEqual({ title: [], description: [], fields: [] });
    expect(diff.units).toEqual([]);
    expect(diff.workBasedLearning).toEqual([]);
    expect(diff.summary).toEqual({
      unitsAdded: 0,
      unitsRemoved: 0,
      unitsChanged: 0,
      outcomesAdded: 0,
      outcomesRemoved: 0,
      outcomesChanged: 0,
      pointsBefore: 180,
      pointsAfter: 180,
      wblHoursBefore: 320,
      wblHoursAfter: 320,
    });
  });

  it('ignores versions, key order, the order of set-like lists and empty translations', () => {
    const after = withUnit(
      validCurriculum({
        languages: ['de', 'en'],
        thresholds: { minWblShare: 0, hoursPerYear: 1600, yearLoadTolerance: 5, pointsPerYear: 60 },
      }),
      3,
      (u) => ({
        areas: [...u.areas].reverse(),
        title: { ...u.title, lt: '' },
      }),
    );
    expect(diffCurricula(diffable(base, 1), diffable(after, 7)).identical).toBe(true);
  });

  it('reports an outcome reworded in German only', () => {
    const after = withOutcome(base, 2, 1, (o) => ({ text: { ...o.text, de: 'Neu' } }));
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.identical).toBe(false);
    expect(diff.units).toEqual([
      {
        id: 'u3',
        code: 'CNC-03',
        change: 'changed',
        title: [],
        description: [],
        fields: [],
        assessmentCriteria: [],
        outcomes: [
          {
            id: 'u3-o2',
            change: 'changed',
            unitId: 'u3',
            text: [
              {
                language: 'de',
                before: 'CNC-03 sicher einrichten',
                after: 'Neu',
              },
            ],
          },
        ],
      },
    ]);
    expect(diff.summary).toMatchObject({ unitsChanged: 1, outcomesChanged: 1, outcomesAdded: 0 });
  });

  it('reports an added and a removed language of an outcome', () => {
    const after = withOutcome(base, 0, 0, {
      text: { de: 'Den Ablauf von CNC-01 erklären', lt: 'Paaiškinti' },
    });
    const [unit] = diffCurricula(diffable(base), diffable(after)).units;
    expect(unit.outcomes[0].text).toEqual([
      { language: 'en', before: 'Explain the process of CNC-01', after: null },
      { language: 'lt', before: null, after: 'Paaiškinti' },
    ]);
  });

  it('reports category and ESCO skill changes of an outcome', () => {
    const skill = { uri: 'http://data.europa.eu/esco/skill/x', label: { en: 'x' } };
    const after = withOutcome(base, 0, 0, { category: 'skill', escoSkill: skill });
    const [outcome] = diffCurricula(diffable(base), diffable(after)).units[0].outcomes;
    expect(outcome).toEqual({
      id: 'u1-o1',
      change: 'changed',
      unitId: 'u1',
      category: { before: 'knowledge', after: 'skill' },
      text: [],
      escoSkills: { field: 'escoSkills', before: [], after: [skill] },
    });
    // A second skill, or the same skills in another order (the main one first), is a change.
    const other = { uri: 'http://data.europa.eu/esco/skill/y', label: { en: 'y' } };
    const two = withOutcome(after, 0, 0, { escoSkills: [skill, other] });
    const swapped = withOutcome(after, 0, 0, { escoSkills: [other, skill] });
    expect(diffCurricula(diffable(after), diffable(two)).units[0].outcomes[0].escoSkills).toEqual({
      field: 'escoSkills',
      before: [skill],
      after: [skill, other],
    });
    expect(diffCurricula(diffable(two), diffable(swapped)).identical).toBe(false);
    expect(diffCurricula(diffable(two), diffable(two)).identical).toBe(true);
  });

  it('lists the outcomes of an added unit as added', () => {
    const added = buildUnit({ id: 'u10', code: 'CNC-10', year: 3 });
    const after = { ...base, units: [...base.units, added] };
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.units).toHaveLength(1);
    const [unit] = diff.units;
    expect(unit).toMatchObject({ id: 'u10', code: 'CNC-10', change: 'added' });
    expect(unit.title).toEqual([
      { language: 'en', before: null, after: 'Unit' },
      { language: 'de', before: null, after: 'Einheit' },
    ]);
    expect(unit.fields).toContainEqual({ field: 'ecvetPoints', before: null, after: 20 });
    expect(unit.outcomes.map((o) => [o.id, o.change, o.unitId])).toEqual([
      ['u10-o1', 'added', 'u10'],
      ['u10-o2', 'added', 'u10'],
    ]);
    expect(unit.outcomes[0].category).toEqual({ before: null, after: 'knowledge' });
    expect(diff.summary).toMatchObject({ unitsAdded: 1, outcomesAdded: 2, unitsChanged: 0 });
  });

  it('lists the outcomes of a removed unit as removed, after the other units', () => {
    const after = withUnit({ ...base, units: base.units.filter((u) => u.id !== 'u2') }, 0, {
      ecvetPoints: 25,
    });
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.units.map((u) => [u.id, u.change])).toEqual([
      ['u1', 'changed'],
      ['u2', 'removed'],
    ]);
    const removed = diff.units[1];
    expect(removed.code).toBe('CNC-02');
    expect(removed.title[0]).toEqual({ language: 'en', before: 'Handling materials', after: null });
    expect(removed.outcomes.map((o) => [o.id, o.change, o.unitId])).toEqual([
      ['u2-o1', 'removed', 'u2'],
      ['u2-o2', 'removed', 'u2'],
    ]);
    expect(diff.summary).toMatchObject({ unitsRemoved: 1, unitsChanged: 1, outcomesRemoved: 2 });
  });

  it('reports an outcome moved to another unit once, under its new unit', () => {
    const moving = base.units[0].outcomes[1];
    let after = withUnit(base, 0, (u) => ({ outcomes: u.outcomes.filter((o) => o !== moving) }));
    after = withUnit(after, 1, (u) => ({
      outcomes: [...u.outcomes, { ...moving, text: { ...moving.text, en: 'Set up the lathe' } }],
    }));
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.units.map((u) => [u.id, u.change, u.outcomes.length])).toEqual([
      ['u1', 'changed', 0],
      ['u2', 'changed', 1],
    ]);
    expect(diff.units[1].outcomes[0]).toEqual({
      id: 'u1-o2',
      change: 'moved',
      unitId: 'u2',
      previousUnitId: 'u1',
      text: [{ language: 'en', before: 'Set up CNC-01 safely', after: 'Set up the lathe' }],
    });
    expect(diff.summary).toMatchObject({
      outcomesChanged: 1,
      outcomesAdded: 0,
      outcomesRemoved: 0,
    });
  });

  it('reports an outcome moved into a new unit as moved, not added', () => {
    const moving = base.units[0].outcomes[0];
    const after = withUnit(
      {
        ...base,
        units: [...base.units, buildUnit({ id: 'u10', code: 'CNC-10', outcomes: [moving] })],
      },
      0,
      (u) => ({ outcomes: u.outcomes.slice(1) }),
    );
    const diff = diffCurricula(diffable(base), diffable(after));
    const added = diff.units.find((u) => u.id === 'u10');
    expect(added?.outcomes).toEqual([
      { id: 'u1-o1', change: 'moved', unitId: 'u10', previousUnitId: 'u1', text: [] },
    ]);
    expect(diff.summary).toMatchObject({ unitsAdded: 1, unitsChanged: 1, outcomesChanged: 1 });
  });

  it('reports changed unit points as a field, keeping the curriculum points in the summary', () => {
    const after = withUnit(base, 7, { ecvetPoints: 35, areas: ['digital-work'] });
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.units).toHaveLength(1);
    expect(diff.units[0].fields).toEqual([
      { field: 'ecvetPoints', before: 30, after: 35 },
      { field: 'areas', before: ['organisational-learning'], after: ['digital-work'] },
    ]);
    expect(diff.units[0].outcomes).toEqual([]);
    expect(diff.curriculum.fields).toEqual([]);
    expect(diff.summary).toMatchObject({ pointsBefore: 180, pointsAfter: 180, unitsChanged: 1 });
  });

  it('reports curriculum fields, compared by value', () => {
    const after = validCurriculum({
      ecvetPoints: 210,
      durationMonths: 42,
      thresholds: { ...base.thresholds, minWblShare: 0.2 },
      description: { en: 'Machining with CNC machine tools.', de: 'Zerspanen.' },
    });
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.curriculum.fields.map((f) => f.field)).toEqual([
      'durationMonths',
      'ecvetPoints',
      'thresholds',
    ]);
    expect(diff.curriculum.description).toEqual([
      { language: 'de', before: 'Zerspanen mit CNC-Werkzeugmaschinen.', after: 'Zerspanen.' },
    ]);
    expect(diff.summary).toMatchObject({ pointsBefore: 180, pointsAfter: 210 });
    expect(diff.units).toEqual([]);
  });

  it('reports changed WBL hours, an added and a removed period', () => {
    let after = withWbl(base, 0, { durationHours: 400, unitIds: ['u5', 'u4'] });
    after = {
      ...after,
      workBasedLearning: [
        ...after.workBasedLearning,
        buildWblPeriod({ id: 'w2', durationHours: 80 }),
      ],
    };
    const diff = diffCurricula(diffable(base), diffable(after));
    expect(diff.workBasedLearning[0]).toEqual({
      id: 'w1',
      change: 'changed',
      title: [],
      fields: [
        { field: 'durationHours', before: 320, after: 400 },
        { field: 'unitIds', before: ['u5'], after: ['u5', 'u4'] },
      ],
    });
    expect(diff.workBasedLearning[1]).toMatchObject({ id: 'w2', change: 'added' });
    expect(diff.summary).toMatchObject({ wblHoursBefore: 320, wblHoursAfter: 480 });

    const back = diffCurricula(diffable(after), diffable(base));
    expect(back.workBasedLearning.map((w) => [w.id, w.change])).toEqual([
      ['w1', 'changed'],
      ['w2', 'removed'],
    ]);
    expect(back.summary).toMatchObject({ wblHoursBefore: 480, wblHoursAfter: 320 });
  });

  it('compares WBL texts per value, empty strings counting as absent', () => {
    const same = withWbl(base, 0, (w) => ({ mentorRole: { ...w.mentorRole, lt: '' } }));
    expect(diffCurricula(diffable(base), diffable(same)).identical).toBe(true);
    const changed = withWbl(base, 0, { companyProfile: { en: 'Machining SME' } });
    expect(diffCurricula(diffable(base), diffable(changed)).workBasedLearning[0].fields).toEqual([
      {
        field: 'companyProfile',
        before: { en: 'Machining SME', de: 'Zerspanungsbetrieb (KMU)' },
        after: { en: 'Machining SME' },
      },
    ]);
  });

  it('keeps special letters of every language unchanged in before and after', () => {
    const before = {
      de: 'Größe und Maß prüfen: ä ö ü ß Ä Ö Ü',
      lt: 'Išmatuoti ruošinį: ą č ę ė į š ų ū ž',
      lv: 'Mērīt sagatavi: ā č ē ģ ī ķ ļ ņ š ū ž',
      et: 'Mõõta tööriista: õ ä ö ü š ž',
    };
    const after = {
      de: 'Größe, Außendurchmesser und Maß prüfen: ä ö ü ß',
      lt: 'Išmatuoti ruošinį ir įrankį: ą č ę ė į š ų ū ž',
      lv: 'Mērīt sagatavi un ķēdi: ā č ē ģ ī ķ ļ ņ š ū ž',
      et: 'Mõõta tööriista täpselt: õ ä ö ü š ž',
    };
    const c = validCurriculum({ languages: ['de', 'lt', 'lv', 'et'], primaryLanguage: 'de' });
    const b = withOutcome(c, 4, 0, { text: before });
    const a = withOutcome(c, 4, 0, { text: after });
    const [outcome] = diffCurricula(diffable(b), diffable(a)).units[0].outcomes;
    expect(outcome.text).toEqual(
      Object.keys(before).map((language) => ({
        language,
        before: before[language as keyof typeof before],
        after: after[language as keyof typeof after],
      })),
    );
    for (const change of outcome.text) {
      expect(change.before).toBe(before[change.language as keyof typeof before]);
      expect(change.after).toBe(after[change.language as keyof typeof after]);
    }
    // Unchanged special letters do not show up as a change.
    expect(
      diffCurricula(diffable(b), diffable(withOutcome(b, 4, 0, { text: { ...before } }))).identical,
    ).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const b = diffable(base);
    const a = diffable(withOutcome(base, 0, 0, buildOutcome({ id: 'u1-o1' })));
    const snapshot = JSON.stringify([b, a]);
    diffCurricula(b, a);
    expect(JSON.stringify([b, a])).toBe(snapshot);
  });
});
