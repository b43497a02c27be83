import {
  CODE_PATTERN,
  ESCO_OCCUPATION_PATTERN,
  ESCO_SKILL_PATTERN,
  ISCED_F_PATTERN,
  LIMITS,
  PROGRAMME_FORMS,
  localizedTextProblem,
  numberProblem,
  type FieldError,
  type ListLimit,
  type NumberLimit,
  type TextLimit,
} from '@curriculum-builder/curriculum';
import type { PendingChange } from './pending-changes';

/**
 * What the editor says about one field of a change it could not save: a message key of the
 * editor (`editor.problem.*`) with its parameters, so that the sentence is in the interface
 * language. `field` is the form field: `title`, `thresholds.pointsPerYear`, `assessment`.
 */
export interface FieldProblem {
  readonly field: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type Limit = NumberLimit | TextLimit | ListLimit;

const PARTS = {
  curriculum: LIMITS.curriculum,
  unit: LIMITS.unit,
  outcome: LIMITS.outcome,
  period: LIMITS.workBasedLearning,
} as const;

/** The form field a request path belongs to: `title.de` → `title`, `thresholds.x` stays. */
function formField(path: string): string {
  const [first, second] = path.split(/[.[\]]+/);
  return first === 'thresholds' && second ? `${first}.${second}` : first;
}

/** Fields that may be cleared: null is their "not stated" (whole year, no end, no hours …). */
const NULLABLE: Readonly<Record<PendingChange['kind'], readonly string[]>> = {
  curriculum: ['nqfLevel', 'qualificationCode'],
  unit: ['term', 'endYear', 'endTerm', 'guidedHours', 'nationalCredits'],
  outcome: [],
  period: ['term'],
};

/** A unit's end takes the limits of its start. */
const SAME_LIMIT: Readonly<Record<string, string>> = { endYear: 'year', endTerm: 'term' };

function limitOf(kind: PendingChange['kind'], field: string): Limit | undefined {
  const [named, second] = field.split('.');
  const first = kind === 'unit' ? (SAME_LIMIT[named] ?? named) : named;
  if (first === 'thresholds') return (LIMITS.thresholds as Record<string, Limit>)[second];
  if (kind === 'unit' && first === 'assessment') return LIMITS.unit.assessmentCriteria;
  if (kind === 'period' && (first === 'unitIds' || first === 'outcomeIds')) {
    return first === 'unitIds' ? LIMITS.workBasedLearning.units : LIMITS.workBasedLearning.outcomes;
  }
  return (PARTS[kind] as Record<string, Limit>)[first];
}

/** The sentence for a field that breaks `limit` (or whose value the server refused for it). */
function limitProblem(field: string, limit: Limit, value: unknown): FieldProblem {
  if ('integer' in limit) {
    const key = limit.integer ? 'editor.problem.whole' : 'editor.problem.number';
    return { field, key, params: { min: limit.min, max: limit.max } };
  }
  if ('maxLength' in limit) {
    const texts = Object.values((value ?? {}) as Record<string, unknown>);
    const blank = !texts.some((t) => typeof t === 'string' && t.trim() !== '');
    return limit.required && blank
      ? { field, key: 'editor.problem.required', params: {} }
      : { field, key: 'editor.problem.length', params: { max: limit.maxLength } };
  }
  const length = Array.isArray(value) ? value.length : 0;
  return length < limit.min
    ? { field, key: 'editor.problem.listMin', params: { min: limit.min } }
    : { field, key: 'editor.problem.list', params: { max: limit.max } };
}

function valueOf(body: Record<string, unknown>, field: string): unknown {
  const [first, second] = field.split('.');
  const value = body[first];
  if (second === undefined) return value;
  return (value as Record<string, unknown> | undefined)?.[second];
}

function breaks(limit: Limit, value: unknown): boolean {
  if ('integer' in limit) return numberProblem(value, limit) !== null;
  if ('maxLength' in limit) return localizedTextProblem(value, limit) !== null;
  return !Array.isArray(value) || value.length < limit.min || value.length > limit.max;
}

/**
 * What is wrong with an ESCO reference the field `field` gives, or null: a URI that is no ESCO
 * occupation's or skill's, or a label blank in every language or too long.
 */
function escoProblem(
  field: string,
  value: unknown,
  concept: 'occupation' | 'skill',
): FieldProblem | null {
  const { uri, label } = (value ?? {}) as { uri?: unknown; label?: unknown };
  const pattern = concept === 'occupation' ? ESCO_OCCUPATION_PATTERN : ESCO_SKILL_PATTERN;
  if (typeof uri !== 'string' || !pattern.test(uri)) {
    const key = concept === 'occupation' ? 'editor.problem.occupation' : 'editor.escoInvalid';
    return { field, key, params: {} };
  }
  const limit = LIMITS.escoReference.label;
  return breaks(limit, label) ? limitProblem(field, limit, label) : null;
}

/** A partial qualification's path: `partialQualifications[1]`, `partialQualifications[1].code`. */
const partialPath = (i: number, field?: 'code' | 'title' | 'unitIds') =>
  field === undefined ? `partialQualifications[${i}]` : `partialQualifications[${i}].${field}`;

/**
 * What is wrong with a list of partial qualifications, each problem at its field
 * (`partialQualifications[1].code`): too many of them, or one whose code is no code, whose title
 * is blank in every language or too long, or that holds no unit or too many. What the rule
 * ECVET-PARTIAL finds (a title missing in the primary language, a code taken) is saved and shown
 * among the findings.
 */
function partialProblems(value: unknown): FieldProblem[] {
  const list = LIMITS.curriculum.partialQualifications;
  if (breaks(list, value)) return [limitProblem('partialQualifications', list, value)];
  const limits = LIMITS.partialQualification;
  return (value as readonly unknown[]).flatMap((entry, i) => {
    const { code, title, unitIds } = (entry ?? {}) as Record<string, unknown>;
    const problems: FieldProblem[] = [];
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
      problems.push({ field: partialPath(i, 'code'), key: 'editor.problem.code', params: {} });
    }
    if (breaks(limits.title, title)) {
      problems.push(limitProblem(partialPath(i, 'title'), limits.title, title));
    }
    if (breaks(limits.units, unitIds)) {
      problems.push(limitProblem(partialPath(i, 'unitIds'), limits.units, unitIds));
    }
    return problems;
  });
}

/**
 * The field of a partial qualification a server error is about (`partialQualifications[1].code`
 * for `partialQualifications[1].code`, `partialQualifications[1].unitIds` for one of its units),
 * with the sentence for it; null for an error about something else.
 */
function partialServerProblem(change: PendingChange, error: FieldError): FieldProblem | null {
  const match = /^partialQualifications\[(\d+)\](?:\.(code|title|unitIds)(\[\d+\])?)?/.exec(
    error.path,
  );
  if (match === null) return null;
  const [, index, name, item] = match;
  const i = Number(index);
  if (name === undefined) {
    return {
      field: partialPath(i),
      key: 'editor.problem.server',
      params: { message: error.message },
    };
  }
  const field = partialPath(i, name as 'code' | 'title' | 'unitIds');
  if (name === 'code') return { field, key: 'editor.problem.code', params: {} };
  const partials = change.body['partialQualifications'];
  const entry = (Array.isArray(partials) ? partials[i] : undefined) as
    Record<string, unknown> | undefined;
  const value = entry?.[name];
  const limit =
    name === 'title' ? LIMITS.partialQualification.title : LIMITS.partialQualification.units;
  // A refused unit of the list (`unitIds[2]`) is no breach of the list's length.
  return item === undefined && breaks(limit, value)
    ? limitProblem(field, limit, value)
    : { field, key: 'editor.problem.server', params: { message: error.message } };
}

/** The fields of a change's body checked against the limit table before anything is sent. */
export function localProblems(change: PendingChange): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(change.body)) {
    if (value === null && NULLABLE[change.kind].includes(name)) continue;
    if (
      (name === 'code' || (name === 'qualificationCode' && change.kind === 'curriculum')) &&
      (typeof value !== 'string' || !CODE_PATTERN.test(value))
    ) {
      problems.push({ field: name, key: 'editor.problem.code', params: {} });
      continue;
    }
    if (name === 'iscedFCode' && (typeof value !== 'string' || !ISCED_F_PATTERN.test(value))) {
      problems.push({ field: name, key: 'editor.problem.isced', params: {} });
      continue;
    }
    if (name === 'programmeForm' && !PROGRAMME_FORMS.some((form) => form === value)) {
      problems.push({ field: name, key: 'editor.problem.programmeForm', params: {} });
      continue;
    }
    if ((name === 'occupation' || name === 'escoSkill') && value !== null) {
      const problem = escoProblem(name, value, name === 'occupation' ? 'occupation' : 'skill');
      if (problem !== null) problems.push(problem);
      continue;
    }
    if (name === 'partialQualifications' && change.kind === 'curriculum') {
      problems.push(...partialProblems(value));
      continue;
    }
    if (name === 'escoSkills') {
      // A unit's or an outcome's skills: the length of the list, then each skill as one above.
      const limit = limitOf(change.kind, name);
      const problem =
        limit !== undefined && breaks(limit, value)
          ? limitProblem(name, limit, value)
          : (Array.isArray(value) ? value : [])
              .map((skill) => escoProblem(name, skill, 'skill'))
              .find((p) => p !== null);
      if (problem !== undefined) problems.push(problem);
      continue;
    }
    const fields =
      name === 'thresholds' && typeof value === 'object' && value !== null
        ? Object.keys(value).map((key) => `thresholds.${key}`)
        : [name];
    for (const field of fields) {
      const limit = limitOf(change.kind, field);
      const fieldValue =
        change.kind === 'unit' && field === 'assessment'
          ? (value as { criteria?: unknown }).criteria
          : valueOf(change.body, field);
      if (limit !== undefined && breaks(limit, fieldValue)) {
        problems.push(limitProblem(field, limit, fieldValue));
      }
    }
  }
  return problems;
}

/** The server's field errors of a refused change, as sentences of the interface. */
export function serverProblems(
  change: PendingChange,
  errors: readonly FieldError[],
): FieldProblem[] {
  return errors.map((error) => {
    const partial = change.kind === 'curriculum' ? partialServerProblem(change, error) : null;
    if (partial !== null) return partial;
    const field = formField(error.path);
    if (field === 'code' || (field === 'qualificationCode' && change.kind === 'curriculum')) {
      return { field, key: 'editor.problem.code', params: {} };
    }
    if (field === 'iscedFCode') return { field, key: 'editor.problem.isced', params: {} };
    if (field === 'programmeForm') {
      return { field, key: 'editor.problem.programmeForm', params: {} };
    }
    const limit = limitOf(change.kind, field);
    // A refused entry of a list (`assessmentPlan[0].unitIds[1]`) is no breach of the list's
    // length: the server says what is wrong with it.
    const entry = /^[^.[]+\[\d+\]/.test(error.path) && limit !== undefined && isListLimit(limit);
    return limit === undefined || entry
      ? { field, key: 'editor.problem.server', params: { message: error.message } }
      : limitProblem(field, limit, valueOf(change.body, field));
  });
}

const isListLimit = (limit: Limit): limit is ListLimit =>
  !('integer' in limit) && !('maxLength' in limit);
