import {
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  INDUSTRY_40_AREAS,
  LIMITS,
  OUTCOME_CATEGORIES,
  PROGRAMME_FORMS,
  type NumberLimit,
  msg,
} from '@curriculum-builder/curriculum';

/*
 * The workbook layout of the `xlsx` export and import, one sheet per part of a curriculum:
 *
 * - `curriculum`: the qualification as key/value rows (`field`, `value`); a localized field has one
 *   row per language (`title.de`, `title.en` …); the rule thresholds are rows too.
 * - `electiveGroups`, `units`, `assessment` (one row per unit), `outcomes` (one row per learning
 *   outcome), `escoSkills` (the ESCO skills of units), `workBasedLearning`, `assessmentPlan` (the
 *   parts of the examination): a header row of keys,
 *   then one row per record; a localized column is one column per language (`title.de`,
 *   `title.en`).
 * - `about`: what the columns mean; never read.
 * - `translationsToReview`: the translations whose source changed after they were made, with where
 *   each text is (only when there are any); never read.
 *
 * Row order is the order of units, outcomes (within their unit), skills and periods. An outcome's
 * `no` is its number within its unit: work-based learning refers to outcomes as `<unit code>#<no>`,
 * so inserting or moving outcome rows keeps those references (the numbers are not renumbered).
 * Lists in one cell (prerequisites, units of a period) are separated by `, ` (`;`, `|` and line
 * breaks are read too). Unit areas and assessment methods are one column each (`area1` …
 * `area6`, `method1` … `method7`), so that each cell gets a drop-down list of the vocabulary.
 */

export type ColumnKind = 'text' | 'code' | 'codes' | 'whole' | 'decimal' | 'boolean' | 'choice';

export interface Field {
  readonly key: string;
  readonly kind: ColumnKind;
  /** One column (or key/value row) per language: `<key>.<lang>`. */
  readonly localized?: boolean;
  readonly limit?: NumberLimit;
  readonly choices?: readonly string[];
  /** Characters wide (per language for localized columns). */
  readonly width?: number;
  /** Technical columns a teacher rarely needs (ESCO URIs): hidden, kept for the round trip. */
  readonly hidden?: boolean;
  /**
   * Optional columns (and key/value or Word table rows), added after files were written: a file
   * without them is read as if they were empty.
   */
  readonly optional?: boolean;
  /** One line for the `about` sheet. */
  readonly about: string;
}

export const BOOLEAN_CHOICES = ['true', 'false'] as const;

const C = LIMITS.curriculum;
const T = LIMITS.thresholds;
const U = LIMITS.unit;
const W = LIMITS.workBasedLearning;

/** The key/value rows of the `curriculum` sheet, in order (also the docx template's first table). */
export const CURRICULUM_FIELDS: readonly Field[] = [
  { key: 'code', kind: 'code', about: 'Code of the programme, e.g. ZM-CNC-2018' },
  {
    key: 'qualificationCode',
    kind: 'text',
    optional: true,
    about:
      'Code of the qualification its programmes share (full-time, part-time …), e.g. ZM-2018; empty: a qualification of its own',
  },
  { key: 'title', kind: 'text', localized: true, about: 'Title of the qualification' },
  { key: 'description', kind: 'text', localized: true, about: 'Description' },
  { key: 'eqfLevel', kind: 'whole', limit: C.eqfLevel, about: 'EQF level, 1 to 8' },
  { key: 'nqfLevel', kind: 'whole', limit: C.nqfLevel, about: 'NQF level (may be empty)' },
  { key: 'iscedFCode', kind: 'code', about: 'ISCED-F 2013 field, e.g. 0715 (may be empty)' },
  { key: 'occupationUri', kind: 'text', about: 'ESCO occupation URI (may be empty)' },
  { key: 'occupationLabel', kind: 'text', localized: true, about: 'ESCO occupation label' },
  {
    key: 'durationMonths',
    kind: 'decimal',
    limit: C.durationMonths,
    about: 'Delivered duration of the programme in months',
  },
  {
    key: 'referenceDurationMonths',
    kind: 'decimal',
    limit: C.referenceDurationMonths,
    optional: true,
    about: "Reference full-time duration of the qualification in months (its ECVET points' basis)",
  },
  {
    key: 'programmeForm',
    kind: 'choice',
    choices: PROGRAMME_FORMS,
    optional: true,
    about: `Form of study: ${PROGRAMME_FORMS.join(', ')}`,
  },
  {
    key: 'intensity',
    kind: 'decimal',
    limit: C.intensity,
    optional: true,
    about: 'Intensity as a share of full-time study: 1 full-time, 0.5 half-time',
  },
  { key: 'fullTime', kind: 'boolean', about: 'true: full-time programme; false: part-time' },
  {
    key: 'ecvetPoints',
    kind: 'decimal',
    limit: C.ecvetPoints,
    about: 'ECVET points of the qualification (60 per year of full-time VET)',
  },
  { key: 'primaryLanguage', kind: 'code', about: 'Primary language, one of languages' },
  { key: 'languages', kind: 'codes', about: 'Languages of the curriculum, e.g. de, en, lt' },
  {
    key: 'requiredLanguages',
    kind: 'codes',
    optional: true,
    about: 'Languages every text must have before review and publication (empty: the primary one)',
  },
  {
    key: 'pointsPerYear',
    kind: 'whole',
    limit: T.pointsPerYear,
    about: 'Rule threshold: points per year',
  },
  {
    key: 'yearLoadTolerance',
    kind: 'whole',
    limit: T.yearLoadTolerance,
    about: 'Rule threshold: tolerance of the year load in points',
  },
  {
    key: 'hoursPerYear',
    kind: 'whole',
    limit: T.hoursPerYear,
    about: 'Rule threshold: hours of learning per year',
  },
  {
    key: 'minWblShare',
    kind: 'decimal',
    limit: T.minWblShare,
    about: 'Rule threshold: least share of work-based learning, 0 to 1',
  },
];

const areaColumns: Field[] = INDUSTRY_40_AREAS.map((_, i) => ({
  key: `area${i + 1}`,
  kind: 'choice',
  choices: INDUSTRY_40_AREAS,
  width: 24,
  about: i === 0 ? `Industry 4.0 areas, one per column: ${INDUSTRY_40_AREAS.join(', ')}` : '',
}));
const methodColumns: Field[] = ASSESSMENT_METHODS.map((_, i) => ({
  key: `method${i + 1}`,
  kind: 'choice',
  choices: ASSESSMENT_METHODS,
  width: 20,
  about: i === 0 ? `Assessment methods, one per column: ${ASSESSMENT_METHODS.join(', ')}` : '',
}));

export interface TableSheet {
  readonly name: string;
  /** What the sheet holds (the `about` sheet). */
  readonly holds: string;
  /** The import's warning when a workbook lacks the sheet: the new draft gets none of it. */
  readonly missing: string;
  readonly columns: readonly Field[];
  /** Columns kept in view when scrolling sideways. */
  readonly freezeColumns: number;
}

/** The `no` of an outcome within its unit. */
export const OUTCOME_NUMBER: NumberLimit = { min: 1, max: 100_000, integer: true };

export const UNIT_CODE: Field = {
  key: 'unit',
  kind: 'code',
  width: 12,
  about: 'Code of the unit (as on the units sheet)',
};

export const GROUPS_SHEET: TableSheet = {
  name: 'electiveGroups',
  holds: 'elective groups',
  missing: msg`is missing: the new draft gets no elective groups`,
  freezeColumns: 1,
  columns: [
    { key: 'code', kind: 'code', width: 12, about: 'Code of the elective group' },
    { key: 'title', kind: 'text', localized: true, width: 36, about: 'Title' },
    {
      key: 'pointsRequired',
      kind: 'decimal',
      limit: LIMITS.electiveGroup.pointsRequired,
      width: 14,
      about: 'ECVET points the group counts towards the qualification',
    },
    {
      key: 'rule',
      kind: 'choice',
      choices: CHOICE_RULES,
      width: 16,
      optional: true,
      about: `How learners choose: ${CHOICE_RULES.join(', ')} (empty: points-at-least)`,
    },
    {
      key: 'unitsRequired',
      kind: 'whole',
      limit: LIMITS.electiveGroup.unitsRequired,
      width: 14,
      optional: true,
      about: 'For the rule units: how many of its units a learner chooses',
    },
  ],
};

export const UNITS_SHEET: TableSheet = {
  name: 'units',
  holds: 'units of learning outcomes',
  missing: msg`is missing: the new draft gets no units of learning outcomes`,
  freezeColumns: 1,
  columns: [
    { key: 'code', kind: 'code', width: 12, about: 'Code of the unit, unique in the curriculum' },
    { key: 'title', kind: 'text', localized: true, width: 36, about: 'Title' },
    { key: 'description', kind: 'text', localized: true, width: 50, about: 'Description' },
    { key: 'eqfLevel', kind: 'whole', limit: U.eqfLevel, width: 10, about: 'EQF level, 1 to 8' },
    { key: 'ecvetPoints', kind: 'decimal', limit: U.ecvetPoints, width: 12, about: 'ECVET points' },
    { key: 'mandatory', kind: 'boolean', width: 11, about: 'true: mandatory; false: elective' },
    {
      key: 'electiveGroup',
      kind: 'code',
      width: 14,
      about: 'Code of its elective group (may be empty)',
    },
    {
      key: 'addOn',
      kind: 'boolean',
      width: 9,
      optional: true,
      about: "true: an add-on qualification, outside the qualification's points",
    },
    { key: 'year', kind: 'whole', limit: U.year, width: 8, about: 'Year of the programme' },
    { key: 'term', kind: 'whole', limit: U.term, width: 8, about: 'Term (may be empty)' },
    {
      key: 'endYear',
      kind: 'whole',
      limit: U.year,
      width: 9,
      optional: true,
      about: 'Last year of a unit spanning several years (empty: its start year)',
    },
    {
      key: 'endTerm',
      kind: 'whole',
      limit: U.term,
      width: 9,
      optional: true,
      about: 'Term it ends in (empty: the whole year, or its start term)',
    },
    {
      key: 'guidedHours',
      kind: 'whole',
      limit: U.guidedHours,
      width: 10,
      optional: true,
      about: 'Hours of guided learning (may be empty)',
    },
    {
      key: 'nationalCredits',
      kind: 'decimal',
      limit: U.nationalCredits,
      width: 10,
      optional: true,
      about: 'Credits in the national system beside ECVET points (may be empty)',
    },
    ...areaColumns,
    {
      key: 'prerequisites',
      kind: 'codes',
      width: 20,
      about: 'Codes of the units required first, e.g. ZM-01, ZM-02',
    },
  ],
};

export const ASSESSMENT_SHEET: TableSheet = {
  name: 'assessment',
  holds: 'assessment of the units',
  missing: msg`is missing: the new draft gets no assessment of the units`,
  freezeColumns: 1,
  columns: [
    UNIT_CODE,
    ...methodColumns,
    { key: 'criteria', kind: 'text', localized: true, width: 50, about: 'Assessment criteria' },
  ],
};

export const OUTCOMES_SHEET: TableSheet = {
  name: 'outcomes',
  holds: 'learning outcomes',
  missing: msg`is missing: the new draft gets no learning outcomes`,
  freezeColumns: 2,
  columns: [
    UNIT_CODE,
    {
      key: 'no',
      kind: 'whole',
      limit: OUTCOME_NUMBER,
      width: 6,
      about: 'Number of the outcome within its unit (work-based learning refers to it)',
    },
    {
      key: 'category',
      kind: 'choice',
      choices: OUTCOME_CATEGORIES,
      width: 24,
      about: `Category: ${OUTCOME_CATEGORIES.join(', ')}`,
    },
    { key: 'text', kind: 'text', localized: true, width: 60, about: 'The learning outcome' },
    {
      key: 'criteria',
      kind: 'text',
      localized: true,
      width: 40,
      optional: true,
      about: "Assessment criteria of this outcome (may be empty: the unit's criteria apply)",
    },
    {
      key: 'escoSkillUri',
      kind: 'text',
      width: 30,
      hidden: true,
      about: 'ESCO skill URI (hidden column; may be empty)',
    },
    {
      key: 'escoSkillLabel',
      kind: 'text',
      localized: true,
      width: 30,
      about: 'ESCO skill label',
    },
  ],
};

export const SKILLS_SHEET: TableSheet = {
  name: 'escoSkills',
  holds: 'ESCO skills of the units, and further skills of outcomes',
  missing: msg`is missing: the new draft gets no ESCO skills of the units, and further skills of outcomes`,
  freezeColumns: 1,
  columns: [
    UNIT_CODE,
    {
      key: 'outcome',
      kind: 'whole',
      limit: OUTCOME_NUMBER,
      width: 8,
      optional: true,
      about:
        'Number of an outcome of the unit (outcomes sheet): a further skill of that outcome, after its main one; empty: a skill of the unit',
    },
    { key: 'uri', kind: 'text', width: 40, about: 'ESCO skill URI' },
    { key: 'label', kind: 'text', localized: true, width: 36, about: 'ESCO skill label' },
  ],
};

export const PERIODS_SHEET: TableSheet = {
  name: 'workBasedLearning',
  holds: 'work-based learning periods',
  missing: msg`is missing: the new draft gets no work-based learning periods`,
  freezeColumns: 1,
  columns: [
    { key: 'title', kind: 'text', localized: true, width: 36, about: 'Title of the period' },
    { key: 'year', kind: 'whole', limit: W.year, width: 8, about: 'Year of the programme' },
    { key: 'term', kind: 'whole', limit: W.term, width: 8, about: 'Term (may be empty)' },
    {
      key: 'durationHours',
      kind: 'whole',
      limit: W.durationHours,
      width: 12,
      about: 'Hours in the company',
    },
    { key: 'companyProfile', kind: 'text', localized: true, width: 40, about: 'Company profile' },
    { key: 'mentorRole', kind: 'text', localized: true, width: 30, about: 'Role of the mentor' },
    { key: 'units', kind: 'codes', width: 20, about: 'Codes of the units covered' },
    {
      key: 'outcomes',
      kind: 'codes',
      width: 24,
      about: 'Outcomes covered as <unit code>#<no>, e.g. ZM-01#2',
    },
    { key: 'assessment', kind: 'text', localized: true, width: 40, about: 'Assessment' },
  ],
};

const P = LIMITS.assessmentPart;

export const PLAN_SHEET: TableSheet = {
  name: 'assessmentPlan',
  holds: 'parts of the assessment plan',
  missing: msg`is missing: the new draft gets no parts of the assessment plan`,
  freezeColumns: 1,
  columns: [
    { key: 'code', kind: 'code', width: 10, about: 'Code of the examination part, e.g. AP1' },
    { key: 'title', kind: 'text', localized: true, width: 36, about: 'Title of the part' },
    {
      key: 'weight',
      kind: 'decimal',
      limit: P.weight,
      width: 10,
      about: 'Share of the final result in %; the parts add up to 100',
    },
    { key: 'year', kind: 'whole', limit: P.year, width: 8, about: 'Year it takes place' },
    { key: 'term', kind: 'whole', limit: P.term, width: 8, about: 'Term (may be empty)' },
    ...methodColumns,
    { key: 'units', kind: 'codes', width: 24, about: 'Codes of the units it assesses' },
    {
      key: 'outcomes',
      kind: 'codes',
      width: 24,
      about: 'Single outcomes it assesses as <unit code>#<no>, e.g. ZM-01#2',
    },
  ],
};

export const PARTIALS_SHEET: TableSheet = {
  name: 'partialQualifications',
  holds: 'partial qualifications',
  missing: msg`is missing: the new draft gets no partial qualifications`,
  freezeColumns: 1,
  columns: [
    { key: 'code', kind: 'code', width: 10, about: 'Code of the partial qualification, e.g. TQ1' },
    { key: 'title', kind: 'text', localized: true, width: 36, about: 'Its title' },
    { key: 'units', kind: 'codes', width: 30, about: 'Codes of the units it certifies' },
  ],
};

/** Every sheet with a header row, in workbook order. */
export const TABLE_SHEETS: readonly TableSheet[] = [
  GROUPS_SHEET,
  UNITS_SHEET,
  ASSESSMENT_SHEET,
  OUTCOMES_SHEET,
  SKILLS_SHEET,
  PERIODS_SHEET,
  PLAN_SHEET,
  PARTIALS_SHEET,
];

export const CURRICULUM_SHEET = 'curriculum';
export const ABOUT_SHEET = 'about';
/** The translations that need review (ADR 0025), when there are any; never read. */
export const REVIEW_SHEET = 'translationsToReview';
/** The columns of the `curriculum` sheet. */
export const KEY_VALUE_COLUMNS = ['field', 'value', 'about'] as const;

/** The header of a column in one language, or as it is. */
export const columnKey = (field: Field, language?: string) =>
  language === undefined ? field.key : `${field.key}.${language}`;
