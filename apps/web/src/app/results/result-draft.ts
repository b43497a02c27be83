import type {
  AchievementPlace,
  AssessmentResult,
  FieldError,
  LocalizedText,
} from '@curriculum-builder/curriculum';

/** A unit one can record a result of, with its learning outcomes (an MoU's or a curriculum's). */
export interface ResultUnit {
  readonly id: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly ecvetPoints: number;
  readonly outcomes: readonly { readonly id: string; readonly text: LocalizedText }[];
}

/**
 * What the result form records: an assessment (the school's own, or the host's on a transcript),
 * or a unit recognised from prior learning on the strength of evidence (the result is then passed).
 */
export type ResultMode = 'assessed' | 'prior-learning';

/** The form's values as typed (empty strings for nothing chosen yet). */
export interface ResultDraft {
  readonly unitId: string;
  readonly outcomeId: string;
  readonly assessedOn: string;
  readonly method: string;
  readonly result: AssessmentResult | '';
  readonly grade: string;
  readonly assessor: string;
  readonly place: AchievementPlace;
  readonly placeName: string;
  readonly evidence: string;
}

export type ResultField = keyof ResultDraft;

/** Per field, the message key of its problem. */
export type ResultProblems = Partial<Record<ResultField, string>>;

/** The body of `POST …/achievements` and `POST …/transcript/lines` (without the enrolment). */
export interface ResultBody {
  unitId: string;
  outcomeId?: string;
  assessedOn: string;
  method: string;
  result: AssessmentResult;
  grade?: string;
  assessor: string;
  place: AchievementPlace;
  placeName?: string;
  evidence?: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function emptyDraft(place: AchievementPlace, placeName = ''): ResultDraft {
  return {
    unitId: '',
    outcomeId: '',
    assessedOn: '',
    method: '',
    result: '',
    grade: '',
    assessor: '',
    place,
    placeName: place === 'home' ? '' : placeName,
    evidence: '',
  };
}

/** What is missing or wrong in `draft` before it can be sent (message keys of the results area). */
export function resultProblems(draft: ResultDraft, mode: ResultMode): ResultProblems {
  const problems: Record<string, string> = {};
  if (draft.unitId === '') problems['unitId'] = 'results.problem.unit';
  if (!DATE.test(draft.assessedOn)) problems['assessedOn'] = 'results.problem.date';
  if (draft.method.trim() === '') problems['method'] = 'results.problem.method';
  if (mode === 'assessed' && draft.result === '') problems['result'] = 'results.problem.result';
  if (draft.assessor.trim() === '') problems['assessor'] = 'results.problem.assessor';
  if (draft.place !== 'home' && draft.placeName.trim() === '')
    problems['placeName'] = 'results.problem.placeName';
  if (mode === 'prior-learning' && draft.evidence.trim() === '')
    problems['evidence'] = 'results.problem.evidence';
  return problems;
}

/** The request body of a complete draft: optional fields only when given. */
export function resultBody(draft: ResultDraft, mode: ResultMode): ResultBody {
  const grade = draft.grade.trim();
  const placeName = draft.placeName.trim();
  return {
    unitId: draft.unitId,
    ...(draft.outcomeId === '' ? {} : { outcomeId: draft.outcomeId }),
    assessedOn: draft.assessedOn,
    method: draft.method.trim(),
    result: mode === 'prior-learning' ? 'passed' : (draft.result as AssessmentResult),
    ...(grade === '' ? {} : { grade }),
    assessor: draft.assessor.trim(),
    place: draft.place,
    ...(draft.place === 'home' || placeName === '' ? {} : { placeName }),
    ...(mode === 'prior-learning' ? { evidence: draft.evidence.trim() } : {}),
  };
}

/** The server's field errors (`errors[].path`) that belong to a field of the form, by field. */
export function serverProblems(
  errors: readonly FieldError[],
): Partial<Record<ResultField, string>> {
  const fields: readonly ResultField[] = [
    'unitId',
    'outcomeId',
    'assessedOn',
    'method',
    'result',
    'grade',
    'assessor',
    'place',
    'placeName',
    'evidence',
  ];
  const found: Partial<Record<ResultField, string>> = {};
  for (const error of errors) {
    const field = fields.find((f) => error.path === f || error.path.endsWith(`.${f}`));
    if (field !== undefined && found[field] === undefined) found[field] = error.message;
  }
  return found;
}
