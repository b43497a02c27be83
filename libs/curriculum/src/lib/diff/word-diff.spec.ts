import { wordDiff, type WordRun } from './word-diff';

const joined = (runs: WordRun[], side: 'before' | 'after') =>
  runs
    .filter((r) => r.change === 'same' || r.change === (side === 'before' ? 'removed' : 'added'))
    .map((r) => r.text)
    .join('');

describe('wordDiff', () => {
  it('marks the words taken out and put in inside one sentence', () => {
    expect(
      wordDiff(
        'prüft Maße mit dem Messschieber',
        'prüft Maße und Formen mit der Bügelmessschraube',
      ),
    ).toEqual([
      { text: 'prüft Maße ', change: 'same' },
      { text: 'und Formen ', change: 'added' },
      { text: 'mit ', change: 'same' },
      { text: 'dem Messschieber', change: 'removed' },
      { text: 'der Bügelmessschraube', change: 'added' },
    ]);
  });

  it.each([
    ['', 'neu geschrieben'],
    ['gelöscht', ''],
    ['gleich bleibt gleich', 'gleich bleibt gleich'],
    ['Šis tekstas keičiasi: apdirbimas', 'Šis tekstas nesikeičia – apdirbimas, frezavimas'],
    ['  Leerzeichen   davor', 'Leerzeichen danach  '],
  ])('gives both texts back from the runs (%j → %j)', (before, after) => {
    const runs = wordDiff(before, after);
    expect(joined(runs, 'after')).toBe(after);
    if (before.trim() === before) expect(joined(runs, 'before').trim()).toBe(before.trim());
  });

  it('shows a very long text as replaced whole', () => {
    const long = Array.from({ length: 600 }, (_, i) => `wort${i}`).join(' ');
    const runs = wordDiff(long, `${long} ende`);
    expect(runs.map((r) => r.change)).toEqual(['removed', 'added']);
  });
});
