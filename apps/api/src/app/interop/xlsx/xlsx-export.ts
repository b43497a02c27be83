import {
  outcomeSkillsOf,
  withChoiceRule,
  type CurriculumContent,
  type LocalizedText,
  type TranslationToReview,
} from '@curriculum-builder/curriculum';
import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import {
  ABOUT_SHEET,
  ASSESSMENT_SHEET,
  columnKey,
  CURRICULUM_FIELDS,
  CURRICULUM_SHEET,
  GROUPS_SHEET,
  OUTCOMES_SHEET,
  PERIODS_SHEET,
  PLAN_SHEET,
  PARTIALS_SHEET,
  REVIEW_SHEET,
  SKILLS_SHEET,
  TABLE_SHEETS,
  UNITS_SHEET,
  type Field,
  type TableSheet,
} from './xlsx-layout';
import { languagesOf } from '../content-languages';
import { curriculumValues } from './content-records';

/** A cell as written: text (always a string cell, never a formula), a number, or empty. */
type Value = string | number | null | undefined;
type Values = Record<string, Value | LocalizedText>;

/** Rows below the data that still get the drop-down lists and number checks, for new records. */
const SPARE_ROWS = 500;
const HEADER_FILL = 'FFDCE6F1';

/**
 * Texts as SpreadsheetML stores them: `_xHHHH_` is an escape there (Excel and LibreOffice turn
 * `_x0041_` into `A`), so a literal one gets its `_` escaped as `_x005F_`; a carriage return and
 * the control characters XML cannot hold are written as escapes too, which exceljs and Excel read
 * back. exceljs writes strings as string cells: `=1+1` stays the text `=1+1`, never a formula.
 */
export function escapeText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

const list = (items: readonly string[]) => items.join(', ');

/** The content as a workbook (see xlsx-layout.ts), every language in columns of its own. */
export async function writeWorkbook(
  content: CurriculumContent,
  toReview: readonly TranslationToReview[] = [],
): Promise<Buffer> {
  const languages = languagesOf(content);
  const book = new Workbook();
  book.creator = 'Curriculum builder';
  book.title = content.code;
  curriculumSheet(book, content, languages);
  const outcomeRef = (unitCode: string, index: number) => `${unitCode}#${index + 1}`;
  const rows: Record<string, Values[]> = {
    [GROUPS_SHEET.name]: content.electiveGroups.map(withChoiceRule).map((g) => ({
      code: g.code,
      title: g.title,
      pointsRequired: g.pointsRequired,
      rule: g.rule,
      unitsRequired: g.unitsRequired,
    })),
    [UNITS_SHEET.name]: content.units.map((u) => ({
      code: u.code,
      title: u.title,
      description: u.description,
      eqfLevel: u.eqfLevel,
      ecvetPoints: u.ecvetPoints,
      mandatory: String(u.mandatory),
      electiveGroup: u.electiveGroup,
      addOn: String(u.addOn ?? false),
      year: u.year,
      term: u.term,
      endYear: u.endYear,
      endTerm: u.endTerm,
      guidedHours: u.guidedHours,
      nationalCredits: u.nationalCredits,
      ...Object.fromEntries(u.areas.map((a, i) => [`area${i + 1}`, a])),
      prerequisites: list(u.prerequisiteCodes),
    })),
    [ASSESSMENT_SHEET.name]: content.units.map((u) => ({
      unit: u.code,
      ...Object.fromEntries(u.assessment.methods.map((m, i) => [`method${i + 1}`, m])),
      criteria: u.assessment.criteria,
    })),
    [OUTCOMES_SHEET.name]: content.units.flatMap((u) =>
      u.outcomes.map((o, i) => ({
        unit: u.code,
        no: i + 1,
        category: o.category,
        text: o.text,
        criteria: o.criteria,
        escoSkillUri: outcomeSkillsOf(o)[0]?.uri,
        escoSkillLabel: outcomeSkillsOf(o)[0]?.label,
      })),
    ),
    [SKILLS_SHEET.name]: content.units.flatMap((u) => [
      ...u.escoSkills.map((s) => ({ unit: u.code, uri: s.uri, label: s.label })),
      // An outcome's main skill is in the outcomes sheet; its further ones here.
      ...u.outcomes.flatMap((o, i) =>
        outcomeSkillsOf(o)
          .slice(1)
          .map((s) => ({ unit: u.code, outcome: i + 1, uri: s.uri, label: s.label })),
      ),
    ]),
    [PERIODS_SHEET.name]: content.workBasedLearning.map((p) => ({
      title: p.title,
      year: p.year,
      term: p.term,
      durationHours: p.durationHours,
      companyProfile: p.companyProfile,
      mentorRole: p.mentorRole,
      units: list(p.unitCodes),
      outcomes: list(p.outcomeRefs.map((r) => outcomeRef(r.unitCode, r.index))),
      assessment: p.assessment,
    })),
    [PLAN_SHEET.name]: (content.assessmentPlan ?? []).map((part) => ({
      code: part.code,
      title: part.title,
      weight: part.weight,
      year: part.year,
      term: part.term,
      ...Object.fromEntries(part.methods.map((m, i) => [`method${i + 1}`, m])),
      units: list(part.unitCodes),
      outcomes: list(part.outcomeRefs.map((r) => outcomeRef(r.unitCode, r.index))),
    })),
    [PARTIALS_SHEET.name]: (content.partialQualifications ?? []).map((partial) => ({
      code: partial.code,
      title: partial.title,
      units: list(partial.unitCodes),
    })),
  };
  for (const sheet of TABLE_SHEETS) tableSheet(book, sheet, rows[sheet.name], languages);
  aboutSheet(book);
  if (toReview.length > 0) reviewSheet(book, toReview);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The `curriculum` sheet: one key/value row per field and language. */
function curriculumSheet(book: Workbook, content: CurriculumContent, languages: string[]): void {
  const sheet = book.addWorksheet(CURRICULUM_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.columns = [
    { key: 'field', header: 'field', width: 22 },
    { key: 'value', header: 'value', width: 70, style: { numFmt: '@' } },
    { key: 'about', header: 'about', width: 60 },
  ];
  styleHeader(sheet);
  const values: Values = curriculumValues(content);
  for (const field of CURRICULUM_FIELDS) {
    const keys = field.localized ? languages.map((l) => columnKey(field, l)) : [field.key];
    for (const key of keys) {
      const language = field.localized ? key.slice(field.key.length + 1) : undefined;
      const raw = values[field.key];
      const value = language === undefined ? raw : (raw as LocalizedText)[language];
      const row = sheet.addRow({
        field: key,
        value: cellValue(value as Value),
        about: language === undefined ? field.about : `${field.about} (${language})`,
      });
      row.getCell('field').font = { bold: true };
      const validation = validationOf(field);
      if (validation) row.getCell('value').dataValidation = validation;
      if (field.kind === 'whole' || field.kind === 'decimal')
        row.getCell('value').numFmt = 'General';
    }
  }
}

/** One sheet with a header row of keys and one row per record. */
function tableSheet(
  book: Workbook,
  spec: TableSheet,
  records: readonly Values[],
  languages: readonly string[],
): void {
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: spec.freezeColumns }],
  });
  const columns = spec.columns.flatMap((field) =>
    (field.localized ? languages : [undefined]).map((language) => ({ field, language })),
  );
  sheet.columns = columns.map(({ field, language }) => ({
    key: columnKey(field, language),
    header: columnKey(field, language),
    width: field.width ?? 16,
    hidden: field.hidden ?? false,
    // Text columns as text: a code typed as 0715 stays 0715, a date-like 1/2 stays text.
    style: field.kind === 'whole' || field.kind === 'decimal' ? {} : { numFmt: '@' },
  }));
  styleHeader(sheet);
  for (const record of records) {
    sheet.addRow(
      Object.fromEntries(
        columns.map(({ field, language }) => {
          const raw = record[field.key];
          const value =
            language === undefined ? raw : (raw as LocalizedText | undefined)?.[language];
          return [columnKey(field, language), cellValue(value as Value)];
        }),
      ),
    );
  }
  const last = records.length + 1 + SPARE_ROWS;
  columns.forEach(({ field }, i) => {
    const validation = validationOf(field);
    if (validation === undefined) return;
    const letter = sheet.getColumn(i + 1).letter;
    addValidation(sheet, `${letter}2:${letter}${last}`, validation);
  });
}

function cellValue(value: Value): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : escapeText(value);
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  header.alignment = { vertical: 'top' };
}

/** Drop-down lists for vocabularies and booleans, ranges for numbers. */
function validationOf(field: Field): DataValidation | undefined {
  const choices = field.kind === 'boolean' ? ['true', 'false'] : field.choices;
  if (choices !== undefined) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: field.key,
      error: `One of: ${choices.join(', ')}`,
    };
  }
  if (field.limit !== undefined) {
    return {
      type: field.limit.integer ? 'whole' : 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [field.limit.min, field.limit.max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: field.key,
      error: `A ${field.limit.integer ? 'whole ' : ''}number from ${field.limit.min} to ${field.limit.max}`,
    };
  }
  return undefined;
}

/** exceljs keeps range validations (`B2:B500`) in its model; its typings only offer cells. */
function addValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  (
    sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }
  ).dataValidations.add(range, validation);
}

/** What each sheet and column holds; never read by the import. */
function aboutSheet(book: Workbook): void {
  const sheet = book.addWorksheet(ABOUT_SHEET);
  sheet.columns = [
    { key: 'sheet', header: 'sheet', width: 20 },
    { key: 'column', header: 'column', width: 22 },
    { key: 'about', header: 'about', width: 100 },
  ];
  styleHeader(sheet);
  const lines: [string, string, string][] = [
    [
      '',
      '',
      'Exported by the Curriculum builder; edit it and import it as a new draft (POST /api/v1/curricula/import/xlsx).',
    ],
    [
      '',
      '',
      'Texts have one column per language (title.de, title.en …). Formulas are not calculated on import: a cell with a formula is refused, type the value itself.',
    ],
    [
      '',
      '',
      'Row order is the order of units, outcomes and periods. Lists in one cell are separated by commas.',
    ],
    [CURRICULUM_SHEET, 'field / value', 'The qualification, one row per field and language.'],
    [
      REVIEW_SHEET,
      '',
      'Only when some translations need review: each text whose source changed after it was translated (unit, place in the curriculum, language, source language, the source it was translated from). Not read on import.',
    ],
    ...CURRICULUM_FIELDS.map((f): [string, string, string] => [
      CURRICULUM_SHEET,
      f.localized ? `${f.key}.<lang>` : f.key,
      f.about,
    ]),
    ...TABLE_SHEETS.flatMap((s) => [
      [s.name, '', `One row per record: ${s.holds}.`] as [string, string, string],
      ...s.columns
        .filter((f) => f.about !== '')
        .map((f): [string, string, string] => [
          s.name,
          f.localized ? `${f.key}.<lang>` : f.key,
          f.about,
        ]),
    ]),
  ];
  for (const [name, column, about] of lines) sheet.addRow({ sheet: name, column, about });
}

/** The translations whose source changed after they were made (ADR 0025); never read. */
function reviewSheet(book: Workbook, toReview: readonly TranslationToReview[]): void {
  const sheet = book.addWorksheet(REVIEW_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { key: 'unit', header: 'unit', width: 12 },
    { key: 'text', header: 'text', width: 34 },
    { key: 'language', header: 'language', width: 10 },
    { key: 'sourceLanguage', header: 'sourceLanguage', width: 14 },
    { key: 'translatedFrom', header: 'translatedFrom', width: 80 },
  ];
  styleHeader(sheet);
  for (const t of toReview) {
    sheet.addRow({
      unit: t.unitCode ?? '',
      text: t.path,
      language: t.language,
      sourceLanguage: t.sourceLanguage,
      translatedFrom: t.translatedFrom,
    });
  }
}
