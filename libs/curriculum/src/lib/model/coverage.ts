/**
 * Skills coverage of a curriculum against an ESCO occupation and the Industry 4.0 areas (issue
 * #20, ADR 0028), and the inventory of several curricula against a list of occupations.
 */
import type { Industry40Area } from './curriculum';
import type { EscoLabel, EscoRelation } from './esco';
import type { LocalizedText } from './localized-text';

/** How the occupation needs a skill the report lists: or not at all (the curriculum's own). */
export type CoverageRelation = EscoRelation | 'not-needed';

/** A skill of the target occupation, as the catalogue knows it. */
export interface OccupationSkill {
  readonly uri: string;
  readonly label: EscoLabel;
  readonly skillType: string | null;
  readonly relation: EscoRelation;
}

/** A unit that develops a skill: through its own link (all of it) or through some outcomes. */
export interface CoveringUnit {
  readonly unitId: string;
  readonly code: string;
  /** The ECVET points of the unit spent on the skill (see `SkillCoverage.points`). */
  readonly points: number;
  /** The unit itself links the skill: all its points count. */
  readonly wholeUnit: boolean;
  /** The unit's outcomes that link the skill. */
  readonly outcomeIds: readonly string[];
}

export interface SkillCoverage {
  readonly uri: string;
  readonly label: EscoLabel;
  /** `skill/competence` or `knowledge`; null when the catalogue does not know the skill. */
  readonly skillType: string | null;
  readonly relation: CoverageRelation;
  readonly covered: boolean;
  /**
   * ECVET points spent on it: per unit, all its points when the unit links the skill, else its
   * points times the share of its outcomes that link the skill; summed over the units.
   */
  readonly points: number;
  readonly units: readonly CoveringUnit[];
}

/** Points and outcomes of one Industry 4.0 area, in all and per programme year. */
export interface AreaCoverage {
  readonly area: Industry40Area;
  readonly points: number;
  readonly outcomes: number;
  readonly units: number;
  /** A spanning unit's points are spread evenly over its years; its outcomes count in its first. */
  readonly byYear: readonly {
    readonly year: number;
    readonly points: number;
    readonly outcomes: number;
  }[];
}

/** A unit as the report's heatmap shows it (rows), in the curriculum's order. */
export interface CoverageUnit {
  readonly id: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly ecvetPoints: number;
  readonly year: number;
}

export interface CurriculumCoverage {
  readonly curriculumId: string;
  /** The working copy (`null`) or the published version the report is about. */
  readonly publishedVersion: number | null;
  /** The target occupation; null when the curriculum names none (then only areas and own skills). */
  readonly occupation: { readonly uri: string; readonly label: EscoLabel } | null;
  readonly essential: CoverageFigures;
  readonly optional: CoverageFigures;
  /**
   * Every essential and optional skill of the occupation (essential first), then the skills the
   * curriculum links that the occupation does not need; each with the units that cover it.
   */
  readonly skills: readonly SkillCoverage[];
  /** The URIs of the essential skills no unit or outcome covers, in the order of `skills`. */
  readonly gaps: readonly string[];
  readonly areas: readonly AreaCoverage[];
  readonly units: readonly CoverageUnit[];
  /** The ECVET points of all units: the base of `pointsShare`. */
  readonly totalPoints: number;
  /** ESCO's version and attribution, to show wherever its labels are. */
  readonly source: string;
}

export interface CoverageFigures {
  readonly total: number;
  readonly covered: number;
  /** `covered` of `total` in percent, one decimal; 0 when there are none. */
  readonly percent: number;
  /**
   * The share of the curriculum's points spent on these skills in percent, one decimal: each
   * outcome's share of its unit's points counts when it (or its unit) develops one of them.
   */
  readonly pointsShare: number;
}

/** One occupation of an inventory: which of its essential skills the curricula cover together. */
export interface InventoryOccupation {
  readonly uri: string;
  readonly label: EscoLabel;
  readonly essential: {
    readonly total: number;
    readonly covered: number;
    readonly percent: number;
  };
  readonly skills: readonly {
    readonly uri: string;
    readonly label: EscoLabel;
    readonly relation: EscoRelation;
    /** The ids of the curricula that cover it. */
    readonly curricula: readonly string[];
  }[];
  /** Essential skills none of the curricula covers. */
  readonly gaps: readonly string[];
}

/** `GET /api/v1/coverage`: published curricula of an institution or a partnership together. */
export interface CoverageInventory {
  readonly scope: { readonly institution: string } | { readonly partnership: string };
  readonly curricula: readonly {
    readonly id: string;
    readonly code: string;
    readonly title: LocalizedText;
    readonly institutionId: string;
    readonly publishedVersion: number;
    readonly occupation: string | null;
    /** How many distinct ESCO skills its units and outcomes link. */
    readonly skills: number;
  }[];
  readonly occupations: readonly InventoryOccupation[];
  readonly source: string;
}
