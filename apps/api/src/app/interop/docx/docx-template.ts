import {
  ASSESSMENT_METHODS,
  INDUSTRY_40_AREAS,
  withChoiceRule,
  type CurriculumContent,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { languagesOf } from '../content-languages';
import { curriculumValues } from '../xlsx/content-records';
import { ROWS, type TableKind } from './docx-layout';
import { A4, documentStyles, wordTable, type CellSpec } from './docx-writer';

type Values = Record<string, string | number | null | undefined | LocalizedText>;

const LABEL_WIDTH = 2600;

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

const list = (items: readonly string[]) => items.join(', ');

/**
 * The Word template (docx-layout.ts): landscape A4, a short how-to, the curriculum's table, one
 * table per elective group and one per unit under a heading of its code and title. Every
 * language of the content has a column. A teacher edits the cells, copies an outcome row for a
 * new outcome or a unit table for a new unit, and imports the file as a new draft.
 */
export async function writeUnitTemplate(content: CurriculumContent): Promise<Buffer> {
  const languages = languagesOf(content);
  const primary = content.primaryLanguage;
  const usable = A4.long - 2 * A4.margin;
  const widths = [
    LABEL_WIDTH,
    ...languages.map((_, i) => {
      const share = Math.floor((usable - LABEL_WIDTH) / languages.length);
      return i === 0 ? usable - LABEL_WIDTH - share * (languages.length - 1) : share;
    }),
  ];
  const table = (kind: TableKind, values: Values, extra: (CellSpec | string)[][] = []) =>
    wordTable(widths, [
      [{ text: kind, bold: true }, ...languages.map((l) => ({ text: l, bold: true }))],
      ...ROWS[kind].map((row): (CellSpec | string)[] => {
        const label = { text: row.key, bold: true };
        const value = values[row.key];
        if (!row.localized) return [label, { text: text(value as string), span: languages.length }];
        return [label, ...languages.map((l) => (value as LocalizedText | undefined)?.[l] ?? '')];
      }),
      ...extra,
    ]);
  const children: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(`${content.code} · ${content.title[primary] ?? ''}`)],
    }),
    ...HOW_TO.map((line) => new Paragraph({ children: [new TextRun(line)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Curriculum')] }),
    table('curriculum', curriculumValues(content)),
  ];
  if (content.electiveGroups.length > 0) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun('Elective groups')],
      }),
    );
    for (const g of content.electiveGroups.map(withChoiceRule)) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(g.code)] }),
        table('electiveGroup', {
          code: g.code,
          title: g.title,
          pointsRequired: g.pointsRequired,
          rule: g.rule,
          unitsRequired: g.unitsRequired,
        }),
      );
    }
  }
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Units')] }),
  );
  for (const u of content.units) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [
          new TextRun(`${u.code}  ${u.title[primary] ?? Object.values(u.title)[0] ?? ''}`),
        ],
      }),
      table(
        'unit',
        {
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
          areas: list(u.areas),
          prerequisites: list(u.prerequisiteCodes),
          assessmentMethods: list(u.assessment.methods),
          assessmentCriteria: u.assessment.criteria,
        },
        u.outcomes.map((o) => [
          { text: o.category, bold: true },
          ...languages.map((l) => o.text[l] ?? ''),
        ]),
      ),
    );
  }
  const document = new Document({
    creator: 'Curriculum builder',
    title: `${content.code}: unit tables`,
    description: 'Template of the Word import (POST /api/v1/curricula/import/docx)',
    styles: documentStyles(primary),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape itself: the page is A4 long side across.
            size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The how-to at the top of the template (English, like the labels it explains). */
const HOW_TO = [
  'Fill in the tables and import the file as a new draft. Keep the labels in the first column and the language codes in the first row of each table: they tell the import what a cell is.',
  'Learning outcomes are the rows labelled knowledge, skill or responsibility-autonomy, in order; copy such a row for a new outcome, or a whole unit table for a new unit. Lists (areas, prerequisites, assessment methods) are separated by commas.',
  `Areas: ${INDUSTRY_40_AREAS.join(', ')}. Assessment methods: ${ASSESSMENT_METHODS.join(', ')}. mandatory, fullTime: true or false.`,
  'This template carries the curriculum, its elective groups and its units with outcomes and assessment; work-based learning, ESCO skills and the assessment plan are edited in the app or in the Excel workbook (xlsx export).',
];
