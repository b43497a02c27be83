/**
 * The pairs of word sets whose Jaccard similarity (shared words / all words) is at least
 * `threshold` (0 < threshold ≤ 1), each as [earlier, later] by index, the earliest partner first.
 *
 * An all-pairs similarity join with prefix filtering: words ordered rarest first, a set can only
 * reach the threshold with another if they share one of its first |x| − ⌈t·|x|⌉ + 1 words, so only
 * sets meeting in such a word are compared. Where most sets share their words (synthetic text, a
 * vocabulary of a dozen words), a set is compared with at most `maxCandidates` earlier ones — those
 * meeting it in its rarest words first — so that the work stays linear in the number of sets.
 */
export function similarPairs(
  sets: readonly (readonly string[])[],
  threshold: number,
  maxCandidates = 16,
): [number, number][] {
  const unique = sets.map((words) => [...new Set(words)]);
  const frequency = new Map<string, number>();
  for (const words of unique)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  unique.forEach((words, later) => {
    if (words.length === 0) return;
    const ordered = [...words].sort(rarestFirst);
    const prefix = ordered.slice(0, ordered.length - Math.ceil(threshold * ordered.length) + 1);
    const candidates = new Set<number>();
    for (const word of prefix)
      for (const earlier of index.get(word) ?? []) {
        if (candidates.size >= maxCandidates) break;
        candidates.add(earlier);
      }
    const mine = new Set(words);
    for (const earlier of [...candidates].sort((a, b) => a - b)) {
      const theirs = unique[earlier];
      const shared = theirs.filter((word) => mine.has(word)).length;
      if (shared / (mine.size + theirs.length - shared) >= threshold) pairs.push([earlier, later]);
    }
    for (const word of prefix) {
      const list = index.get(word);
      if (list === undefined) index.set(word, [later]);
      else list.push(later);
    }
  });
  return pairs;
}
