import type { EscoRelation } from '@curriculum-builder/curriculum';
import type { EscoConceptRow, EscoLabelRow } from './esco-files';

/** A concept's labels in one language. */
export interface ConceptLabel {
  readonly preferred: string;
  readonly alternatives: readonly string[];
  readonly description: string;
}

/** A concept with its labels per language, as the index holds it. */
export interface IndexedConcept extends EscoConceptRow {
  readonly labels: ReadonlyMap<string, ConceptLabel>;
}

/** The concepts with their labels per language, as the index holds them (alternatives one per line). */
export function indexedConcepts(
  concepts: readonly EscoConceptRow[],
  labels: readonly EscoLabelRow[],
): IndexedConcept[] {
  const labelsOf = new Map<string, Map<string, ConceptLabel>>();
  for (const label of labels) {
    const own = labelsOf.get(label.uri) ?? new Map<string, ConceptLabel>();
    own.set(label.language, {
      preferred: label.preferred,
      alternatives: label.alternatives === '' ? [] : label.alternatives.split('\n'),
      description: label.description,
    });
    labelsOf.set(label.uri, own);
  }
  return concepts.map((c) => ({ ...c, labels: labelsOf.get(c.uri) ?? new Map() }));
}

/** A concept found, with the label to show and the alternative label that matched, if one did. */
export interface EscoHit {
  readonly concept: IndexedConcept;
  readonly label: { readonly text: string; readonly language: string };
  readonly matched?: string;
  readonly relation?: EscoRelation;
}

/** Lower case, without accents, punctuation as spaces: "CNC-Fräsen" and "cnc frasen" meet. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A normalised text and its words, computed once. */
interface Text {
  readonly text: string;
  readonly words: readonly string[];
}

/** Normalised texts of one label set (the description is in the vocabularies only). */
interface Searchable {
  readonly preferred: Text;
  readonly alternatives: readonly (Text & { readonly raw: string })[];
}

const words = (text: string) => text.split(' ').filter((w) => w !== '');
const textOf = (raw: string): Text => {
  const text = normalise(raw);
  return { text, words: words(text) };
};
/** Every word of the query starts a word of the text. */
const wordPrefixes = (query: readonly string[], text: Text) =>
  query.every((q) => text.words.some((w) => w.startsWith(q)));

/**
 * How well a label set matches the query, 0 for not at all (ADR 0027): the preferred label equal
 * to the query, then an alternative equal, the preferred label starting with it, an alternative
 * starting with it, every query word starting a word of the preferred label, then of an
 * alternative, the query inside the preferred label, inside an alternative, and last (10, decided
 * by the caller from the descriptions' vocabulary) every query word in the description.
 */
function score(
  query: string,
  queryWords: readonly string[],
  label: Searchable,
): { score: number; matched?: string } {
  if (label.preferred.text === query) return { score: 100 };
  const equal = label.alternatives.find((a) => a.text === query);
  if (equal) return { score: 90, matched: equal.raw };
  if (label.preferred.text.startsWith(query)) return { score: 80 };
  const starting = label.alternatives.find((a) => a.text.startsWith(query));
  if (starting) return { score: 70, matched: starting.raw };
  if (wordPrefixes(queryWords, label.preferred)) return { score: 60 };
  const byWords = label.alternatives.find((a) => wordPrefixes(queryWords, a));
  if (byWords) return { score: 50, matched: byWords.raw };
  if (label.preferred.text.includes(query)) return { score: 30 };
  const inside = label.alternatives.find((a) => a.text.includes(query));
  if (inside) return { score: 20, matched: inside.raw };
  return { score: 0 };
}

/** Words in sorted order with the concepts (by position) whose labels have each. */
interface Vocabulary {
  readonly words: string[];
  readonly postings: Int32Array[];
}

const collator = new Intl.Collator('en');

/** The first position in sorted `words` whose word is not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first `limit` of `items` in the order of `compare`, without sorting them all (a broad query
 * matches thousands of concepts; a page shows twenty).
 */
export function firstOf<T>(
  items: readonly T[],
  limit: number,
  compare: (a: T, b: T) => number,
): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && compare(item, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Builds a vocabulary: each word once, sorted, with the positions of the concepts having it. */
class VocabularyBuilder {
  private readonly byWord = new Map<string, number[]>();

  add(words: readonly string[], position: number): void {
    for (const word of words) {
      const list = this.byWord.get(word) ?? [];
      if (list.at(-1) !== position) list.push(position);
      this.byWord.set(word, list);
    }
  }

  build(): Vocabulary {
    const words = [...this.byWord.keys()].sort();
    return { words, postings: words.map((word) => Int32Array.from(this.byWord.get(word) ?? [])) };
  }
}

/** The positions of the concepts where every query word starts a word of the vocabulary's texts. */
function withEveryWord(vocabulary: Vocabulary | undefined, queryWords: readonly string[]) {
  let common: Set<number> | null = null;
  if (vocabulary === undefined || queryWords.length === 0) return new Set<number>();
  const { words, postings } = vocabulary;
  for (const word of queryWords) {
    const found = new Set<number>();
    for (let i = lowerBound(words, word); i < words.length && words[i].startsWith(word); i++)
      for (const position of postings[i])
        if (common === null || common.has(position)) found.add(position);
    common = found;
    if (common.size === 0) break;
  }
  return common ?? new Set<number>();
}

/** A language's indexes: the words of the labels, of the descriptions, the labels in one text. */
interface LanguageIndex {
  readonly labels: Vocabulary;
  readonly descriptions: Vocabulary;
  /** Per concept position: its preferred and alternative labels, normalised, in one text. */
  readonly joined: string[];
  /** Every three letters of the joined labels → the positions of the concepts having them. */
  readonly trigrams: ReadonlyMap<string, Int32Array>;
}

/** The three-letter pieces of a text, each once. */
function trigramsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) found.add(text.slice(i, i + 3));
  return found;
}

/** The positions of the concepts whose joined labels hold `query` (three letters or more). */
function holding(index: LanguageIndex, query: string): number[] {
  const lists = [...trigramsOf(query)].map((t) => index.trigrams.get(t) ?? new Int32Array(0));
  lists.sort((a, b) => a.length - b.length);
  // The lists are in position order: the three shortest are walked together, the text decides.
  let common: ArrayLike<number> = lists[0] ?? [];
  for (const list of lists.slice(1, 3)) {
    const both: number[] = [];
    for (let i = 0, j = 0; i < common.length && j < list.length;) {
      if (common[i] === list[j]) {
        both.push(common[i]);
        i++;
        j++;
      } else if (common[i] < list[j]) i++;
      else j++;
    }
    common = both;
  }
  return Array.from(common).filter((position) => index.joined[position].includes(query));
}

/**
 * The catalogue's concepts in memory, searched by their labels in a language and in English (the
 * labels every ESCO download has): ranked by `score`, then essential before optional skills of an
 * occupation, then the shorter label, then alphabetically.
 *
 * A query does not score every concept (ADR 0028). From sorted vocabularies (binary search) come
 * the concepts where each query word starts a word of a label — and, for queries of three or more
 * letters, those whose labels hold the query inside a word (found by their three-letter pieces):
 * only these are scored. The concepts
 * whose descriptions alone have the words score 10 without a look, and are ranked only when the
 * others do not fill the page.
 */
export class EscoIndex {
  private readonly searchable: Map<string, Searchable>[] = [];
  private readonly languages = new Map<string, LanguageIndex>();

  constructor(readonly concepts: readonly IndexedConcept[]) {
    const builders = new Map<
      string,
      { labels: VocabularyBuilder; descriptions: VocabularyBuilder; joined: string[] }
    >();
    concepts.forEach((concept, position) => {
      const byLanguage = new Map<string, Searchable>();
      for (const [language, label] of concept.labels) {
        const searchable: Searchable = {
          preferred: textOf(label.preferred),
          alternatives: label.alternatives.map((raw) => ({ raw, ...textOf(raw) })),
        };
        byLanguage.set(language, searchable);
        const builder = builders.get(language) ?? {
          labels: new VocabularyBuilder(),
          descriptions: new VocabularyBuilder(),
          joined: [],
        };
        builders.set(language, builder);
        const labels = [searchable.preferred, ...searchable.alternatives];
        builder.labels.add(
          labels.flatMap((text) => text.words),
          position,
        );
        builder.descriptions.add(textOf(label.description).words, position);
        builder.joined[position] = labels.map((text) => text.text).join('\n');
      }
      this.searchable.push(byLanguage);
    });
    for (const [language, builder] of builders) {
      const trigrams = new Map<string, number[]>();
      builder.joined.forEach((text, position) => {
        for (const trigram of trigramsOf(text)) {
          const list = trigrams.get(trigram) ?? [];
          list.push(position);
          trigrams.set(trigram, list);
        }
      });
      this.languages.set(language, {
        labels: builder.labels.build(),
        descriptions: builder.descriptions.build(),
        joined: builder.joined,
        trigrams: new Map([...trigrams].map(([t, list]) => [t, Int32Array.from(list)])),
      });
    }
  }

  /** The label to show in `language`, else the English one, else any. */
  labelOf(concept: IndexedConcept, language: string): { text: string; language: string } {
    for (const candidate of [language, 'en', ...concept.labels.keys()]) {
      const label = concept.labels.get(candidate);
      if (label !== undefined) return { text: label.preferred, language: candidate };
    }
    return { text: concept.uri, language: 'en' };
  }

  /**
   * The positions of the concepts the query can match by their labels (to be scored), and of
   * those it matches by their descriptions (score 10 unless their labels score more).
   */
  private candidates(languages: readonly string[], query: string, queryWords: readonly string[]) {
    const byLabel = new Set<number>();
    const byDescription = new Set<number>();
    for (const language of languages) {
      const index = this.languages.get(language);
      if (index === undefined) continue;
      for (const position of withEveryWord(index.labels, queryWords)) byLabel.add(position);
      if (query.length >= 3) for (const position of holding(index, query)) byLabel.add(position);
      for (const position of withEveryWord(index.descriptions, queryWords))
        byDescription.add(position);
    }
    return { byLabel, byDescription };
  }

  search(
    kind: 'occupation' | 'skill',
    query: string,
    options: {
      readonly language: string;
      readonly limit: number;
      /** Only these concepts (an occupation's skills), with their relation. */
      readonly within?: ReadonlyMap<string, EscoRelation>;
    },
  ): { items: EscoHit[]; total: number } {
    const q = normalise(query);
    const queryWords = words(q);
    const languages = [...new Set([options.language, 'en'])];
    const { byLabel, byDescription } =
      q === ''
        ? {
            byLabel: new Set<number>(),
            byDescription: new Set(this.concepts.map((_, position) => position)),
          }
        : this.candidates(languages, q, queryWords);
    /** A hit in the making: what ranks it, the rest made for the page only. */
    interface Found {
      readonly position: number;
      readonly score: number;
      readonly matched?: string;
      readonly relation?: EscoRelation;
      readonly label: string;
    }
    const found: Found[] = [];
    const add = (position: number, score: number, matched?: string) => {
      const concept = this.concepts[position];
      if (concept.kind !== kind || score === 0) return false;
      const relation = options.within?.get(concept.uri);
      if (options.within !== undefined && relation === undefined) return false;
      const label =
        concept.labels.get(options.language)?.preferred ??
        concept.labels.get('en')?.preferred ??
        this.labelOf(concept, options.language).text;
      found.push({ position, score, matched, relation, label });
      return true;
    };
    for (const position of byLabel) {
      let best: { score: number; matched?: string } = { score: 0 };
      for (const language of languages) {
        const label = this.searchable[position].get(language);
        if (label === undefined) continue;
        const scored = score(q, queryWords, label);
        if (scored.score > best.score) best = scored;
      }
      if (best.score === 0 && byDescription.has(position)) best = { score: 10 };
      add(position, best.score, best.matched);
    }
    // The description's matches (every concept for an empty query) rank below the labels': when
    // the labels' matches fill the page, they are only counted.
    const descriptionScore = q === '' ? 1 : 10;
    const counted = found.length >= options.limit;
    let more = 0;
    for (const position of byDescription) {
      if (byLabel.has(position)) continue;
      if (!counted) add(position, descriptionScore);
      else {
        const concept = this.concepts[position];
        if (concept.kind === kind && (options.within?.has(concept.uri) ?? true)) more++;
      }
    }
    const rank = (relation: EscoRelation | undefined) => (relation === 'optional' ? 1 : 0);
    const top = firstOf(
      found,
      options.limit,
      (a, b) =>
        b.score - a.score ||
        rank(a.relation) - rank(b.relation) ||
        a.label.length - b.label.length ||
        collator.compare(a.label, b.label),
    );
    return {
      items: top.map(({ position, matched, relation }) => {
        const concept = this.concepts[position];
        return {
          concept,
          label: this.labelOf(concept, options.language),
          ...(matched === undefined ? {} : { matched }),
          ...(relation === undefined ? {} : { relation }),
        };
      }),
      total: found.length + more,
    };
  }
}
