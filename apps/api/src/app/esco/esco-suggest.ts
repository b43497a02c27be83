import type { EscoRelation } from '@curriculum-builder/curriculum';
import { normalise, type IndexedConcept } from './esco-search';

/**
 * Words that say nothing about a skill, in the languages of the product and of ESCO's labels:
 * they are left out of the index and of the text asked about.
 */
const STOP_WORDS = new Set(
  [
    // en
    'a an and are as at be by can for from has have in into is it its of on or such that the their',
    'them they this to under using use used uses with within without who which when where while',
    'according all also other others own e g etc',
    // de
    'der die das den dem des ein eine einen einem einer eines und oder mit für von zu zum zur im',
    'in am an auf aus bei nach über unter sowie sie er es ihre seine nach dabei durch gemäß',
  ]
    .join(' ')
    .split(' '),
);

/** Suffixes taken off a word longer than four letters (first match): a light stemmer. */
const SUFFIXES = ['ings', 'ing', 'ions', 'ion', 'ments', 'ment', 'ers', 'er', 'ed', 'es', 's'];

/**
 * The stem of a normalised word, so that "machines", "machining" and "machine" meet, as do
 * "programs", "programming" and "program": one suffix off, then a final "e", then a doubled
 * last consonant ("programm" → "program"); "ies" becomes "y". Short words stay as they are.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /^\d+$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !'aeiou'.includes(w.at(-1) ?? ''))
    w = w.slice(0, -1);
  return w;
}

/** The stems of a text's words, stop words left out, each once. */
export function termsOf(text: string): string[] {
  const found = new Set<string>();
  for (const word of normalise(text).split(' ')) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    found.add(stem(word));
  }
  return [...found];
}

/** Where in a skill's labels a term occurs: weights of the preferred label, alternatives, description. */
const FIELD_WEIGHT = { preferred: 3, alternative: 1.5, description: 0.5 } as const;
/** How much more an essential (optional) skill of the occupation counts than another. */
const RELATION_BOOST: Readonly<Record<EscoRelation, number>> = { essential: 1.6, optional: 1.2 };

interface Posting {
  readonly concept: IndexedConcept;
  /** The weight of the field the term occurs in (the best one). */
  readonly weight: number;
}

export interface Suggestion {
  readonly concept: IndexedConcept;
  readonly score: number;
  /** The words of the text (their stems) that the skill's labels share. */
  readonly terms: readonly string[];
  readonly relation?: EscoRelation;
}

/**
 * A text index over the skills' preferred labels, alternative labels and descriptions in every
 * language the catalogue has (ADR 0028): term → the skills whose labels have it, with the weight
 * of the field. `suggest` ranks the skills sharing terms with a text by
 *
 *   Σ over shared terms: idf(term) × field weight   ×   (0.5 + share of the preferred label's idf
 *   the text has)   ×   1.6 for an essential, 1.2 for an optional skill of the target occupation,
 *
 * so a skill whose whole label is in the text ("program a CNC controller") ranks above one that
 * shares a common word, and the occupation's essential skills come first among equals.
 */
export class EscoSuggestIndex {
  private readonly postings = new Map<string, Posting[]>();
  /** The terms of each skill's preferred label(s), for the label share. */
  private readonly labelTerms = new Map<IndexedConcept, readonly string[]>();
  private readonly idf = new Map<string, number>();

  constructor(concepts: readonly IndexedConcept[]) {
    const skills = concepts.filter((concept) => concept.kind === 'skill');
    for (const concept of skills) {
      const weights = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const term of termsOf(text))
          weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      };
      const preferred = new Set<string>();
      for (const label of concept.labels.values()) {
        add(label.description, FIELD_WEIGHT.description);
        for (const alternative of label.alternatives) add(alternative, FIELD_WEIGHT.alternative);
        add(label.preferred, FIELD_WEIGHT.preferred);
        for (const term of termsOf(label.preferred)) preferred.add(term);
      }
      this.labelTerms.set(concept, [...preferred]);
      for (const [term, weight] of weights) {
        const list = this.postings.get(term) ?? [];
        list.push({ concept, weight });
        this.postings.set(term, list);
      }
    }
    for (const [term, list] of this.postings)
      this.idf.set(term, Math.log(1 + skills.length / list.length));
  }

  /** How many distinct terms the index holds (for the benchmark's memory figure). */
  get size(): number {
    return this.postings.size;
  }

  suggest(
    text: string,
    options: {
      readonly limit: number;
      /** The target occupation's skills and how it needs them. */
      readonly occupation?: ReadonlyMap<string, EscoRelation>;
      /** Skills not to propose (those already linked). */
      readonly exclude?: ReadonlySet<string>;
    },
  ): Suggestion[] {
    const terms = termsOf(text);
    const found = new Map<IndexedConcept, { sum: number; best: number; terms: string[] }>();
    for (const term of terms) {
      const idf = this.idf.get(term);
      if (idf === undefined) continue;
      for (const { concept, weight } of this.postings.get(term) ?? []) {
        const hit = found.get(concept) ?? { sum: 0, best: 0, terms: [] };
        hit.sum += idf * weight;
        hit.best = Math.max(hit.best, weight);
        hit.terms.push(term);
        found.set(concept, hit);
      }
    }
    const asked = new Set(terms);
    const ranked: Suggestion[] = [];
    for (const [concept, hit] of found) {
      if (options.exclude?.has(concept.uri)) continue;
      // A skill that shares only words of its description is no suggestion.
      if (hit.best < FIELD_WEIGHT.alternative) continue;
      const label = this.labelTerms.get(concept) ?? [];
      const labelIdf = label.reduce((sum, term) => sum + (this.idf.get(term) ?? 0), 0);
      const inText = label
        .filter((term) => asked.has(term))
        .reduce((sum, term) => sum + (this.idf.get(term) ?? 0), 0);
      const relation = options.occupation?.get(concept.uri);
      const boost = relation === undefined ? 1 : RELATION_BOOST[relation];
      const share = labelIdf === 0 ? 0 : inText / labelIdf;
      ranked.push({
        concept,
        score: Math.round(hit.sum * (0.5 + share) * boost * 100) / 100,
        terms: hit.terms,
        ...(relation === undefined ? {} : { relation }),
      });
    }
    ranked.sort((a, b) => b.score - a.score || a.concept.uri.localeCompare(b.concept.uri));
    return ranked.slice(0, options.limit);
  }
}
