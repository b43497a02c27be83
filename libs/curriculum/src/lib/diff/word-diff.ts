/** One run of a text compared word by word: kept, taken out or put in. */
export interface WordRun {
  readonly text: string;
  readonly change: 'same' | 'removed' | 'added';
}

/** Above this many word pairs a text is shown as replaced whole (the table grows as n × m). */
const MAX_CELLS = 250_000;

/** Words with the spaces after them, so that the runs joined give the texts back exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function push(runs: WordRun[], text: string, change: WordRun['change']): void {
  const last = runs[runs.length - 1];
  if (last?.change === change) runs[runs.length - 1] = { text: last.text + text, change };
  else runs.push({ text, change });
}

/**
 * The differences between two versions of a sentence, word by word (the longest common
 * subsequence of words): joining the `same` and `removed` runs gives `before`, joining the `same`
 * and `added` runs gives `after`.
 */
export function wordDiff(before: string, after: string): WordRun[] {
  const a = words(before);
  const b = words(after);
  const runs: WordRun[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) push(runs, before, 'removed');
    if (after) push(runs, after, 'added');
    return runs;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] =
        a[i].trim() === b[j].trim()
          ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].trim() === b[j].trim()) {
      // The same word; its spacing as it is now.
      push(runs, b[j], 'same');
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      push(runs, a[i++], 'removed');
    } else {
      push(runs, b[j++], 'added');
    }
  }
  while (i < a.length) push(runs, a[i++], 'removed');
  while (j < b.length) push(runs, b[j++], 'added');
  return runs;
}
