/** What the ESCO catalogue answers (ADR 0027): occupations and skills found by their labels. */

/**
 * The attribution ESCO's licence asks for, shown wherever its labels are: with every answer of the
 * catalogue, in the editor and the pathway beside linked labels, in the PDF and Word documents.
 */
export const ESCO_SOURCE = 'ESCO v1.1.1, © European Union';

/** Where ESCO's skill URIs start; a UUID follows (`ESCO_SKILL_PATTERN`). */
export const ESCO_SKILL_BASE = 'http://data.europa.eu/esco/skill/';

/** How an occupation relates to a skill in ESCO. */
export const ESCO_RELATIONS = ['essential', 'optional'] as const;
export type EscoRelation = (typeof ESCO_RELATIONS)[number];

/** A label in the language asked for, or in English when ESCO has none there (`language` says). */
export interface EscoLabel {
  readonly text: string;
  readonly language: string;
}

export interface EscoOccupation {
  readonly uri: string;
  readonly label: EscoLabel;
  /** The ISCO-08 unit group (`7223`) and the ESCO code (`7223.9`). */
  readonly iscoGroup: string | null;
  readonly code: string | null;
  /** The alternative label the search matched, when it was not the preferred one. */
  readonly matched?: string;
}

export interface EscoSkill {
  readonly uri: string;
  readonly label: EscoLabel;
  /** `skill/competence` or `knowledge`. */
  readonly skillType: string | null;
  /** `transversal`, `cross-sector`, `sector-specific` or `occupation-specific`. */
  readonly reuseLevel: string | null;
  /** With `occupation=`: how that occupation needs the skill. */
  readonly relation?: EscoRelation;
  readonly matched?: string;
}

/** A skill proposed for a text being written (`GET /api/v1/esco/suggestions`, ADR 0028). */
export interface EscoSuggestion extends EscoSkill {
  /** How well it matches: comparable within one answer only. */
  readonly score: number;
  /** The stems of the text's words that its labels share (why it was proposed). */
  readonly terms: readonly string[];
}

export interface EscoPage<T> {
  readonly items: readonly T[];
  /** How many matched in all (the items are the best `limit` of them). */
  readonly total: number;
  /** The catalogue's version and its attribution, to show with the data. */
  readonly source: string;
}
