import { EscoSuggestIndex, stem, termsOf } from './esco-suggest';
import { firstOf, type IndexedConcept } from './esco-search';

const skill = (
  id: string,
  preferred: string,
  alternatives: string[] = [],
  description = '',
): IndexedConcept => ({
  uri: `http://data.europa.eu/esco/skill/${id}`,
  kind: 'skill',
  skillType: 'skill/competence',
  reuseLevel: 'sector-specific',
  iscoGroup: null,
  code: null,
  labels: new Map([['en', { preferred, alternatives, description }]]),
});

describe('the suggestions text index', () => {
  it('stems words so that their forms meet, and leaves short words and numbers alone', () => {
    expect(['machines', 'machining', 'machine'].map(stem)).toEqual(['machin', 'machin', 'machin']);
    expect(['programs', 'programming', 'program'].map(stem)).toEqual([
      'program',
      'program',
      'program',
    ]);
    expect(['qualities', 'quality'].map(stem)).toEqual(['quality', 'quality']);
    expect(['cnc', 'tool', '66025'].map(stem)).toEqual(['cnc', 'tool', '66025']);
  });

  it('leaves out stop words in English and German, and repeats', () => {
    expect(termsOf('Sets up the CNC machine and the machines of the line')).toEqual([
      'set',
      'up',
      'cnc',
      'machin',
      'line',
    ]);
    expect(termsOf('Richtet die Maschine mit dem Werkzeug ein')).toEqual([
      'richtet',
      'maschin',
      'werkzeug',
    ]);
  });

  const index = new EscoSuggestIndex([
    skill('1', 'program a CNC controller', ['write CNC programs']),
    skill('2', 'use CAM software', [], 'programs for CNC machines from CAD models'),
    skill('3', 'operate a lathe', ['turn parts']),
    skill('4', 'lathe types', [], 'the machines that turn parts'),
    skill('5', 'measure parts', [], 'measure parts and programs'),
  ]);
  const uris = (found: ReturnType<EscoSuggestIndex['suggest']>) =>
    found.map((s) => s.concept.uri.slice(-1));

  it('ranks a skill whose whole label is in the text first, and names the words shared', () => {
    const found = index.suggest('Programs the CNC controller of a milling machine', { limit: 5 });
    expect(uris(found)[0]).toBe('1');
    expect(found[0].terms).toEqual(['program', 'cnc', 'control']);
  });

  it('proposes no skill that shares only words of its description', () => {
    expect(uris(index.suggest('CAD models', { limit: 5 }))).toEqual([]);
  });

  it("ranks the occupation's essential skills first among equals, and leaves out those excluded", () => {
    const text = 'Works on the lathe';
    expect(uris(index.suggest(text, { limit: 2 }))).toEqual(['3', '4']);
    const occupation = new Map([[skill('4', '').uri, 'essential' as const]]);
    expect(uris(index.suggest(text, { limit: 2, occupation }))).toEqual(['4', '3']);
    const exclude = new Set([skill('3', '').uri]);
    expect(uris(index.suggest(text, { limit: 2, exclude }))).toEqual(['4']);
  });

  it('takes the first items of a list in order without sorting it all', () => {
    const numbers = [5, 3, 9, 1, 7, 3, 8];
    expect(firstOf(numbers, 3, (a, b) => a - b)).toEqual([1, 3, 3]);
    expect(firstOf(numbers, 10, (a, b) => b - a)).toEqual([9, 8, 7, 5, 3, 3, 1]);
    expect(firstOf([], 3, (a: number, b: number) => a - b)).toEqual([]);
  });
});
