import { OUTCOME_CATEGORIES } from '@curriculum-builder/curriculum';
import { CURRICULUM_FIELDS } from '../xlsx/xlsx-layout';

/*
 * The Word template of the `docx-units` export and the Word import: tables whose first header
 * cell names what they describe (`curriculum`, `electiveGroup`, `unit`) and whose other header
 * cells are language codes (`de`, `en` …). Each further row starts with a fixed label: a field
 * (`code`, `title`, `ecvetPoints` …), whose value spans the language columns unless the field is a
 * text in every language; in a unit table, the learning outcomes follow as one row each, labelled
 * with their category (`knowledge`, `skill`, `responsibility-autonomy`).
 *
 * What the template carries: the curriculum's fields, the elective groups and the units with their
 * outcomes and assessment. What it leaves out (the new draft has none of it): work-based
 * learning periods and ESCO skills of units and outcomes, which belong to the Excel workbook or
 * the app. Text outside the tables (headings, notes) is never read. A text's lines are paragraphs
 * of its cell: line ends come back as line feeds (`\r\n` becomes `\n`, as in any word processor).
 */

export interface TemplateRow {
  readonly key: string;
  /** One cell per language column; otherwise one cell spanning them. */
  readonly localized: boolean;
  /** Added after templates were filled in: a table without the row reads it as empty. */
  readonly optional?: boolean;
}

export const TABLE_KINDS = ['curriculum', 'electiveGroup', 'unit'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const CURRICULUM_ROWS: readonly TemplateRow[] = CURRICULUM_FIELDS.map((f) => ({
  key: f.key,
  localized: f.localized ?? false,
  optional: f.optional ?? false,
}));

export const GROUP_ROWS: readonly TemplateRow[] = [
  { key: 'code', localized: false },
  { key: 'title', localized: true },
  { key: 'pointsRequired', localized: false },
  { key: 'rule', localized: false, optional: true },
  { key: 'unitsRequired', localized: false, optional: true },
];

export const UNIT_ROWS: readonly TemplateRow[] = [
  { key: 'code', localized: false },
  { key: 'title', localized: true },
  { key: 'description', localized: true },
  { key: 'eqfLevel', localized: false },
  { key: 'ecvetPoints', localized: false },
  { key: 'mandatory', localized: false },
  { key: 'electiveGroup', localized: false },
  { key: 'addOn', localized: false, optional: true },
  { key: 'year', localized: false },
  { key: 'term', localized: false },
  { key: 'endYear', localized: false, optional: true },
  { key: 'endTerm', localized: false, optional: true },
  { key: 'guidedHours', localized: false, optional: true },
  { key: 'nationalCredits', localized: false, optional: true },
  { key: 'areas', localized: false },
  { key: 'prerequisites', localized: false },
  { key: 'assessmentMethods', localized: false },
  { key: 'assessmentCriteria', localized: true },
];

export const ROWS: Readonly<Record<TableKind, readonly TemplateRow[]>> = {
  curriculum: CURRICULUM_ROWS,
  electiveGroup: GROUP_ROWS,
  unit: UNIT_ROWS,
};

/** Row labels of outcomes in a unit table. */
export const OUTCOME_LABELS: readonly string[] = OUTCOME_CATEGORIES;

/** Tables in one document, and rows in all of them (as a sheet's rows in the Excel import). */
export const MAX_TABLE_ROWS = 20_000;
