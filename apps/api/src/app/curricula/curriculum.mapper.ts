import {
  canonicalJson,
  outcomeSkillsOf,
  curriculumLibraryContent,
  unitLibraryContent,
  unitExtentOf,
  type CaseOrigin,
  type Curriculum,
  type CurriculumStatus,
  type CurriculumSummary,
  type LocalizedText,
  type LearningOutcome,
  type Provenance,
  type ProvenanceRecord,
  staleTranslationsOf,
  type TranslationRecord,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { createHash } from 'node:crypto';
import type { CurriculumEntity } from './entities/curriculum.entity';
import type { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import type { UnitEntity } from './entities/unit.entity';
import type { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

/** The rows of one curriculum, as loaded by `CurriculaRepository.findTree`. */
export interface CurriculumRows {
  readonly curriculum: CurriculumEntity;
  /** What its translations were made from (ADR 0025); none for a tree not read from the database. */
  readonly translations?: readonly TranslationRecord[];
  readonly units: readonly UnitEntity[];
  readonly outcomes: readonly LearningOutcomeEntity[];
  readonly workBasedLearning: readonly WorkBasedLearningEntity[];
}

/** `case` of the model, only where a row keeps a CASE origin (made-here records have none). */
function caseOf(row: { readonly caseOrigin?: CaseOrigin | null }): { case?: CaseOrigin } {
  return row.caseOrigin === null || row.caseOrigin === undefined ? {} : { case: row.caseOrigin };
}

export function toOutcome(row: LearningOutcomeEntity): LearningOutcome {
  return {
    id: row.id,
    version: row.version,
    category: row.category,
    text: row.text,
    criteria: row.criteria ?? {},
    escoSkills: row.escoSkills,
    escoSkill: row.escoSkills[0] ?? null,
    ...caseOf(row),
  };
}

/** The hash of a unit's library content (`unitLibraryContent`): what "adapted" compares. */
export function unitContentHash(unit: Unit): string {
  return createHash('sha256')
    .update(canonicalJson(unitLibraryContent(unit)))
    .digest('hex');
}

/** The hash of a curriculum's library content: a good-practice entry's new version when it moves. */
export function curriculumContentHash(curriculum: Curriculum): string {
  return createHash('sha256')
    .update(canonicalJson(curriculumLibraryContent(curriculum)))
    .digest('hex');
}

/** `provenance` of the model, only where a row keeps one: adapted when the content's hash moved. */
function provenanceOf(
  record: ProvenanceRecord | null | undefined,
  unit: Unit,
): { provenance?: Provenance } {
  if (record === null || record === undefined) return {};
  const { entryId, version, source, institution, licence, attribution, contentHash } = record;
  return {
    provenance: {
      entryId,
      version,
      source,
      institution,
      licence,
      attribution,
      adapted: unitContentHash(unit) !== contentHash,
    },
  };
}

export function toUnit(row: UnitEntity, outcomes: readonly LearningOutcomeEntity[]): Unit {
  const unit = toUnitContent(row, outcomes);
  return { ...unit, ...provenanceOf(row.provenance, unit) };
}

function toUnitContent(row: UnitEntity, outcomes: readonly LearningOutcomeEntity[]): Unit {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    title: row.title,
    description: row.description,
    eqfLevel: row.eqfLevel,
    ecvetPoints: Number(row.ecvetPoints),
    mandatory: row.mandatory,
    electiveGroup: row.electiveGroup,
    addOn: row.addOn,
    year: row.year,
    term: row.term,
    ...unitExtentOf({
      ...row,
      nationalCredits: row.nationalCredits === null ? null : Number(row.nationalCredits),
    }),
    areas: row.areas,
    escoSkills: row.escoSkills,
    prerequisites: row.prerequisites,
    assessment: row.assessment,
    outcomes: [...outcomes].sort((a, b) => a.position - b.position).map(toOutcome),
    ...caseOf(row),
  };
}

export function toWorkBasedLearning(row: WorkBasedLearningEntity): WorkBasedLearningPeriod {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    year: row.year,
    term: row.term,
    durationHours: row.durationHours,
    companyProfile: row.companyProfile,
    mentorRole: row.mentorRole,
    unitIds: row.unitIds,
    outcomeIds: row.outcomeIds,
    assessment: row.assessment,
  };
}

/** Assembles the whole tree in memory from the rows (no further queries). */
export function toCurriculum(rows: CurriculumRows): Curriculum {
  const outcomesByUnit = new Map<string, LearningOutcomeEntity[]>();
  for (const outcome of rows.outcomes) {
    const list = outcomesByUnit.get(outcome.unitId) ?? [];
    list.push(outcome);
    outcomesByUnit.set(outcome.unitId, list);
  }
  const c = rows.curriculum;
  const tree: Curriculum = {
    ...toCurriculumFields(c),
    units: [...rows.units]
      .sort((a, b) => a.position - b.position)
      .map((unit) => toUnit(unit, outcomesByUnit.get(unit.id) ?? [])),
    workBasedLearning: [...rows.workBasedLearning]
      .sort((a, b) => a.position - b.position)
      .map(toWorkBasedLearning),
  };
  const stale = staleTranslationsOf(tree, rows.translations ?? []);
  return stale.length === 0 ? tree : { ...tree, staleTranslations: stale };
}

function toCurriculumFields(c: CurriculumEntity): Omit<Curriculum, 'units' | 'workBasedLearning'> {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    institutionId: c.institutionId,
    code: c.code,
    qualificationCode: c.qualificationCode ?? null,
    title: c.title,
    description: c.description,
    eqfLevel: c.eqfLevel,
    nqfLevel: c.nqfLevel,
    iscedFCode: c.iscedFCode,
    occupation: c.occupation,
    durationMonths: Number(c.durationMonths),
    referenceDurationMonths: Number(c.referenceDurationMonths),
    programmeForm: c.programmeForm,
    intensity: Number(c.intensity),
    fullTime: c.fullTime,
    ecvetPoints: Number(c.ecvetPoints),
    primaryLanguage: c.primaryLanguage,
    languages: c.languages,
    requiredLanguages: c.requiredLanguages,
    electiveGroups: c.electiveGroups,
    assessmentPlan: c.assessmentPlan,
    partialQualifications: c.partialQualifications ?? [],
    thresholds: c.thresholds,
    publishedVersion: c.publishedVersion,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...caseOf(c),
  };
}

/** A row of the catalogue query (raw columns; JSON still as text). */
export interface SummaryRow {
  id: string;
  institution_id: string;
  published_version: number | null;
  code: string;
  title: string;
  status: CurriculumStatus;
  ecvet_points: number | string;
  eqf_level: number | string;
  primary_language: string;
  languages: string;
  version: number | string;
  updated_at: string;
  unit_count: number | string;
}

export function toSummaryRow(row: SummaryRow): CurriculumSummary {
  return {
    id: row.id,
    version: Number(row.version),
    code: row.code,
    title: JSON.parse(row.title) as LocalizedText,
    status: row.status,
    ecvetPoints: Number(row.ecvet_points),
    eqfLevel: Number(row.eqf_level),
    primaryLanguage: row.primary_language,
    languages: JSON.parse(row.languages) as string[],
    institutionId: row.institution_id,
    unitCount: Number(row.unit_count),
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
    updatedAt: row.updated_at,
  };
}

/**
 * Rows from a tree (e.g. a published snapshot), to copy it; positions follow the tree's order. A
 * copy is a new framework: it keeps no CASE identity.
 */
export function snapshotRows(c: Curriculum): CurriculumRows {
  const { units, workBasedLearning, case: _case, staleTranslations: _stale, ...fields } = c;
  const noCase = { caseIdentifier: null, caseOrigin: null };
  return {
    curriculum: { ...fields, ...noCase, publishedVersion: null } as CurriculumEntity,
    units: units.map(
      ({ outcomes: _outcomes, case: _unitCase, ...unit }, position) =>
        ({ ...unit, ...noCase, curriculumId: c.id, position }) as UnitEntity,
    ),
    outcomes: units.flatMap((unit) =>
      unit.outcomes.map(
        ({ case: _outcomeCase, escoSkill: _main, ...outcome }, position) =>
          ({
            ...outcome,
            criteria: outcome.criteria ?? {},
            escoSkills: outcomeSkillsOf(outcome),
            ...noCase,
            unitId: unit.id,
            curriculumId: c.id,
            position,
          }) as LearningOutcomeEntity,
      ),
    ),
    workBasedLearning: workBasedLearning.map(
      (period, position) =>
        ({ ...period, curriculumId: c.id, position }) as WorkBasedLearningEntity,
    ),
  };
}
