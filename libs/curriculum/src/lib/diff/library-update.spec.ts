import type { LearningOutcome, Unit } from '../model/curriculum';
import { buildUnit } from '../rules/testing/curriculum-builder';
import { libraryUpdateDiff, mergeLibraryUpdate, type LibraryUpdateSides } from './library-update';

const outcome = (id: string, de: string): LearningOutcome =>
  ({
    id,
    version: 1,
    category: 'skill',
    text: { de },
    criteria: {},
    escoSkills: [],
    escoSkill: null,
  }) as LearningOutcome;

const unit = (outcomes: LearningOutcome[], overrides: Partial<Unit> = {}): Unit =>
  ({ ...buildUnit(), version: 1, endYear: null, endTerm: null, outcomes, ...overrides }) as Unit;

/** Version 1 had a, b, c; the school copied them as x, y, z. */
const base = unit([outcome('a', 'A'), outcome('b', 'B'), outcome('c', 'C')]);
const sources = { x: 'a', y: 'b', z: 'c' };
const texts = (merged: ReturnType<typeof mergeLibraryUpdate>) =>
  merged.outcomes.map((o) => [o.localId, o.sourceId, o.content.text['de']]);

describe('library updates', () => {
  it('takes the parts the source changed, keeps those the school changed too', () => {
    const latest = unit([...base.outcomes], {
      title: { de: 'Neuer Titel' },
      ecvetPoints: 25,
      areas: ['digital-work'],
    });
    const local = unit([outcome('x', 'A'), outcome('y', 'B'), outcome('z', 'C')], {
      title: { de: 'Unser Titel' },
      description: { de: 'Unsere Beschreibung' },
    });
    const sides: LibraryUpdateSides = { base, latest, local, outcomeSources: sources };
    expect(libraryUpdateDiff(sides).editedHere).toEqual(['title']);
    const merged = mergeLibraryUpdate(sides, {});
    expect(merged.content).toMatchObject({
      title: { de: 'Unser Titel' },
      description: { de: 'Unsere Beschreibung' },
      ecvetPoints: 25,
      areas: ['digital-work'],
    });
    // Taking single outcomes changes no part of the unit.
    expect(mergeLibraryUpdate(sides, { outcomes: [] }).content.ecvetPoints).toBe(20);
  });

  it('places new outcomes after the copy of the one before them, first ones first', () => {
    const latest = unit([
      outcome('n0', 'Neu vorne'),
      outcome('a', 'A'),
      outcome('b', 'B'),
      outcome('n1', 'Neu nach B'),
      outcome('c', 'C'),
    ]);
    const local = unit([
      outcome('z', 'C'),
      outcome('own', 'Eigenes'),
      outcome('x', 'A'),
      outcome('y', 'B'),
    ]);
    const merged = mergeLibraryUpdate({ base, latest, local, outcomeSources: sources }, {});
    expect(texts(merged)).toEqual([
      [null, 'n0', 'Neu vorne'],
      ['z', 'c', 'C'],
      ['own', null, 'Eigenes'],
      ['x', 'a', 'A'],
      ['y', 'b', 'B'],
      [null, 'n1', 'Neu nach B'],
    ]);
  });

  it('keeps an outcome the school edited or deleted unless it is named', () => {
    const latest = unit([outcome('a', 'A2'), outcome('c', 'C2')]);
    // The school edited its copy of b (which the source removes) and deleted its copy of c.
    const local = unit([outcome('x', 'A'), outcome('y', 'B hier')]);
    const sides = { base, latest, local, outcomeSources: sources };
    expect(libraryUpdateDiff(sides).outcomes.map((o) => [o.id, o.change, o.editedHere])).toEqual([
      ['a', 'changed', false],
      ['c', 'changed', true],
      ['b', 'removed', true],
    ]);
    expect(texts(mergeLibraryUpdate(sides, {}))).toEqual([
      ['x', 'a', 'A2'],
      ['y', 'b', 'B hier'],
    ]);
    expect(texts(mergeLibraryUpdate(sides, { keep: [] }))).toEqual([['x', 'a', 'A2']]);
    // Re-added after the copy of the outcome before it in the latest version (b is gone there).
    expect(texts(mergeLibraryUpdate(sides, { outcomes: ['c'] }))).toEqual([
      ['x', 'a', 'A'],
      [null, 'c', 'C2'],
      ['y', 'b', 'B hier'],
    ]);
  });
});
