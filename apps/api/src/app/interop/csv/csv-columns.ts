/*
 * The spreadsheet layout (documented in csv.controller.ts): one header row, then rows told apart by
 * the `record` column — `curriculum` (exactly one), `group` (elective groups), `wbl` (work-based
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
  'outcomeEscoLabel',
] as const;
export type LocalizedColumn = (typeof LOCALIZED)[number];

/** The columns of the `curriculum` row. */
const CURRICULUM_COLUMNS = [
  'code',
  'title',
  'description',
  'eqfLevel',
  'nqfLevel',
  'iscedFCode',
  'occupationUri',
  'occupationLabel',
  'durationMonths',
  'fullTime',
  'ecvetPoints',
  'primaryLanguage',
  'languages',
  'pointsPerYear',
  'yearLoadTolerance',
  'hoursPerYear',
  'minWblShare',
] as const;
/** Unit columns the curriculum row does not have. */
const UNIT_ONLY_COLUMNS = [
  'mandatory',
  'electiveGroup',
  'year',
  'term',
  'areas',
  'escoSkills',
  'prerequisites',
  'assessmentMethods',
  'assessmentCriteria',
] as const;
/** Work-based learning columns no other row has. */
const WBL_ONLY_COLUMNS = [
  'durationHours',
  'companyProfile',
  'mentorRole',
  'unitCodes',
  'outcomeRefs',
] as const;
export const OUTCOME_COLUMNS = [
  'outcomeCategory',
  'outcomeText',
  'outcomeEscoUri',
  'outcomeEscoLabel',
] as const;

/** Every column in order; localized ones expand to one column per language. */
export const COLUMNS = [
  'record',
  ...CURRICULUM_COLUMNS,
  ...UNIT_ONLY_COLUMNS,
  ...WBL_ONLY_COLUMNS,
  ...OUTCOME_COLUMNS,
] as const;
export type Column = (typeof COLUMNS)[number];

export const isLocalized = (c: string): c is LocalizedColumn =>
  (LOCALIZED as readonly string[]).includes(c);

export const UNIT_COLUMNS: readonly Column[] = [
  'code',
  'title',
  'description',
  'eqfLevel',
  'ecvetPoints',
  ...UNIT_ONLY_COLUMNS,
];

/** Which columns each kind of row uses (the others must stay empty). */
export const USED: Record<RecordKind, readonly Column[]> = {
  curriculum: CURRICULUM_COLUMNS,
  group: ['code', 'title', 'ecvetPoints'],
  wbl: ['title', 'year', 'term', ...WBL_ONLY_COLUMNS, 'assessmentCriteria'],
  outcome: [...UNIT_COLUMNS, ...OUTCOME_COLUMNS],
  unit: UNIT_COLUMNS,
};
export const RECORD_KINDS = ['curriculum', 'group', 'wbl', 'outcome', 'unit'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
