import type { EscoRelation } from '@curriculum-builder/curriculum';
import type { EscoConceptRow } from './esco-files';

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

/** Normalised texts of one label set. */
interface Searchable {
  readonly preferred: Text;
  readonly alternatives: readonly (Text & { readonly raw: string })[];
  readonly description: Text;
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
 * alternative, the query inside the preferred label, inside an alternative, and last every query
 * word in the description.
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
  if (wordPrefixes(queryWords, label.description)) return { score: 10 };
  return { score: 0 };
}

/**
 * The catalogue's concepts in memory, searched by their labels in a language and in English (the
 * labels every ESCO download has): ranked by `score`, then essential before optional skills of an
 * occupation, then the shorter label, then alphabetically.
 */
export class EscoIndex {
  private readonly searchable = new Map<IndexedConcept, Map<string, Searchable>>();

  constructor(readonly concepts: readonly IndexedConcept[]) {
    for (const concept of concepts) {
      const byLanguage = new Map<string, Searchable>();
      for (const [language, label] of concept.labels) {
        byLanguage.set(language, {
          preferred: textOf(label.preferred),
          alternatives: label.alternatives.map((raw) => ({ raw, ...textOf(raw) })),
          description: textOf(label.description),
        });
      }
      this.searchable.set(concept, byLanguage);
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
    const hits: (EscoHit & { score: number })[] = [];
    for (const concept of this.concepts) {
      if (concept.kind !== kind) continue;
      const relation = options.within?.get(concept.uri);
      if (options.within !== undefined && relation === undefined) continue;
      let best: { score: number; matched?: string } = { score: q === '' ? 1 : 0 };
      if (q !== '') {
        const labels = this.searchable.get(concept) ?? new Map<string, Searchable>();
        for (const language of new Set([options.language, 'en'])) {
          const label = labels.get(language);
          if (label === undefined) continue;
          const found = score(q, queryWords, label);
          if (found.score > best.score) best = found;
        }
      }
      if (best.score === 0) continue;
      hits.push({
        concept,
        label: this.labelOf(concept, options.language),
        score: best.score,
        ...(best.matched === undefined ? {} : { matched: best.matched }),
        ...(relation === undefined ? {} : { relation }),
      });
    }
    const rank = (relation: EscoRelation | undefined) => (relation === 'optional' ? 1 : 0);
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        rank(a.relation) - rank(b.relation) ||
        a.label.text.length - b.label.text.length ||
        a.label.text.localeCompare(b.label.text),
    );
    return {
      items: hits.slice(0, options.limit).map(({ score: _score, ...hit }) => hit),
      total: hits.length,
    };
  }
}
