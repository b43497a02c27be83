import type { EscoRelation } from '@curriculum-builder/curriculum';
import type { EscoConceptRow, EscoLabelRow } from './esco-files';
import { PositionSet } from './position-set';

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
  // Printable ASCII has no accents to take off (the common case, and four times faster).
  if (/^[\x20-\x7e]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (text: string) => text.split(' ').filter((w) => w !== '');

/**
 * A query as the scoring compares it: the normalised text, and it and its words each after a
 * space, because the index keeps every normalised label after a space (" cnc milling"): a word
 * starts where " word" is found, a label starts with the query where it starts with " query".
 */
interface Query {
  readonly text: string;
  readonly spaced: string;
  readonly spacedWords: readonly string[];
}

/** Whether every one of `parts` is in `text`. */
function holdsEvery(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (!text.includes(part)) return false;
  return true;
}

/** A score, and the alternative label (its number) that gave it, -1 for the preferred label. */
interface Scored {
  readonly score: number;
  readonly matched: number;
}
const NO_MATCH: Scored = { score: 0, matched: -1 };
const byPreferred = (score: number): Scored => ({ score, matched: -1 });

/**
 * A test of a label against the query, and the score it gives the preferred label (made once:
 * most labels scored are preferred ones); an alternative scores 10 less.
 */
const TESTS: readonly (readonly [Scored, (label: string, query: Query) => boolean])[] = [
  [byPreferred(100), (label, query) => label === query.spaced],
  [byPreferred(80), (label, query) => label.startsWith(query.spaced)],
  [byPreferred(60), (label, query) => holdsEvery(label, query.spacedWords)],
  [byPreferred(30), (label, query) => label.includes(query.text)],
];

/**
 * How well a label set matches the query, 0 for not at all (ADR 0027): the preferred label equal
 * to the query, then an alternative equal, the preferred label starting with it, an alternative
 * starting with it, every query word starting a word of the preferred label, then of an
 * alternative, the query inside the preferred label, inside an alternative, and last (10, decided
 * by the caller from the descriptions' vocabulary) every query word in the description.
 */
function score(query: Query, preferred: string, alternatives: readonly string[]): Scored {
  for (const [scored, test] of TESTS) {
    if (test(preferred, query)) return scored;
    for (let matched = 0; matched < alternatives.length; matched++)
      if (test(alternatives[matched], query)) return { score: scored.score - 10, matched };
  }
  return NO_MATCH;
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
  items: ArrayLike<T>,
  limit: number,
  compare: (a: T, b: T) => number,
): T[] {
  const top: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
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

/**
 * Adds to `into` the positions of the concepts where every query word starts a word of the
 * vocabulary's texts; `work` holds what the words before the last one found.
 */
function withEveryWord(
  vocabulary: Vocabulary,
  queryWords: readonly string[],
  work: readonly [PositionSet, PositionSet],
  into: PositionSet,
): void {
  const { words, postings } = vocabulary;
  let [previous, current] = work;
  for (let n = 0; n < queryWords.length; n++) {
    const word = queryWords[n];
    const last = n === queryWords.length - 1;
    current.clear();
    for (let i = lowerBound(words, word); i < words.length && words[i].startsWith(word); i++)
      for (const position of postings[i])
        if (n === 0 || previous.has(position)) (last ? into : current).add(position);
    if (!last && current.size === 0) return;
    [previous, current] = [current, previous];
  }
}

/**
 * A language's indexes: the words of the labels and of the descriptions, and per concept position
 * its normalised labels, each after a space (see `Query`); undefined where it has none in the
 * language.
 */
interface LanguageIndex {
  readonly language: string;
  readonly labels: Vocabulary;
  readonly descriptions: Vocabulary;
  readonly preferred: (string | undefined)[];
  /** The preferred labels as written. */
  readonly written: (string | undefined)[];
  readonly alternatives: (readonly string[] | undefined)[];
  /** Every three letters of the labels → the positions of the concepts having them. */
  readonly trigrams: ReadonlyMap<string, Int32Array>;
}

/** The three-letter pieces of a text, each once. */
function trigramsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) found.add(text.slice(i, i + 3));
  return found;
}

/**
 * Adds to `into` the positions of the concepts whose labels hold `query` (three letters or more):
 * those in the lists of the query's three rarest three-letter pieces (intersected in `work`), then
 * the text decides.
 */
function holding(
  index: LanguageIndex,
  query: string,
  work: readonly [PositionSet, PositionSet],
  into: PositionSet,
): void {
  const lists = [...trigramsOf(query)].map((t) => index.trigrams.get(t) ?? new Int32Array(0));
  lists.sort((a, b) => a.length - b.length);
  let [previous, current] = work;
  previous.clear();
  for (const position of lists[0]) previous.add(position);
  for (const list of lists.slice(1, 3)) {
    current.clear();
    for (const position of list) if (previous.has(position)) current.add(position);
    [previous, current] = [current, previous];
  }
  for (let n = 0; n < previous.size; n++) {
    const position = previous.at(n);
    if (into.has(position)) continue;
    const alternatives = index.alternatives[position] ?? [];
    if (index.preferred[position]?.includes(query) || alternatives.some((l) => l.includes(query)))
      into.add(position);
  }
}

const KINDS = ['occupation', 'skill'] as const;
/** A relation to an occupation by its number; 0 is none asked for. */
const RELATIONS = [undefined, 'essential', 'optional'] as const;

/**
 * The catalogue's concepts in memory, searched by their labels in a language and in English (the
 * labels every ESCO download has): ranked by `score`, then essential before optional skills of an
 * occupation, then the shorter label, then alphabetically.
 *
 * A query does not score every concept (ADR 0028). From sorted vocabularies (binary search) come
 * the concepts where each query word starts a word of a label — and, for queries of three or more
 * letters, those whose labels hold the query inside a word (found by their three-letter pieces):
 * only these are scored. The concepts whose descriptions alone have the words score 10 without a
 * look, and are ranked only when the others do not fill the page. What a query touches is kept in
 * flat arrays by concept position (labels, kinds, the sets and scores of a query), not in the
 * concepts' objects, and nothing is allocated per concept: a broad query on the full ESCO looks
 * at thousands.
 */
export class EscoIndex {
  private readonly languages = new Map<string, LanguageIndex>();
  /** Per concept position: 0 occupation, 1 skill. */
  private readonly kinds: Uint8Array;
  /** Work space of a query, per concept position: see `search`. */
  private readonly found: {
    readonly scores: Uint8Array;
    readonly relations: Uint8Array;
    readonly matchedLanguages: Uint8Array;
    readonly matchedAlternatives: Int16Array;
  };
  /** Work space of a query: the candidates by their labels, by their descriptions, the words'. */
  private readonly sets: {
    readonly labels: PositionSet;
    readonly descriptions: PositionSet;
    /** The concepts found (scored above 0, of the kind asked for). */
    readonly found: PositionSet;
    readonly words: readonly [PositionSet, PositionSet];
  };

  constructor(readonly concepts: readonly IndexedConcept[]) {
    this.kinds = Uint8Array.from(concepts, (concept) => KINDS.indexOf(concept.kind));
    this.found = {
      scores: new Uint8Array(concepts.length),
      relations: new Uint8Array(concepts.length),
      matchedLanguages: new Uint8Array(concepts.length),
      matchedAlternatives: new Int16Array(concepts.length),
    };
    this.sets = {
      labels: new PositionSet(concepts.length),
      descriptions: new PositionSet(concepts.length),
      found: new PositionSet(concepts.length),
      words: [new PositionSet(concepts.length), new PositionSet(concepts.length)],
    };
    const builders = new Map<
      string,
      {
        labels: VocabularyBuilder;
        descriptions: VocabularyBuilder;
        preferred: (string | undefined)[];
        written: (string | undefined)[];
        alternatives: (string[] | undefined)[];
      }
    >();
    const spaced = (raw: string) => ` ${normalise(raw)}`;
    concepts.forEach((concept, position) => {
      for (const [language, label] of concept.labels) {
        const builder = builders.get(language) ?? {
          labels: new VocabularyBuilder(),
          descriptions: new VocabularyBuilder(),
          preferred: new Array<string | undefined>(concepts.length).fill(undefined),
          written: new Array<string | undefined>(concepts.length).fill(undefined),
          alternatives: new Array<string[] | undefined>(concepts.length).fill(undefined),
        };
        builders.set(language, builder);
        const preferred = spaced(label.preferred);
        const alternatives = label.alternatives.map(spaced);
        builder.preferred[position] = preferred;
        builder.written[position] = label.preferred;
        builder.alternatives[position] = alternatives;
        builder.labels.add(words([preferred, ...alternatives].join(' ')), position);
        builder.descriptions.add(words(normalise(label.description)), position);
      }
    });
    for (const [language, builder] of builders) {
      const trigrams = new Map<string, number[]>();
      builder.preferred.forEach((preferred, position) => {
        const labels = [preferred, ...(builder.alternatives[position] ?? [])];
        for (const trigram of trigramsOf(labels.join('\n'))) {
          const list = trigrams.get(trigram) ?? [];
          list.push(position);
          trigrams.set(trigram, list);
        }
      });
      this.languages.set(language, {
        language,
        labels: builder.labels.build(),
        descriptions: builder.descriptions.build(),
        preferred: builder.preferred,
        written: builder.written,
        alternatives: builder.alternatives,
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
   * The concepts the query can match by their labels (to be scored) into `sets.labels`, and
   * those it matches by their descriptions (score 10 unless their labels score more) into
   * `sets.descriptions`; both empty for the empty query.
   */
  private findCandidates(
    languages: readonly LanguageIndex[],
    query: string,
    queryWords: readonly string[],
  ): void {
    const { labels, descriptions, words } = this.sets;
    labels.clear();
    descriptions.clear();
    if (query === '') return;
    for (const index of languages) {
      withEveryWord(index.labels, queryWords, words, labels);
      if (query.length >= 3) holding(index, query, words, labels);
    }
    for (const index of languages)
      withEveryWord(index.descriptions, queryWords, words, descriptions);
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
    const spaced: Query = {
      text: q,
      spaced: ` ${q}`,
      spacedWords: queryWords.map((word) => ` ${word}`),
    };
    const languages = [...new Set([options.language, 'en'])].flatMap(
      (language) => this.languages.get(language) ?? [],
    );
    const wanted = KINDS.indexOf(kind);
    this.findCandidates(languages, q, queryWords);
    const { labels, descriptions, found } = this.sets;
    found.clear();
    // What ranks a concept found, by its position (work space reused from query to query): its
    // score, the relation to the occupation, and which label matched (the language's number in
    // `languages`, the alternative's number in it, -1 for the preferred label).
    const { scores, relations, matchedLanguages, matchedAlternatives } = this.found;
    /** The concept's relation (1 essential, 2 optional, 0 none asked), -1 when not wanted. */
    const relationOf = (position: number): number => {
      if (this.kinds[position] !== wanted) return -1;
      if (options.within === undefined) return 0;
      const relation = options.within.get(this.concepts[position].uri);
      return relation === undefined ? -1 : RELATIONS.indexOf(relation);
    };
    const add = (position: number, points: number, language = 0, alternative = -1) => {
      const relation = relationOf(position);
      if (relation < 0 || points === 0) return;
      scores[position] = points;
      relations[position] = relation;
      matchedLanguages[position] = language;
      matchedAlternatives[position] = alternative;
      found.add(position);
    };
    for (let n = 0; n < labels.size; n++) {
      const position = labels.at(n);
      if (this.kinds[position] !== wanted) continue;
      let best = NO_MATCH;
      let bestIn = 0;
      for (let l = 0; l < languages.length; l++) {
        const preferred = languages[l].preferred[position];
        if (preferred === undefined) continue;
        const scored = score(spaced, preferred, languages[l].alternatives[position] ?? []);
        if (scored.score > best.score) [best, bestIn] = [scored, l];
      }
      const points = best.score === 0 && descriptions.has(position) ? 10 : best.score;
      add(position, points, bestIn, best.matched);
    }
    // The description's matches (every concept for an empty query) rank below the labels': when
    // the labels' matches fill the page, they are only counted.
    const counted = found.size >= options.limit;
    let more = 0;
    const described = q === '' ? this.concepts.length : descriptions.size;
    for (let n = 0; n < described; n++) {
      const position = q === '' ? n : descriptions.at(n);
      if (labels.has(position)) continue;
      if (!counted) add(position, q === '' ? 1 : 10);
      else if (relationOf(position) >= 0) more++;
    }
    const own = this.languages.get(options.language)?.written;
    const english = this.languages.get('en')?.written;
    const labelAt = (position: number) =>
      own?.[position] ??
      english?.[position] ??
      this.labelOf(this.concepts[position], options.language).text;
    const top = firstOf(found.list(), options.limit, (a, b) => {
      if (scores[a] !== scores[b]) return scores[b] - scores[a];
      // Essential (1) before optional (2); no relation asked is 0 for all.
      if (relations[a] !== relations[b]) return relations[a] - relations[b];
      const [labelA, labelB] = [labelAt(a), labelAt(b)];
      return labelA.length - labelB.length || collator.compare(labelA, labelB);
    });
    return {
      items: top.map((position) => {
        const concept = this.concepts[position];
        const alternative = matchedAlternatives[position];
        const matched =
          alternative < 0
            ? undefined
            : concept.labels.get(languages[matchedLanguages[position]].language)?.alternatives[
                alternative
              ];
        const relation = RELATIONS[relations[position]];
        return {
          concept,
          label: this.labelOf(concept, options.language),
          ...(matched === undefined ? {} : { matched }),
          ...(relation === undefined ? {} : { relation }),
        };
      }),
      total: found.size + more,
    };
  }
}
