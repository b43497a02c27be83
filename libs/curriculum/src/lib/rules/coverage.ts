import {
  INDUSTRY_40_AREAS,
  outcomeSkillsOf,
  unitYearsOf,
  type EscoReference,
  type Unit,
} from '../model/curriculum';
import type {
  AreaCoverage,
  CoverageFigures,
  CoverageRelation,
  CoveringUnit,
  CurriculumCoverage,
  OccupationSkill,
  SkillCoverage,
} from '../model/coverage';
import type { EscoLabel, EscoRelation } from '../model/esco';
import type { LocalizedText } from '../model/localized-text';

export interface CoverageInput {
  readonly occupation: { readonly uri: string; readonly label: EscoLabel } | null;
  /** The occupation's essential and optional skills, in the order the report lists them. */
  readonly occupationSkills: readonly OccupationSkill[];
  /** A linked skill the occupation does not need, as the catalogue knows it (else undefined). */
  describe(
    uri: string,
  ): { readonly label: EscoLabel; readonly skillType: string | null } | undefined;
  /** The language of the labels (the curriculum's own label of an unknown skill). */
  readonly language: string;
  readonly publishedVersion: number | null;
  readonly source: string;
}

/** What the report reads of a curriculum: its units, their points, years, areas and skill links. */
type CoveredUnit = Pick<
  Unit,
  'id' | 'code' | 'title' | 'ecvetPoints' | 'year' | 'areas' | 'escoSkills'
> & {
  readonly endYear?: number | null;
  readonly outcomes: readonly ({ readonly id: string } & Parameters<typeof outcomeSkillsOf>[0])[];
};
export interface CoveredCurriculum {
  readonly id: string;
  readonly units: readonly CoveredUnit[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** Which units and outcomes link each skill, by skill URI; the curriculum's labels beside. */
function linksOf(curriculum: CoveredCurriculum) {
  const links = new Map<string, Map<string, { wholeUnit: boolean; outcomeIds: string[] }>>();
  const references = new Map<string, EscoReference>();
  const at = (uri: string, unitId: string) => {
    const byUnit =
      links.get(uri) ?? new Map<string, { wholeUnit: boolean; outcomeIds: string[] }>();
    links.set(uri, byUnit);
    const entry = byUnit.get(unitId) ?? { wholeUnit: false, outcomeIds: [] };
    byUnit.set(unitId, entry);
    return entry;
  };
  for (const unit of curriculum.units) {
    for (const skill of unit.escoSkills) {
      at(skill.uri, unit.id).wholeUnit = true;
      if (!references.has(skill.uri)) references.set(skill.uri, skill);
    }
    for (const outcome of unit.outcomes) {
      for (const skill of outcomeSkillsOf(outcome)) {
        const entry = at(skill.uri, unit.id);
        if (!entry.outcomeIds.includes(outcome.id)) entry.outcomeIds.push(outcome.id);
        if (!references.has(skill.uri)) references.set(skill.uri, skill);
      }
    }
  }
  return { links, references };
}

/** A unit's points spent on a skill: all of them for the whole unit, else its outcomes' share. */
function spentOn(unit: CoveredUnit, wholeUnit: boolean, outcomes: number): number {
  if (wholeUnit) return unit.ecvetPoints;
  return unit.outcomes.length === 0 ? 0 : (unit.ecvetPoints * outcomes) / unit.outcomes.length;
}

/**
 * The points of `unit` spent on skills that `spends` accepts: all of them when the unit links
 * one, else each outcome's share when the outcome links one.
 */
function pointsOn(unit: CoveredUnit, spends: (uris: readonly string[]) => boolean): number {
  const developing = unit.outcomes.filter((o) => spends(outcomeSkillsOf(o).map((s) => s.uri)));
  return spentOn(unit, spends(unit.escoSkills.map((s) => s.uri)), developing.length);
}

/** A label of the curriculum's own in `language`, else in English, else in any language. */
export function escoLabelIn(text: LocalizedText, language: string, fallback = ''): EscoLabel {
  for (const candidate of [language, 'en', ...Object.keys(text)]) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, language: candidate };
  }
  return { text: fallback, language };
}

function areasOf(curriculum: CoveredCurriculum): AreaCoverage[] {
  const years = [...new Set(curriculum.units.flatMap((unit) => unitYearsOf(unit)))].sort(
    (a, b) => a - b,
  );
  return INDUSTRY_40_AREAS.map((area) => {
    const units = curriculum.units.filter((unit) => unit.areas.includes(area));
    const byYear = new Map(years.map((year) => [year, { year, points: 0, outcomes: 0 }]));
    for (const unit of units) {
      const spread = unitYearsOf(unit);
      for (const year of spread) {
        const entry = byYear.get(year);
        if (entry !== undefined) entry.points += unit.ecvetPoints / spread.length;
      }
      const first = byYear.get(spread[0] ?? unit.year);
      if (first !== undefined) first.outcomes += unit.outcomes.length;
    }
    return {
      area,
      points: round2(units.reduce((sum, unit) => sum + unit.ecvetPoints, 0)),
      outcomes: units.reduce((sum, unit) => sum + unit.outcomes.length, 0),
      units: units.length,
      byYear: [...byYear.values()].map((y) => ({ ...y, points: round2(y.points) })),
    };
  });
}

/**
 * The coverage report of `curriculum` (ADR 0028): every skill of the target occupation with the
 * units and outcomes that develop it, the essential skills none does (the gaps), the skills it
 * links that the occupation does not need, and the points and outcomes per Industry 4.0 area.
 */
export function curriculumCoverage(
  curriculum: CoveredCurriculum,
  input: CoverageInput,
): CurriculumCoverage {
  const { links, references } = linksOf(curriculum);
  const unitsById = new Map(curriculum.units.map((unit) => [unit.id, unit]));
  const coverageOf = (
    uri: string,
    relation: CoverageRelation,
    label: EscoLabel,
    skillType: string | null,
  ): SkillCoverage => {
    const units: CoveringUnit[] = [];
    for (const [unitId, link] of links.get(uri) ?? []) {
      const unit = unitsById.get(unitId);
      if (unit === undefined) continue;
      const share = spentOn(unit, link.wholeUnit, link.outcomeIds.length);
      units.push({
        unitId,
        code: unit.code,
        points: round2(share),
        wholeUnit: link.wholeUnit,
        outcomeIds: link.outcomeIds,
      });
    }
    const points = round2(units.reduce((sum, unit) => sum + unit.points, 0));
    return { uri, label, skillType, relation, covered: units.length > 0, points, units };
  };

  const needed = new Set(input.occupationSkills.map((skill) => skill.uri));
  const skills: SkillCoverage[] = input.occupationSkills.map((skill) =>
    coverageOf(skill.uri, skill.relation, skill.label, skill.skillType),
  );
  for (const [uri, reference] of references) {
    if (needed.has(uri)) continue;
    const known = input.describe(uri);
    const label = known?.label ?? escoLabelIn(reference.label, input.language, uri);
    skills.push(coverageOf(uri, 'not-needed', label, known?.skillType ?? null));
  }

  const totalPoints = round2(curriculum.units.reduce((sum, unit) => sum + unit.ecvetPoints, 0));
  const figures = (relation: EscoRelation): CoverageFigures => {
    const ofRelation = skills.filter((skill) => skill.relation === relation);
    const uris = new Set(ofRelation.map((skill) => skill.uri));
    const spends = (linked: readonly string[]) => linked.some((uri) => uris.has(uri));
    const spent = curriculum.units.reduce((sum, unit) => sum + pointsOn(unit, spends), 0);
    const covered = ofRelation.filter((skill) => skill.covered).length;
    return {
      total: ofRelation.length,
      covered,
      percent: percent(covered, ofRelation.length),
      pointsShare: percent(spent, totalPoints),
    };
  };

  return {
    curriculumId: curriculum.id,
    publishedVersion: input.publishedVersion,
    occupation: input.occupation,
    essential: figures('essential'),
    optional: figures('optional'),
    skills,
    gaps: skills.filter((s) => s.relation === 'essential' && !s.covered).map((s) => s.uri),
    areas: areasOf(curriculum),
    units: curriculum.units.map((unit) => ({
      id: unit.id,
      code: unit.code,
      title: unit.title,
      ecvetPoints: unit.ecvetPoints,
      year: unit.year,
    })),
    totalPoints,
    source: input.source,
  };
}
