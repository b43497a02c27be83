import {
  canonicalJson,
  outcomeCategoryOf,
  type CaseOrigin,
  type ContentOutcome,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type CurriculumStatus,
  type FieldError,
  outcomeSkillsOf,
  unitExtentOf,
  withChoiceRule,
  msg,
} from '@curriculum-builder/curriculum';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { insertChunked } from '../../infrastructure/database/insert-chunked';
import { nowIso } from '../../common/clock';
import type { CurriculumRows } from './curriculum.mapper';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

export interface ContentPlacement {
  readonly institutionId: string;
  readonly status: CurriculumStatus;
}

/** The ids rows of content take: fresh ones for a new curriculum, kept ones for a replacement. */
interface RowIds {
  readonly unit: (unit: ContentUnit, index: number) => string;
  readonly outcome: (outcome: ContentOutcome) => string;
  readonly period: (index: number) => string;
}

/** The CASE columns of a row from the origin content carries (none for content made here). */
function caseColumns(origin: CaseOrigin | null | undefined) {
  return origin === null || origin === undefined
    ? { caseIdentifier: null, caseOrigin: null }
    : { caseIdentifier: origin.identifier.toLowerCase(), caseOrigin: origin };
}

/**
 * The rows `content` becomes under `curriculum` (its stored columns), with the ids `ids` gives.
 * References that resolve to nothing are rejected with every problem listed.
 */
function contentRows(
  content: CurriculumContent,
  curriculum: Pick<
    CurriculumEntity,
    'id' | 'institutionId' | 'status' | 'version' | 'publishedVersion' | 'createdAt' | 'updatedAt'
  >,
  ids: RowIds,
): CurriculumRows {
  const curriculumId = curriculum.id;
  const unitIds = new Map(content.units.map((unit, i) => [unit.code, ids.unit(unit, i)]));
  const outcomeIds = content.units.map((unit) => unit.outcomes.map((o) => ids.outcome(o)));
  const outcomeIndex = new Map(content.units.map((unit, i) => [unit.code, outcomeIds[i]]));
  const problems: FieldError[] = [];
  /** The ids of units by code and of outcomes by (unit code, index); a problem for each miss. */
  const unitsOf = (codes: readonly string[], at: string): string[] =>
    codes.flatMap((code, k) => {
      const id = unitIds.get(code);
      if (id === undefined)
        problems.push({
          path: `${at}.unitCodes[${k}]`,
          message: msg`no unit has the code ${code}`,
        });
      return id === undefined ? [] : [id];
    });
  const outcomesOf = (refs: ContentWorkBasedLearning['outcomeRefs'], at: string): string[] =>
    refs.flatMap((ref, k) => {
      const id = outcomeIndex.get(ref.unitCode)?.[ref.index];
      if (id === undefined)
        problems.push({
          path: `${at}.outcomeRefs[${k}]`,
          message: msg`unit ${ref.unitCode} has no outcome ${ref.index}`,
        });
      return id === undefined ? [] : [id];
    });

  const units: UnitEntity[] = content.units.map((unit, i) => ({
    id: unitIds.get(unit.code) as string,
    curriculumId,
    position: i,
    code: unit.code,
    title: unit.title,
    description: unit.description,
    eqfLevel: unit.eqfLevel,
    ecvetPoints: unit.ecvetPoints,
    mandatory: unit.mandatory,
    electiveGroup: unit.electiveGroup,
    addOn: unit.addOn ?? false,
    year: unit.year,
    term: unit.term,
    ...unitExtentOf(unit),
    areas: [...unit.areas],
    escoSkills: [...unit.escoSkills],
    prerequisites: unit.prerequisiteCodes.flatMap((code, k) => {
      const id = unitIds.get(code);
      if (id === undefined)
        problems.push({
          path: `units[${i}].prerequisiteCodes[${k}]`,
          message: msg`no unit has the code ${code}`,
        });
      return id === undefined ? [] : [id];
    }),
    assessment: { methods: [...unit.assessment.methods], criteria: unit.assessment.criteria },
    version: 1,
    ...caseColumns(unit.case),
    provenance: null,
  }));
  const outcomes: LearningOutcomeEntity[] = content.units.flatMap((unit, i) =>
    unit.outcomes.map((outcome, k) => ({
      id: outcomeIds[i][k],
      unitId: units[i].id,
      curriculumId,
      position: k,
      category: outcomeCategoryOf(outcome.category) ?? outcome.category,
      text: outcome.text,
      criteria: outcome.criteria ?? {},
      escoSkills: outcomeSkillsOf(outcome),
      version: 1,
      ...caseColumns(outcome.case),
    })),
  );
  const periods: WorkBasedLearningEntity[] = content.workBasedLearning.map((period, p) => ({
    id: ids.period(p),
    curriculumId,
    position: p,
    title: period.title,
    year: period.year,
    term: period.term,
    durationHours: period.durationHours,
    companyProfile: period.companyProfile,
    mentorRole: period.mentorRole,
    unitIds: unitsOf(period.unitCodes, `workBasedLearning[${p}]`),
    outcomeIds: outcomesOf(period.outcomeRefs, `workBasedLearning[${p}]`),
    assessment: period.assessment,
    version: 1,
  }));
  if (unitIds.size !== content.units.length) {
    problems.push({ path: 'units', message: msg`unit codes must be unique` });
  }
  const allIds = new Set([...unitIds.values(), ...outcomes.map((o) => o.id)]);
  if (allIds.size !== unitIds.size + outcomes.length) {
    problems.push({
      path: 'units',
      message: msg`CASE identifiers of units and outcomes must be unique`,
    });
  }
  const assessmentPlan = (content.assessmentPlan ?? []).map(
    ({ unitCodes, outcomeRefs, ...part }, i) => ({
      ...part,
      unitIds: unitsOf(unitCodes, `assessmentPlan[${i}]`),
      outcomeIds: outcomesOf(outcomeRefs, `assessmentPlan[${i}]`),
    }),
  );
  const partialQualifications = (content.partialQualifications ?? []).map(
    ({ unitCodes, ...partial }, i) => ({
      ...partial,
      unitIds: unitsOf(unitCodes, `partialQualifications[${i}]`),
    }),
  );
  if (problems.length > 0) throw new InvalidInputError(problems);

  return {
    curriculum: {
      ...curriculum,
      code: content.code,
      qualificationCode: content.qualificationCode ?? null,
      title: content.title,
      description: content.description,
      eqfLevel: content.eqfLevel,
      nqfLevel: content.nqfLevel,
      iscedFCode: content.iscedFCode,
      occupation: content.occupation,
      durationMonths: content.durationMonths,
      referenceDurationMonths: content.referenceDurationMonths,
      programmeForm: content.programmeForm,
      intensity: content.intensity,
      fullTime: content.fullTime,
      ecvetPoints: content.ecvetPoints,
      primaryLanguage: content.primaryLanguage,
      languages: [...content.languages],
      requiredLanguages: [
        ...new Set([content.primaryLanguage, ...(content.requiredLanguages ?? [])]),
      ],
      electiveGroups: content.electiveGroups.map(withChoiceRule),
      assessmentPlan,
      partialQualifications,
      thresholds: content.thresholds,
      ...caseColumns(content.case),
    },
    units,
    outcomes,
    workBasedLearning: periods,
  };
}

async function insertRows(em: EntityManager, rows: CurriculumRows): Promise<void> {
  await insertChunked(em, UnitEntity, rows.units);
  await insertChunked(em, LearningOutcomeEntity, rows.outcomes);
  await insertChunked(em, WorkBasedLearningEntity, rows.workBasedLearning);
}

/**
 * Stores portable curriculum content (units by code, outcomes by index) as a new curriculum with
 * fresh ids, inside the caller's transaction. References that resolve to nothing are rejected with
 * every problem listed; nothing is written then.
 */
export async function insertCurriculumContent(
  em: EntityManager,
  content: CurriculumContent,
  placement: ContentPlacement,
): Promise<string> {
  const now = nowIso();
  const rows = contentRows(
    content,
    {
      id: randomUUID(),
      institutionId: placement.institutionId,
      status: placement.status,
      version: 1,
      publishedVersion: null,
      createdAt: now,
      updatedAt: now,
    },
    { unit: () => randomUUID(), outcome: () => randomUUID(), period: () => randomUUID() },
  );
  await em.insert(CurriculumEntity, rows.curriculum);
  await insertRows(em, rows);
  return rows.curriculum.id;
}

/** The identity a stored row answers to in CASE: the identifier it was imported with, else its id. */
const identityOf = (row: { id: string; caseIdentifier: string | null }) =>
  (row.caseIdentifier ?? row.id).toLowerCase();

/**
 * Whether a replacement leaves a row's content as it was: its version and CASE origin aside (an
 * origin recorded for the first time is no edit).
 */
export function sameRowContent(a: object, b: object): boolean {
  const content = ({
    version: _v,
    caseIdentifier: _i,
    caseOrigin: _o,
    ...row
  }: {
    version?: unknown;
    caseIdentifier?: unknown;
    caseOrigin?: unknown;
  }) => canonicalJson(row);
  return content(a) === content(b);
}

/**
 * What `current` becomes when its content is replaced by `content`: units and outcomes that answer
 * to the same CASE identity (the identifier they were imported with, else their id) or, without
 * one, units with the same code keep their ids — so review threads, WBL links and diffs follow them
 * — and the rest are added or removed; WBL periods keep their ids by position. A row whose values
 * change gets the next version, as an edit would; the curriculum always does.
 */
export function replacementRows(
  current: CurriculumRows,
  content: CurriculumContent,
): CurriculumRows {
  const unitsByIdentity = new Map(current.units.map((u) => [identityOf(u), u.id]));
  const unitsByCode = new Map(current.units.map((u) => [u.code, u.id]));
  const provenanceOf = new Map(current.units.map((u) => [u.id, u.provenance]));
  const outcomesByIdentity = new Map(current.outcomes.map((o) => [identityOf(o), o.id]));
  const periods = [...current.workBasedLearning].sort((a, b) => a.position - b.position);
  const c = current.curriculum;
  const planned = contentRows(
    content,
    { ...c, version: c.version + 1, updatedAt: nowIso() },
    {
      unit: (unit) =>
        (unit.case === undefined || unit.case === null
          ? unitsByCode.get(unit.code)
          : unitsByIdentity.get(unit.case.identifier.toLowerCase())) ?? randomUUID(),
      outcome: (outcome) =>
        (outcome.case === undefined || outcome.case === null
          ? undefined
          : outcomesByIdentity.get(outcome.case.identifier.toLowerCase())) ?? randomUUID(),
      period: (p) => periods[p]?.id ?? randomUUID(),
    },
  );
  const versioned = <T extends { id: string; version: number; caseOrigin?: CaseOrigin | null }>(
    rows: readonly T[],
    before: readonly T[],
  ): T[] => {
    const old = new Map(before.map((row) => [row.id, row]));
    return rows.map((planned) => {
      const was = old.get(planned.id);
      if (was === undefined) return planned;
      const row = { ...planned, ...keptGuesses(planned, was) };
      if (sameRowContent(row, was)) return { ...row, version: was.version };
      return 'caseOrigin' in row
        ? { ...row, version: was.version + 1, caseOrigin: changedOrigin(row, was) }
        : { ...row, version: was.version + 1 };
    });
  };
  return {
    curriculum: { ...planned.curriculum, ...keptGuesses(planned.curriculum, c) },
    // A unit adopted from the library keeps where it came from (its content may now be adapted).
    units: versioned(
      planned.units.map((unit) => ({ ...unit, provenance: provenanceOf.get(unit.id) ?? null })),
      current.units,
    ),
    outcomes: versioned(planned.outcomes, current.outcomes),
    workBasedLearning: versioned(planned.workBasedLearning, current.workBasedLearning),
  };
}

/**
 * The defaults of a stored row that a replacement leaves as they were: a value an import guessed
 * stays a guess while the new content keeps it (a package that merely repeats it confirms nothing).
 */
function keptGuesses(
  row: { caseOrigin?: CaseOrigin | null },
  was: { caseOrigin?: CaseOrigin | null },
): { caseOrigin?: CaseOrigin } {
  const guessed = was.caseOrigin?.defaults ?? [];
  const value = (record: object, field: string) =>
    canonicalJson((record as Record<string, unknown>)[field]);
  const kept = guessed.filter((field) => value(row, field) === value(was, field));
  if (row.caseOrigin === null || row.caseOrigin === undefined || kept.length === 0) return {};
  const defaults = [...new Set([...(row.caseOrigin.defaults ?? []), ...kept])];
  return { caseOrigin: { ...row.caseOrigin, defaults } };
}

/**
 * The origin of a row whose content a replacement changes: the package's change time only where
 * the package gave a new one (a tool that edited the record dates it); an unchanged time describes
 * the content before, so the export dates the record by the curriculum's change instead.
 */
function changedOrigin(
  row: { caseOrigin?: CaseOrigin | null },
  was: { caseOrigin?: CaseOrigin | null },
): CaseOrigin | null {
  const origin = row.caseOrigin ?? null;
  if (origin === null || origin.lastChangeDateTime !== was.caseOrigin?.lastChangeDateTime)
    return origin;
  const { lastChangeDateTime: _stale, ...rest } = origin;
  return rest;
}

/**
 * Replaces a stored curriculum's tree by `planned` (from `replacementRows`) inside the caller's
 * transaction: the curriculum row is updated, its units, outcomes and WBL periods written anew
 * (with the ids the plan kept).
 */
export async function replaceCurriculumRows(
  em: EntityManager,
  planned: CurriculumRows,
): Promise<void> {
  const { id, ...fields } = planned.curriculum;
  await em.update(CurriculumEntity, { id }, fields);
  await em.delete(WorkBasedLearningEntity, { curriculumId: id });
  await em.delete(LearningOutcomeEntity, { curriculumId: id });
  await em.delete(UnitEntity, { curriculumId: id });
  await insertRows(em, planned);
}
