import {
  allSkillsOf,
  ESCO_SOURCE,
  usesEsco,
  OUTCOME_CATEGORIES,
  validateCurriculum,
  type Unit,
  type ValidationSummary,
} from '@curriculum-builder/curriculum';
import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import {
  A4,
  documentStyles,
  paragraphs,
  WORD_MEDIA_TYPE,
  wordTable,
  type CellSpec,
} from '../../interop/docx/docx-writer';
import type { ExportFormat } from '../export-format';
import { PdfContext, type PdfInput } from '../pdf/curriculum-pdf';
import { languageName } from '../pdf/pdf-labels';

/**
 * The curriculum document as Word (.docx), with the structure of the PDF (pdf/curriculum-pdf.ts)
 * and its labels in the document's language: title page facts, overview with the units table,
 * ECVET points by year and by Industry 4.0 area, the work-based learning plan, then one section
 * per unit with its outcomes by category and its assessment as real Word tables. Headings use
 * Word's heading styles with outline levels, so the navigation pane shows the structure; no table
 * of contents field is inserted, since Word would ask to update it on every opening.
 */
export const curriculumDocx: ExportFormat = {
  name: 'docx',
  mediaType: WORD_MEDIA_TYPE,
  summary:
    'The curriculum document as an editable Word file (.docx): overview, ECVET points, work-based learning plan and one section per unit, with heading styles and real tables.',
  text: false,
  languages: true,
  fileName: ({ curriculum, language }) => `${curriculum.code}-${language}.docx`,
  render: ({ curriculum, institution, language }) =>
    renderCurriculumDocx({ curriculum, language, institution: institution?.name ?? null }),
};

/** Text width of a portrait A4 page in twips. */
const WIDTH = A4.short - 2 * A4.margin;
const cols = (...shares: number[]) => {
  const widths = shares.map((s) => Math.floor(WIDTH * s));
  widths[0] += WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
};

const heading = (level: 1 | 2 | 3, text: string) =>
  new Paragraph({
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1],
    children: [new TextRun(text)],
  });
const line = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })] });
const labelled = (label: string, text: string) =>
  new Paragraph({
    spacing: { before: 120 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
  });

export async function renderCurriculumDocx(input: PdfInput): Promise<Buffer> {
  const ctx = new PdfContext(input);
  const { labels, curriculum: c } = ctx;
  const summary = validateCurriculum(c).summary;
  const children: FileChild[] = [
    ...cover(ctx),
    ...overview(ctx, summary),
    ...points(ctx, summary),
    heading(1, `3  ${labels.wblPlan}`),
    ...workBasedLearning(ctx, summary),
    heading(1, `4  ${labels.units}`),
    ...c.units.flatMap((unit) => unitSection(ctx, unit)),
    ...(usesEsco(c) ? [line(labels.escoSource(ESCO_SOURCE), { size: 16, color: '6B7B8C' })] : []),
  ];
  const document = new Document({
    creator: ctx.author,
    title: `${ctx.title} (${c.code})`,
    subject: `${labels.curriculum} ${c.code} · EQF ${c.eqfLevel} · ${ctx.points(c.ecvetPoints)} ECVET`,
    keywords: ['ECVET', 'EQF', c.code, `ISCED-F ${c.iscedFCode}`].join(', '),
    styles: documentStyles(input.language),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.short, height: A4.long },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        headers: {
          default: new Header({
            children: [line(`${c.code} · ${ctx.title}`, { size: 16, color: '6B7B8C' })],
          }),
        },
        footers: { default: new Footer({ children: [footer(ctx)] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Institution … Page 3 of 12" with Word's page fields, worded by the labels of the language. */
function footer(ctx: PdfContext): Paragraph {
  const sample = ctx.labels.pageOf(1111, 2222);
  const [before, between, after] = sample.split(/1111|2222/);
  const page =
    after === undefined
      ? [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
      : [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after];
  const style = { size: 16, color: '6B7B8C' };
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: WIDTH }],
    children: [
      new TextRun({ children: [ctx.author, new Tab()], ...style }),
      ...page
        .filter((p) => p !== '')
        .map((p) =>
          p === PageNumber.CURRENT || p === PageNumber.TOTAL_PAGES
            ? new TextRun({ children: [p], ...style })
            : new TextRun({ text: p, ...style }),
        ),
    ],
  });
}

function cover(ctx: PdfContext): FileChild[] {
  const { labels, text, format, curriculum: c } = ctx;
  const title = text.pick(c.title);
  const version =
    c.publishedVersion === null
      ? labels.workingCopy
      : c.status === 'published' || c.status === 'archived'
        ? String(c.publishedVersion)
        : `${labels.workingCopy} (${labels.version} ${c.publishedVersion})`;
  const facts: [string, string][] = [
    [labels.qualificationCode, c.code],
    [labels.institution, ctx.input.institution ?? labels.notSet],
    [labels.eqfLevel, String(c.eqfLevel)],
    [labels.nqfLevel, c.nqfLevel === null ? labels.notSet : String(c.nqfLevel)],
    [labels.iscedF, c.iscedFCode || labels.notSet],
    [
      labels.occupation,
      c.occupation ? `${text.plain(c.occupation.label)}\n${c.occupation.uri}` : labels.notSet,
    ],
    [labels.totalPoints, ctx.points(c.ecvetPoints)],
    [labels.duration, ctx.duration()],
    [labels.version, version],
    [labels.status, labels.statuses[c.status] ?? c.status],
    [labels.date, format.date(c.updatedAt)],
    [
      labels.languages,
      `${c.languages.join(', ')} (${labels.thisLanguage(languageName(ctx.input.language, ctx.input.language))})`,
    ],
  ];
  const notes = [ctx.fallbackNote(), ctx.staleNote()].filter((n) => n !== null);
  return [
    line(labels.curriculum.toUpperCase(), { bold: true, color: '1F4E79' }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [
        new TextRun(title.marker ? `${title.text} [${title.marker}]` : title.text || c.code),
      ],
    }),
    line(c.code, { size: 26, color: '6B7B8C' }),
    wordTable(
      cols(0.32, 0.68),
      facts.map(([label, value]): CellSpec[] => [
        { text: label, bold: true, shaded: true },
        { text: value },
      ]),
      { header: false },
    ),
    ...notes.flatMap((note) => [line(''), line(note, { color: '1F4E79' })]),
    line(''),
    line(labels.createdOn(format.date(ctx.input.now ?? new Date())), { size: 16, color: '6B7B8C' }),
  ];
}

function overview(ctx: PdfContext, summary: ValidationSummary): FileChild[] {
  const { labels, text, curriculum: c } = ctx;
  const description = text.pick(c.description);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(`1  ${labels.overview}`)],
    }),
    ...(description.text
      ? paragraphs(
          description.marker ? `${description.text} [${description.marker}]` : description.text,
        )
      : []),
    heading(2, labels.unitsOverview),
    wordTable(cols(0.13, 0.47, 0.13, 0.1, 0.17), [
      [labels.code, labels.title, labels.yearTerm, labels.ecvetPoints, labels.type],
      ...c.units.map((unit) => [
        unit.code,
        text.plain(unit.title),
        ctx.unitSlotCell(unit),
        ctx.points(unit.ecvetPoints),
        ctx.unitType(unit),
      ]),
    ]),
    ...c.electiveGroups.map((group) => line(ctx.groupSentence(c, group))),
    line(
      `${labels.mandatory}: ${ctx.points(summary.mandatoryPoints)} · ${labels.elective}: ${ctx.points(
        summary.electivePointsRequired,
      )} · ${labels.totalPoints}: ${ctx.points(c.ecvetPoints)}`,
      { bold: true },
    ),
    ...(summary.addOnPoints > 0 ? [line(labels.addOnPoints(ctx.points(summary.addOnPoints)))] : []),
  ];
}

function points(ctx: PdfContext, summary: ValidationSummary): FileChild[] {
  const { labels } = ctx;
  return [
    heading(1, `2  ${labels.ecvetPoints}`),
    heading(2, labels.pointsByYear),
    wordTable(cols(0.5, 0.25, 0.25), [
      ['', labels.ecvetPoints, labels.expected],
      ...summary.pointsByYear.map((load) => [
        labels.year(load.year),
        ctx.points(load.points),
        ctx.points(load.expected),
      ]),
    ]),
    heading(2, labels.pointsByArea),
    wordTable(cols(0.7, 0.3), [
      ['', labels.ecvetPoints],
      ...summary.pointsByArea.map((a) => [labels.areas[a.area], ctx.points(a.points)]),
    ]),
    line(labels.pointsByAreaNote, { size: 18 }),
    ...(ctx.curriculum.assessmentPlan.length > 0
      ? [
          heading(2, labels.assessmentPlan),
          wordTable(cols(0.1, 0.3, 0.14, 0.1, 0.36), [
            [labels.code, labels.title, labels.yearTerm, labels.weight, labels.assesses],
            ...ctx.planRows(ctx.curriculum),
          ]),
        ]
      : []),
    ...((ctx.curriculum.partialQualifications ?? []).length > 0
      ? [
          heading(2, labels.partialQualifications),
          wordTable(cols(0.1, 0.4, 0.35, 0.15), [
            [labels.code, labels.title, labels.partialUnits, labels.ecvetPoints],
            ...ctx.partialRows(ctx.curriculum),
          ]),
        ]
      : []),
  ];
}

function workBasedLearning(ctx: PdfContext, summary: ValidationSummary): FileChild[] {
  const { labels, text, curriculum: c } = ctx;
  if (c.workBasedLearning.length === 0) return [line(labels.noWbl)];
  const byId = new Map(c.units.map((u) => [u.id, u]));
  return [
    ...(summary.programmeHours > 0
      ? [
          line(
            labels.wblShare(
              ctx.points(summary.wblHours),
              ctx.format.share(summary.wblShare),
              ctx.points(summary.programmeHours),
            ),
            { bold: true },
          ),
        ]
      : []),
    wordTable(cols(0.34, 0.12, 0.1, 0.17, 0.27), [
      [labels.period, labels.yearTerm, labels.hours, labels.unitsCovered, labels.assessment],
      ...c.workBasedLearning.map((period) => [
        [
          text.plain(period.title),
          `${labels.companyProfile}: ${text.plain(period.companyProfile)}`,
          `${labels.mentor}: ${text.plain(period.mentorRole)}`,
        ].join('\n'),
        ctx.yearTermCell(period.year, period.term),
        ctx.points(period.durationHours),
        period.unitIds.map((id) => byId.get(id)?.code ?? '?').join(', ') || labels.none,
        text.plain(period.assessment),
      ]),
    ]),
  ];
}

function unitSection(ctx: PdfContext, unit: Unit): FileChild[] {
  const { labels, text, curriculum: c } = ctx;
  const meta = ctx.unitMeta(unit);
  const description = text.pick(unit.description);
  const groups = OUTCOME_CATEGORIES.map((category) => ({
    category,
    items: unit.outcomes.filter((o) => o.category === category),
  })).filter((g) => g.items.length > 0);
  const outcomeRows: CellSpec[][] = groups.flatMap((g) => [
    [{ text: labels.categories[g.category], bold: true, shaded: true, span: 2 }],
    ...g.items.map((o, i): CellSpec[] => [
      { text: String(i + 1) },
      { text: ctx.outcomeLine(o).text },
    ]),
  ]);
  const byId = new Map(c.units.map((u) => [u.id, u]));
  const prerequisites = unit.prerequisites.flatMap((id) => {
    const found = byId.get(id);
    return found === undefined ? [] : [ctx.unitRef(found)];
  });
  const skills = allSkillsOf(unit);
  const criteria = text.pick(unit.assessment.criteria);
  return [
    heading(2, `${unit.code}  ${text.plain(unit.title)}`),
    line(meta, { size: 18, color: '6B7B8C' }),
    ...(description.text
      ? paragraphs(
          description.marker ? `${description.text} [${description.marker}]` : description.text,
        )
      : []),
    heading(3, labels.learningOutcomes),
    ...(outcomeRows.length === 0
      ? [line(labels.none)]
      : [wordTable(cols(0.07, 0.93), outcomeRows, { header: false })]),
    heading(3, labels.assessment),
    wordTable(
      cols(0.25, 0.75),
      [
        [
          { text: labels.methods, bold: true, shaded: true },
          unit.assessment.methods.map((m) => labels.methodNames[m] ?? m).join(', ') || labels.none,
        ],
        [
          { text: labels.criteria, bold: true, shaded: true },
          criteria.text
            ? criteria.marker
              ? `${criteria.text} [${criteria.marker}]`
              : criteria.text
            : labels.notSet,
        ],
      ],
      { header: false },
    ),
    labelled(labels.prerequisites, prerequisites.join('; ') || labels.none),
    labelled(
      labels.escoSkills,
      skills.map((s) => `${text.plain(s.label, labels.notSet)} (${s.uri})`).join('; ') ||
        labels.none,
    ),
  ];
}
