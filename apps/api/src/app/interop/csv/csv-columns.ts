import { UPDATABLE_FIELDS } from '@curriculum-builder/curriculum';
/*
 * The spreadsheet layout (documented in csv.controller.ts): one header row, then rows told apart by
 * the `record` column — `curriculum` (exactly one), `group` (elective groups), `exam` (parts of the
 * assessment plan), `partial` (partial qualifications), `wbl` (work-based
 * learning periods), `outcome` (one per learning outcome, repeating its unit's columns) and `unit`
 * (a unit without outcomes). Texts have one column per language, `<field>.<lang>`. Lists are
 * separated by `|`; outcome references are `<unit code>#<1-based position>`.
 */

export const LIST_SEPARATOR = '|';

/** Columns with one cell per language (`title.de`, `title.en`, …). */
export const LOCALIZED = [
  'title',
  'description',
  'occupationLabel',
  'assessmentCriteria',
  'companyProfile',
  'mentorRole',
  'outcomeText',
  'outcomeCriteria',
  'outcomeEscoLabel',
] as const;
export type LocalizedColumn = (typeof LOCALIZED)[number];

/**
 * The columns of the `curriculum` row: the curriculum's updatable fields, the occupation as URI
 * and label, the thresholds one column each; elective groups and assessment parts are rows.
 */
const CURRICULUM_COLUMNS = UPDATABLE_FIELDS.curriculum.flatMap((field) => {
  if (field === 'occupation') return ['occupationUri', 'occupationLabel'] as const;
  if (field === 'thresholds')
    return ['pointsPerYear', 'yearLoadTolerance', 'hoursPerYear', 'minWblShare'] as const;
  // Elective groups, the parts of the assessment plan and partial qualifications are rows.
  return field === 'electiveGroups' ||
    field === 'assessmentPlan' ||
    field === 'partialQualifications'
    ? []
    : [field];
});
/** The unit columns: a unit's updatable fields, its assessment as two columns. */
const UNIT_FIELD_COLUMNS = UPDATABLE_FIELDS.unit.flatMap((field) =>
  field === 'assessment' ? (['assessmentMethods', 'assessmentCriteria'] as const) : [field],
);
/** Unit columns the curriculum row does not have. */
const UNIT_ONLY_COLUMNS = UNIT_FIELD_COLUMNS.filter(
  (
    column,
  ): column is Exclude<(typeof UNIT_FIELD_COLUMNS)[number], (typeof CURRICULUM_COLUMNS)[number]> =>
    !(CURRICULUM_COLUMNS as readonly string[]).includes(column),
);
/** Work-based learning columns no other row has. */
const WBL_ONLY_COLUMNS = [
  'durationHours',
  'companyProfile',
  'mentorRole',
  'unitCodes',
  'outcomeRefs',
] as const;
/** Elective group columns no other row has: the choice rule and, for "n of m", the n. */
const GROUP_ONLY_COLUMNS = ['rule', 'unitsRequired'] as const;
/** The assessment plan's column no other row has: a part's weight in percent. */
const EXAM_ONLY_COLUMNS = ['weight'] as const;
/** An outcome's main ESCO skill as URI and label, its further skills as a JSON list. */
export const OUTCOME_COLUMNS = [
  'outcomeCategory',
  'outcomeText',
  'outcomeCriteria',
  'outcomeEscoUri',
  'outcomeEscoLabel',
  'outcomeMoreEscoSkills',
] as const;

/** Every column in order; localized ones expand to one column per language. */
export const COLUMNS = [
  'record',
  ...CURRICULUM_COLUMNS,
  ...UNIT_ONLY_COLUMNS,
  ...WBL_ONLY_COLUMNS,
  ...GROUP_ONLY_COLUMNS,
  ...EXAM_ONLY_COLUMNS,
  ...OUTCOME_COLUMNS,
] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * Columns added after files were written (issue #17): a file without them is read with their
 * defaults — the delivered duration at full time, school-based; the primary language required;
 * groups of "at least" their points; no add-ons, no assessment plan; units ending where they start,
 * without hours or national credits — and the import warns that it did.
 */
export const ADDED_COLUMNS: readonly Column[] = [
  'referenceDurationMonths',
  'programmeForm',
  'intensity',
  'requiredLanguages',
  'addOn',
  'rule',
  'unitsRequired',
  'weight',
  'endYear',
  'endTerm',
  'guidedHours',
  'nationalCredits',
];

/**
 * Columns added after files were written whose absence states nothing to check: an outcome of
 * a file without `outcomeMoreEscoSkills` has only its main skill, a curriculum without
 * `qualificationCode` is a qualification of its own, as such files could say.
 */
export const QUIET_ADDED_COLUMNS: readonly Column[] = [
  'outcomeMoreEscoSkills',
  'qualificationCode',
];

export const isLocalized = (c: string): c is LocalizedColumn =>
  (LOCALIZED as readonly string[]).includes(c);

export const UNIT_COLUMNS: readonly Column[] = UNIT_FIELD_COLUMNS;

/** Which columns each kind of row uses (the others must stay empty). */
export const USED: Record<RecordKind, readonly Column[]> = {
  curriculum: CURRICULUM_COLUMNS,
  group: ['code', 'title', 'ecvetPoints', ...GROUP_ONLY_COLUMNS],
  exam: [
    'code',
    'title',
    'year',
    'term',
    'assessmentMethods',
    'unitCodes',
    'outcomeRefs',
    ...EXAM_ONLY_COLUMNS,
  ],
  partial: ['code', 'title', 'unitCodes'],
  wbl: ['title', 'year', 'term', ...WBL_ONLY_COLUMNS, 'assessmentCriteria'],
  outcome: [...UNIT_COLUMNS, ...OUTCOME_COLUMNS],
  unit: UNIT_COLUMNS,
};
export const RECORD_KINDS = [
  'curriculum',
  'group',
  'exam',
  'partial',
  'wbl',
  'outcome',
  'unit',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
