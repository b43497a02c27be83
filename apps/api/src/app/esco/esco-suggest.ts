import type { EscoRelation } from '@curriculum-builder/curriculum';
import { firstOf, normalise, type IndexedConcept } from './esco-search';
import { PositionSet } from './position-set';

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

/** Suffixes taken off a word of five letters or more (first match): a light stemmer. */
const SUFFIXES = ['ings', 'ing', 'ions', 'ion', 'ments', 'ment', 'ers', 'er', 'ed', 'es', 's'];

/**
 * The stem of a normalised word, so that "machines", "machining" and "machine" meet, as do
 * "programs", "programming" and "program": one suffix off, then a final "e", then a doubled
 * last consonant ("programm" → "program"); "ies" becomes "y". Short words stay as they are.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  if (word.length === 4) return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
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

/** Whether the sorted `positions` hold `position` (binary search). */
function holds(positions: Int32Array, position: number): boolean {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  return positions[low] === position;
}

/** Where in a skill's labels a term occurs: weights of the preferred label, alternatives, description. */
const FIELD_WEIGHT = { preferred: 3, alternative: 1.5, description: 0.5 } as const;
/** How much more an essential (optional) skill of the occupation counts than another. */
const RELATION_BOOST: Readonly<Record<EscoRelation, number>> = { essential: 1.6, optional: 1.2 };
/** A relation table's values: index 0 is no relation. */
const RELATIONS = [undefined, 'essential', 'optional'] as const;

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
 * shares a common word, and the occupation's essential skills come first among equals. A skill
 * that shares only words of its description is not proposed. Postings and the per-query sums are
 * typed arrays, reused from query to query (a query is one synchronous pass).
 */
export class EscoSuggestIndex {
  private readonly skills: IndexedConcept[];
  private readonly termIds = new Map<string, number>();
  /** Per term: the skills whose labels have it, and the weight of the best label field. */
  private readonly postingSkills: Int32Array[] = [];
  private readonly postingWeights: Float32Array[] = [];
  /** Per term: the skills whose description has it and whose labels do not. */
  private readonly describedBy: Int32Array[] = [];
  private readonly idf: Float64Array;
  /** Per skill: the sum of the idf of its preferred labels' terms. */
  private readonly labelIdf: Float64Array;
  // Per-query work space, one slot per skill: the sum of the shared terms' weights, and of the
  // idf of the shared terms that are in the preferred label.
  private readonly sums: Float64Array;
  private readonly inText: Float64Array;
  /** The skills sharing a label term with the text, and those of them to rank (not excluded). */
  private readonly touched: PositionSet;
  private readonly ranked: PositionSet;
  /** Per occupation (its skills map, as the catalogue keeps it): the relation of every skill. */
  private readonly relationTables = new WeakMap<ReadonlyMap<string, EscoRelation>, Int8Array>();
  private readonly positionOf = new Map<string, number>();

  constructor(concepts: readonly IndexedConcept[]) {
    this.skills = concepts.filter((concept) => concept.kind === 'skill');
    const lists: { skills: number[]; weights: number[]; described: number[] }[] = [];
    const labelTerms: number[][] = [];
    /** How many skills have each term anywhere (labels or description), for its idf. */
    const frequency: number[] = [];
    const idOf = (term: string) => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = lists.length;
        this.termIds.set(term, id);
        lists.push({ skills: [], weights: [], described: [] });
        frequency.push(0);
      }
      return id;
    };
    this.skills.forEach((concept, position) => {
      const labelWeights = new Map<number, number>();
      const described = new Set<number>();
      const preferred = new Set<number>();
      const add = (text: string, weight: number) => {
        for (const term of termsOf(text)) {
          const id = idOf(term);
          labelWeights.set(id, Math.max(labelWeights.get(id) ?? 0, weight));
        }
      };
      for (const label of concept.labels.values()) {
        for (const alternative of label.alternatives) add(alternative, FIELD_WEIGHT.alternative);
        add(label.preferred, FIELD_WEIGHT.preferred);
        for (const term of termsOf(label.preferred)) preferred.add(idOf(term));
        for (const term of termsOf(label.description)) described.add(idOf(term));
      }
      labelTerms.push([...preferred]);
      for (const [id, weight] of labelWeights) {
        lists[id].skills.push(position);
        lists[id].weights.push(weight);
        frequency[id]++;
      }
      for (const id of described)
        if (!labelWeights.has(id)) {
          lists[id].described.push(position);
          frequency[id]++;
        }
    });
    this.idf = Float64Array.from(frequency, (count) =>
      Math.log(1 + this.skills.length / Math.max(1, count)),
    );
    for (const list of lists) {
      this.postingSkills.push(Int32Array.from(list.skills));
      this.postingWeights.push(Float32Array.from(list.weights));
      this.describedBy.push(Int32Array.from(list.described));
    }
    this.labelIdf = Float64Array.from(labelTerms, (terms) =>
      terms.reduce((sum, id) => sum + this.idf[id], 0),
    );
    this.skills.forEach((concept, position) => this.positionOf.set(concept.uri, position));
    this.sums = new Float64Array(this.skills.length);
    this.inText = new Float64Array(this.skills.length);
    this.touched = new PositionSet(this.skills.length);
    this.ranked = new PositionSet(this.skills.length);
  }

  /** The relation of every skill to an occupation, by skill position (0: none). */
  private relationTable(occupation: ReadonlyMap<string, EscoRelation>): Int8Array {
    let table = this.relationTables.get(occupation);
    if (table === undefined) {
      table = new Int8Array(this.skills.length);
      for (const [uri, relation] of occupation) {
        const position = this.positionOf.get(uri);
        if (position !== undefined) table[position] = RELATIONS.indexOf(relation);
      }
      this.relationTables.set(occupation, table);
    }
    return table;
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
    const asked = new Map<number, string>();
    for (const term of termsOf(text)) {
      const id = this.termIds.get(term);
      if (id !== undefined) asked.set(id, term);
    }
    // The labels' terms find the candidates (a skill sharing only description words is none);
    // the description's terms then add to those only.
    const { sums, inText } = this;
    const touched = this.touched.clear();
    for (const id of asked.keys()) {
      const idf = this.idf[id];
      const skills = this.postingSkills[id];
      const weights = this.postingWeights[id];
      for (let i = 0; i < skills.length; i++) {
        const skill = skills[i];
        if (touched.add(skill)) {
          sums[skill] = 0;
          inText[skill] = 0;
        }
        sums[skill] += idf * weights[i];
        // The best field of a term is the preferred label's when any preferred label has it.
        if (weights[i] === FIELD_WEIGHT.preferred) inText[skill] += idf;
      }
    }
    for (const id of asked.keys()) {
      const add = this.idf[id] * FIELD_WEIGHT.description;
      for (const skill of this.describedBy[id]) if (touched.has(skill)) sums[skill] += add;
    }
    const relations = options.occupation && this.relationTable(options.occupation);
    const excluded = new Set<number>();
    for (const uri of options.exclude ?? []) {
      const position = this.positionOf.get(uri);
      if (position !== undefined) excluded.add(position);
    }
    // The score replaces the sum in `sums`.
    const ranked = this.ranked.clear();
    for (let n = 0; n < touched.size; n++) {
      const skill = touched.at(n);
      if (excluded.has(skill)) continue;
      const share = this.labelIdf[skill] === 0 ? 0 : inText[skill] / this.labelIdf[skill];
      const relation = relations ? RELATIONS[relations[skill]] : undefined;
      const boost = relation === undefined ? 1 : RELATION_BOOST[relation];
      sums[skill] = sums[skill] * (0.5 + share) * boost;
      ranked.add(skill);
    }
    const uriOf = (skill: number) => this.skills[skill].uri;
    const top = firstOf(
      ranked.list(),
      options.limit,
      (a, b) => sums[b] - sums[a] || (uriOf(a) < uriOf(b) ? -1 : 1),
    );
    return top.map((skill) => {
      const concept = this.skills[skill];
      const score = sums[skill];
      const relation = relations ? RELATIONS[relations[skill]] : undefined;
      return {
        concept,
        score: Math.round(score * 100) / 100,
        terms: [...asked].filter(([id]) => holds(this.postingSkills[id], skill)).map(([, t]) => t),
        ...(relation === undefined ? {} : { relation }),
      };
    });
  }
}
