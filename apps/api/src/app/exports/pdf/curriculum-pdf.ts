import {
  allSkillsOf,
  Curriculum,
  CurriculumCoverage,
  ElectiveGroup,
  LearningOutcome,
  LocalizedText,
  OUTCOME_CATEGORIES,
  translatableTexts,
  Unit,
  validateCurriculum,
  withChoiceRule,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { labelsFor, languageName, PdfFormat, PdfLabels } from './pdf-labels';
import {
  COLORS,
  ListItem,
  pauses,
  PdfWriter,
  STYLES,
  TableCell,
  TocEntry,
} from '../../../infrastructure/pdf/pdf-document';
import { ResolvedText, TextPicker } from './pdf-text';

export interface PdfInput {
  readonly curriculum: Curriculum;
  /** One of the curriculum's languages. */
  readonly language: string;
  /** Name of the owning institution, if known. */
  readonly institution: string | null;
  /** "Created on" date; now by default. */
  readonly now?: Date;
  /** The skills coverage report (issue #20): a section of its own when given. */
  readonly coverage?: CurriculumCoverage;
  /** Told after each unit how far the document is (0 to 1). */
  readonly progress?: (fraction: number) => void;
}

/** What every builder needs: labels, formats and the language fallback of one document. */
export class PdfContext {
  readonly labels: PdfLabels;
  readonly format: PdfFormat;
  readonly text: TextPicker;
  readonly title: string;
  readonly author: string;
  /** The texts whose translation into the document's language needs review (ADR 0025). */
  readonly stale: ReadonlySet<LocalizedText>;

  constructor(readonly input: PdfInput) {
    const c = input.curriculum;
    this.labels = labelsFor(input.language);
    this.format = new PdfFormat(input.language);
    this.stale = staleTextsOf(c, input.language);
    this.text = new TextPicker(
      input.language,
      c.primaryLanguage,
      this.stale,
      this.labels.staleMarker,
    );
    this.title = this.text.plain(c.title, c.code);
    this.author = input.institution ?? 'Curriculum builder';
  }

  get curriculum(): Curriculum {
    return this.input.curriculum;
  }

  /** "2 / 1" under a "Year / term" column header. */
  yearTermCell(year: number, term: number | null): string {
    return term === null ? String(year) : `${year} / ${term}`;
  }

  /** A unit's slot in the overview: "2 / 1", or "2 / 1 – 3" when it spans terms or years. */
  unitSlotCell(unit: Unit): string {
    const start = this.yearTermCell(unit.year, unit.term);
    if (unit.endYear === null && unit.endTerm === null) return start;
    return `${start} – ${this.yearTermCell(unit.endYear ?? unit.year, unit.endTerm)}`;
  }

  /** The line under a unit's heading: slot, hours, credits, points, level, kind and areas. */
  unitMeta(unit: Unit): string {
    return [
      ...this.unitExtent(unit),
      `${this.points(unit.ecvetPoints)} ECVET`,
      `EQF ${unit.eqfLevel}`,
      this.unitType(unit),
      ...unit.areas.map((a) => this.labels.areas[a]),
    ].join(' · ');
  }

  /** A unit's slot and extent in words: "Year 2, term 1 – year 3 · 120 hours … · 5 national credits". */
  private unitExtent(unit: Unit): string[] {
    const start = this.yearTerm(unit.year, unit.term);
    const spans = unit.endYear !== null || unit.endTerm !== null;
    return [
      spans ? `${start} – ${this.yearTerm(unit.endYear ?? unit.year, unit.endTerm)}` : start,
      ...(unit.guidedHours === null
        ? []
        : [this.labels.guidedHours(this.points(unit.guidedHours))]),
      ...(unit.nationalCredits === null
        ? []
        : [this.labels.nationalCredits(this.points(unit.nationalCredits))]),
    ];
  }

  yearTerm(year: number, term: number | null): string {
    return term === null
      ? this.labels.year(year)
      : `${this.labels.year(year)}, ${this.labels.term(term)}`;
  }

  points(value: number): string {
    return this.format.number(value);
  }

  /**
   * The assessment plan as table rows: code, title, when, weight in %, and what it assesses (unit
   * codes, single outcomes as `ZM-10 #2`, then the methods).
   */
  planRows(c: Curriculum): string[][] {
    const unitCode = new Map(c.units.map((u) => [u.id, u.code]));
    const outcomeRef = new Map(
      c.units.flatMap((u) => u.outcomes.map((o, i) => [o.id, `${u.code} #${i + 1}`] as const)),
    );
    return c.assessmentPlan.map((part) => [
      part.code,
      this.text.plain(part.title),
      this.yearTerm(part.year, part.term),
      `${this.format.number(part.weight)} %`,
      [
        [...part.unitIds.flatMap((id) => unitCode.get(id) ?? [])].join(', '),
        [...part.outcomeIds.flatMap((id) => outcomeRef.get(id) ?? [])].join(', '),
        part.methods.map((m) => this.labels.methodNames[m]).join(', '),
      ]
        .filter((s) => s !== '')
        .join(' · '),
    ]);
  }

  /**
   * An outcome as a line of its unit: its text, then its own assessment criteria when it has them
   * ("… — Criteria: within ± 0.02 mm"), marked when either falls back to another language.
   */
  outcomeLine(o: LearningOutcome): ResolvedText {
    const statement = this.text.pick(o.text);
    const criteria = this.text.pick(o.criteria ?? {});
    const line = statement.text || this.labels.notSet;
    if (criteria.text === '') return { text: line, marker: statement.marker };
    return {
      text: `${line} — ${this.labels.criteria}: ${criteria.text}`,
      marker: statement.marker ?? criteria.marker,
    };
  }

  /** The partial qualifications as table rows: code, title, unit codes, the units' points. */
  partialRows(c: Curriculum): string[][] {
    const byId = new Map(c.units.map((u) => [u.id, u]));
    return (c.partialQualifications ?? []).map((partial) => {
      const units = partial.unitIds.flatMap((id) => byId.get(id) ?? []);
      return [
        partial.code,
        this.text.plain(partial.title),
        units.map((u) => u.code).join(', '),
        this.points(units.reduce((sum, u) => sum + u.ecvetPoints, 0)),
      ];
    });
  }

  /** "Elective group EG (…): choose 1 of its 4 units (10 ECVET points)." */
  groupSentence(c: Curriculum, group: ElectiveGroup): string {
    const { rule, unitsRequired } = withChoiceRule(group);
    const of = c.units.filter(
      (u) => !u.mandatory && !u.addOn && u.electiveGroup === group.code,
    ).length;
    return this.labels.electiveGroup(
      group.code,
      this.text.plain(group.title),
      this.points(group.pointsRequired),
      { rule, units: unitsRequired ?? 1, of },
    );
  }

  unitType(unit: Unit): string {
    if (unit.addOn) return this.labels.addOn;
    if (unit.mandatory) return this.labels.mandatory;
    return unit.electiveGroup
      ? `${this.labels.elective} · ${unit.electiveGroup}`
      : this.labels.elective;
  }

  /**
   * "42 months (3.5 years) · full-time · dual (school and company)"; a part-time programme with its
   * intensity, and the qualification's reference duration where the programme's differs.
   */
  duration(): string {
    const c = this.curriculum;
    const n = (value: number) => this.format.number(value);
    const years = this.labels.years(n(c.durationMonths / 12));
    const time =
      c.intensity >= 1
        ? this.labels.fullTime
        : `${this.labels.partTime} (${n(c.intensity * 100)} %)`;
    const reference =
      c.referenceDurationMonths === c.durationMonths
        ? ''
        : ` · ${this.labels.referenceDuration(this.labels.months(n(c.referenceDurationMonths)))}`;
    return `${this.labels.months(n(c.durationMonths))} (${years}) · ${time} · ${this.labels.forms[c.programmeForm] ?? c.programmeForm}${reference}`;
  }

  /** "ZM-03 Title", for prerequisites and WBL coverage. */
  unitRef(unit: Unit): string {
    return `${unit.code} ${this.text.plain(unit.title)}`;
  }

  /** The cover's note on translations that need review, when the document has some. */
  staleNote(): string | null {
    if (this.stale.size === 0) return null;
    return this.labels.staleNote(
      this.stale.size,
      languageName(this.input.language, this.input.language),
      languageName(this.curriculum.primaryLanguage, this.input.language),
      this.labels.staleMarker,
    );
  }

  fallbackNote(): string | null {
    const c = this.curriculum;
    if (this.input.language === c.primaryLanguage || this.text.countFallbacks(c) === 0) return null;
    return this.labels.fallbackNote(
      languageName(this.input.language, this.input.language),
      languageName(c.primaryLanguage, this.input.language),
      c.primaryLanguage,
    );
  }
}

/** The texts of `c` whose translation into `language` needs review, by identity. */
function staleTextsOf(c: Curriculum, language: string): ReadonlySet<LocalizedText> {
  const keys = new Set(
    (c.staleTranslations ?? []).filter((s) => s.language === language).map((s) => s.key),
  );
  if (keys.size === 0) return new Set();
  return new Set(translatableTexts(c).flatMap((t) => (keys.has(t.key) ? [t.text] : [])));
}

const SECTION = {
  overview: 'overview',
  points: 'points',
  wbl: 'wbl',
  units: 'units',
  coverage: 'coverage',
} as const;
const unitDestination = (index: number) => `unit-${index + 1}`;

/**
 * The curriculum document: cover, contents, overview of units, ECVET points by year and by
 * Industry 4.0 area, the work-based learning plan and one section per unit. Returns the ended
 * pdfkit document (a readable stream).
 */
/**
 * The curriculum document. Asynchronous: between units it lets the process do other work every
 * few milliseconds (other requests, a worker's lock and progress), so that a 1,000-unit document
 * never holds the event loop for its whole render.
 */
export async function renderCurriculumPdf(input: PdfInput): Promise<PDFKit.PDFDocument> {
  const ctx = new PdfContext(input);
  const { labels, text, curriculum: c } = ctx;
  const pdf = new PdfWriter({
    title: `${ctx.title} (${c.code})`,
    author: ctx.author,
    subject: `${labels.curriculum} ${c.code} · EQF ${c.eqfLevel} · ${ctx.points(c.ecvetPoints)} ECVET`,
    keywords: ['ECVET', 'EQF', c.code, `ISCED-F ${c.iscedFCode}`].join(', '),
    language: input.language,
  });
  const summary = validateCurriculum(c).summary;

  cover(pdf, ctx);

  const sections = [
    { id: SECTION.overview, label: `1  ${labels.overview}` },
    { id: SECTION.points, label: `2  ${labels.ecvetPoints}` },
    { id: SECTION.wbl, label: `3  ${labels.wblPlan}` },
    { id: SECTION.units, label: `4  ${labels.units}` },
    ...(input.coverage === undefined
      ? []
      : [{ id: SECTION.coverage, label: `5  ${labels.coverage}` }]),
  ];
  const entries: TocEntry[] = [];
  for (const section of sections) {
    entries.push({ level: 1, label: section.label, destination: section.id });
    if (section.id === SECTION.units) {
      c.units.forEach((unit, i) =>
        entries.push({ level: 2, label: ctx.unitRef(unit), destination: unitDestination(i) }),
      );
    }
  }
  const toc = pdf.reserveToc(labels.contents, entries, labels.contents);

  // 1 Overview
  pdf.heading(1, sections[0].label, {
    newPage: true,
    outline: pdf.doc.outline,
    destination: SECTION.overview,
    section: labels.overview,
  });
  const description = text.pick(c.description);
  if (description.text)
    pdf.paragraph(description.text, STYLES.body, { marker: description.marker, after: 8 });
  pdf.heading(2, labels.unitsOverview, { keepWith: 40 });
  pdf.table(
    [
      { header: labels.code, width: 0.13 },
      { header: labels.title, width: 0.47 },
      { header: labels.yearTerm, width: 0.13, align: 'center' },
      { header: labels.ecvetPoints, width: 0.1, align: 'right' },
      { header: labels.type, width: 0.17 },
    ],
    c.units.map((unit): TableCell[] => [
      unit.code,
      text.plain(unit.title),
      ctx.unitSlotCell(unit),
      ctx.points(unit.ecvetPoints),
      ctx.unitType(unit),
    ]),
  );
  for (const group of c.electiveGroups) {
    pdf.paragraph(ctx.groupSentence(c, group), STYLES.small);
  }
  pdf.paragraph(
    `${labels.mandatory}: ${ctx.points(summary.mandatoryPoints)} · ${labels.elective}: ${ctx.points(
      summary.electivePointsRequired,
    )} · ${labels.totalPoints}: ${ctx.points(c.ecvetPoints)}`,
    STYLES.strong,
  );
  if (summary.addOnPoints > 0) {
    pdf.paragraph(labels.addOnPoints(ctx.points(summary.addOnPoints)), STYLES.small);
  }

  // 2 ECVET points (and the assessment plan)
  pdf.heading(1, sections[1].label, {
    newPage: true,
    outline: pdf.doc.outline,
    destination: SECTION.points,
    section: labels.ecvetPoints,
  });
  pdf.heading(2, labels.pointsByYear, { keepWith: 60 });
  pdf.barChart(
    summary.pointsByYear.map((load) => ({
      label: labels.year(load.year),
      value: load.points,
      expected: load.expected,
      valueLabel: `${ctx.points(load.points)} / ${ctx.points(load.expected)}`,
    })),
    {
      alt: `${labels.pointsByYear}: ${summary.pointsByYear
        .map(
          (l) =>
            `${labels.year(l.year)} ${ctx.points(l.points)} (${labels.expected} ${ctx.points(l.expected)})`,
        )
        .join('; ')}`,
      legend: labels.expected,
    },
  );
  pdf.heading(2, labels.pointsByArea, { keepWith: 60 });
  pdf.barChart(
    summary.pointsByArea.map((a) => ({
      label: labels.areas[a.area],
      value: a.points,
      valueLabel: ctx.points(a.points),
    })),
    {
      alt: `${labels.pointsByArea}: ${summary.pointsByArea
        .map((a) => `${labels.areas[a.area]} ${ctx.points(a.points)}`)
        .join('; ')}`,
    },
  );
  if (c.assessmentPlan.length > 0) {
    pdf.heading(2, labels.assessmentPlan, { keepWith: 60 });
    pdf.table(
      [
        { header: labels.code, width: 0.1 },
        { header: labels.title, width: 0.3 },
        { header: labels.yearTerm, width: 0.14, align: 'center' },
        { header: labels.weight, width: 0.1, align: 'right' },
        { header: labels.assesses, width: 0.36 },
      ],
      ctx.planRows(c),
    );
  }
  if ((c.partialQualifications ?? []).length > 0) {
    pdf.heading(2, labels.partialQualifications, { keepWith: 60 });
    pdf.table(
      [
        { header: labels.code, width: 0.1 },
        { header: labels.title, width: 0.4 },
        { header: labels.partialUnits, width: 0.35 },
        { header: labels.ecvetPoints, width: 0.15, align: 'right' },
      ],
      ctx.partialRows(c),
    );
  }
  pdf.paragraph(labels.pointsByAreaNote, STYLES.small);

  // 3 Work-based learning
  pdf.heading(1, sections[2].label, {
    keepWith: 60,
    outline: pdf.doc.outline,
    destination: SECTION.wbl,
    section: labels.wblPlan,
  });
  workBasedLearning(pdf, ctx, summary.wblHours, summary.programmeHours, summary.wblShare);

  // 4 Units
  const unitsBookmark = pdf.heading(1, sections[3].label, {
    newPage: true,
    outline: pdf.doc.outline,
    destination: SECTION.units,
    section: labels.units,
  });
  const byId = new Map(c.units.map((u) => [u.id, u]));
  const pause = pauses();
  for (const [i, unit] of c.units.entries()) {
    unitSection(pdf, ctx, unit, i, byId, unitsBookmark ?? pdf.doc.outline);
    input.progress?.((i + 1) / c.units.length);
    await pause();
  }

  // 5 Skills coverage (ESCO)
  const coverage = sections[4];
  if (input.coverage !== undefined && coverage !== undefined) {
    pdf.heading(1, coverage.label, {
      newPage: true,
      outline: pdf.doc.outline,
      destination: SECTION.coverage,
      section: labels.coverage,
    });
    coverageSection(pdf, ctx, input.coverage);
  }

  pdf.writeToc(toc);
  return pdf.finish((index, count, section) =>
    index === 0
      ? null
      : {
          headerLeft: `${c.code} · ${ctx.title}`,
          headerRight: section,
          footerLeft: ctx.author,
          footerRight: labels.pageOf(index + 1, count),
        },
  );
}

function cover(pdf: PdfWriter, ctx: PdfContext): void {
  const { labels, text, format, curriculum: c } = ctx;
  const doc = pdf.doc;
  pdf.artifact(() => {
    doc.rect(0, 0, pdf.pageWidth, 10).fill(COLORS.accent);
    doc.rect(pdf.left, 96, 46, 4).fill(COLORS.bar);
  });
  pdf.y = 112;
  pdf.paragraph(
    labels.curriculum.toUpperCase(),
    { size: 11, bold: true, color: COLORS.accent },
    { after: 2 },
  );
  if (ctx.input.institution)
    pdf.paragraph(ctx.input.institution, { size: 11, color: COLORS.muted }, { after: 14 });
  const title = text.pick(c.title);
  pdf.heading(1, title.marker ? `${title.text} [${title.marker}]` : title.text || c.code, {
    size: 22,
  });
  pdf.paragraph(c.code, { size: 13, color: COLORS.muted }, { after: 18 });

  const occupation = c.occupation
    ? `${text.plain(c.occupation.label)}\n${c.occupation.uri}`
    : labels.notSet;
  const version =
    c.publishedVersion === null
      ? labels.workingCopy
      : c.status === 'published' || c.status === 'archived'
        ? String(c.publishedVersion)
        : `${labels.workingCopy} (${labels.version} ${c.publishedVersion})`;
  pdf.keyValues([
    [labels.qualificationCode, c.code],
    [labels.institution, ctx.input.institution ?? labels.notSet],
    [labels.eqfLevel, String(c.eqfLevel)],
    [labels.nqfLevel, c.nqfLevel === null ? labels.notSet : String(c.nqfLevel)],
    [labels.iscedF, c.iscedFCode || labels.notSet],
    [labels.occupation, occupation],
    [labels.totalPoints, ctx.points(c.ecvetPoints)],
    [labels.duration, ctx.duration()],
    [labels.version, version],
    [labels.status, labels.statuses[c.status] ?? c.status],
    [labels.date, format.date(c.updatedAt)],
    [
      labels.languages,
      `${c.languages.join(', ')} (${labels.thisLanguage(languageName(ctx.input.language, ctx.input.language))})`,
    ],
  ]);
  for (const note of [ctx.fallbackNote(), ctx.staleNote()]) {
    if (note === null) continue;
    pdf.space(14);
    const height = pdf.measure(note, STYLES.body, pdf.width - 20) + 16;
    const y = pdf.y;
    pdf.artifact(() => doc.rect(pdf.left, y, pdf.width, height).fill(COLORS.accentSoft));
    pdf.y = y + 8;
    pdf.tag('P', () => {
      pdf.style(STYLES.body);
      doc.text(note, pdf.left + 10, y + 8, { width: pdf.width - 20, lineGap: STYLES.body.lineGap });
    });
    pdf.y = y + height;
  }
  const created = labels.createdOn(format.date(ctx.input.now ?? new Date()));
  pdf.y = Math.max(pdf.y + 12, pdf.bottom - 14);
  if (pdf.y + 12 <= pdf.bottom) pdf.paragraph(created, STYLES.small);
}

function workBasedLearning(
  pdf: PdfWriter,
  ctx: PdfContext,
  wblHours: number,
  programmeHours: number,
  share: number,
): void {
  const { labels, text, curriculum: c } = ctx;
  if (c.workBasedLearning.length === 0) {
    pdf.paragraph(labels.noWbl);
    return;
  }
  if (programmeHours > 0) {
    pdf.paragraph(
      labels.wblShare(ctx.points(wblHours), ctx.format.share(share), ctx.points(programmeHours)),
      STYLES.strong,
      { after: 8 },
    );
  }
  const byId = new Map(c.units.map((u) => [u.id, u]));
  pdf.table(
    [
      { header: labels.period, width: 0.34 },
      { header: labels.yearTerm, width: 0.12, align: 'center' },
      { header: labels.hours, width: 0.1, align: 'right' },
      { header: labels.unitsCovered, width: 0.17 },
      { header: labels.assessment, width: 0.27 },
    ],
    c.workBasedLearning.map((period: WorkBasedLearningPeriod): TableCell[] => [
      {
        title: text.plain(period.title),
        detail: [
          `${labels.companyProfile}: ${text.plain(period.companyProfile)}`,
          `${labels.mentor}: ${text.plain(period.mentorRole)}`,
        ].join('\n'),
      },
      ctx.yearTermCell(period.year, period.term),
      ctx.points(period.durationHours),
      period.unitIds.map((id) => byId.get(id)?.code ?? '?').join(', ') || labels.none,
      text.plain(period.assessment),
    ]),
  );
}

function unitSection(
  pdf: PdfWriter,
  ctx: PdfContext,
  unit: Unit,
  index: number,
  byId: ReadonlyMap<string, Unit>,
  outline: PDFKit.PDFOutline,
): void {
  const { labels, text } = ctx;
  const meta = ctx.unitMeta(unit);
  const description = text.pick(unit.description);
  pdf.open('Sect');
  pdf.heading(2, `${unit.code}  ${text.plain(unit.title)}`, {
    keepWith: () =>
      pdf.measure(meta, STYLES.small) +
      4 +
      (description.text ? pdf.firstLines(description.text, STYLES.body) : 0),
    outline,
    ruleAbove: index > 0,
    destination: unitDestination(index),
    section: `${labels.units} · ${unit.code}`,
  });
  pdf.paragraph(meta, STYLES.small, { after: 4 });
  if (unit.provenance)
    pdf.paragraph(
      labels.provenance(unit.provenance.attribution, unit.provenance.adapted),
      STYLES.small,
      { after: 4 },
    );
  if (description.text)
    pdf.paragraph(description.text, STYLES.body, { marker: description.marker });

  // Learning outcomes by category
  const groups = OUTCOME_CATEGORIES.map((category) => ({
    category,
    items: unit.outcomes
      .filter((o) => o.category === category)
      .map((o): ListItem => ctx.outcomeLine(o)),
  })).filter((g) => g.items.length > 0);
  const firstItem = groups[0]?.items[0];
  pdf.heading(3, labels.learningOutcomes, {
    keepWith: () =>
      firstItem
        ? pdf.headingHeight(4, labels.categories[groups[0].category]) +
          pdf.firstLines(firstItem.text, STYLES.body, pdf.width - 13)
        : pdf.lineHeight(STYLES.body),
  });
  if (groups.length === 0) pdf.paragraph(labels.none);
  for (const group of groups) {
    pdf.heading(4, labels.categories[group.category], {
      keepWith: () => pdf.firstLines(group.items[0].text, STYLES.body, pdf.width - 13),
    });
    pdf.bullets(group.items);
  }

  // Assessment
  const criteria = text.pick(unit.assessment.criteria);
  const methods =
    unit.assessment.methods.map((m) => labels.methodNames[m] ?? m).join(', ') || labels.none;
  pdf.heading(3, labels.assessment, { keepWith: pdf.lineHeight(STYLES.body) * 2 });
  pdf.labelled(labels.methods, methods);
  pdf.labelled(labels.criteria, criteria.text || labels.notSet, criteria.marker);

  // Prerequisites (by code) and ESCO skills
  const prerequisites = unit.prerequisites.map((id) => byId.get(id)).filter((u): u is Unit => !!u);
  if (prerequisites.length === 0) {
    pdf.labelled(labels.prerequisites, labels.none);
  } else {
    pdf.heading(3, labels.prerequisites, { keepWith: pdf.lineHeight(STYLES.body) * 2 });
    pdf.bullets(prerequisites.map((p) => ({ text: ctx.unitRef(p) })));
  }
  const skills = allSkillsOf(unit);
  if (skills.length === 0) {
    pdf.labelled(labels.escoSkills, labels.none);
  } else {
    pdf.heading(3, labels.escoSkills, { keepWith: pdf.lineHeight(STYLES.body) * 2 });
    pdf.bullets(
      skills.map((s) => {
        const label = text.pick(s.label);
        return { text: `${label.text || labels.notSet} — ${s.uri}`, marker: label.marker };
      }),
    );
  }
  pdf.close();
}

/**
 * The skills coverage report as the JSON and CSV give it (ADR 0028): the target occupation, the
 * share of its essential skills covered and of the points spent on them, each essential skill with
 * the units that develop it (gaps marked), the Industry 4.0 areas per year, the linked skills the
 * occupation does not need, and ESCO's attribution.
 */
function coverageSection(pdf: PdfWriter, ctx: PdfContext, report: CurriculumCoverage): void {
  const { labels, format } = ctx;
  const occupation = report.occupation;
  if (occupation === null) {
    pdf.paragraph(labels.noOccupation, STYLES.body);
  } else {
    pdf.paragraph(`${labels.occupation}: ${occupation.label.text}`, STYLES.strong);
    pdf.paragraph(
      labels.coverageSummary(
        format.number(report.essential.covered),
        format.number(report.essential.total),
        format.share(report.essential.percent / 100),
        format.share(report.essential.pointsShare / 100),
      ),
      STYLES.body,
      { after: 6 },
    );
    pdf.table(
      [
        { header: labels.skill, width: 0.5 },
        { header: labels.developedIn, width: 0.35 },
        { header: labels.ecvetPoints, width: 0.15, align: 'right' },
      ],
      report.skills
        .filter((skill) => skill.relation === 'essential')
        .map((skill): TableCell[] => [
          skill.label.text,
          skill.covered ? skill.units.map((unit) => unit.code).join(', ') : `— (${labels.gap})`,
          ctx.points(skill.points),
        ]),
    );
  }
  const years = report.areas[0]?.byYear.map((y) => y.year) ?? [];
  pdf.heading(2, labels.areasByYear, { keepWith: 60 });
  const yearWidth = years.length === 0 ? 0 : 0.6 / (years.length + 1);
  pdf.table(
    [
      { header: labels.type, width: 0.4 },
      ...years.map((year) => ({
        header: labels.year(year),
        width: yearWidth,
        align: 'right' as const,
      })),
      { header: labels.totalPoints, width: yearWidth || 0.6, align: 'right' as const },
    ],
    report.areas.map((area): TableCell[] => [
      labels.areas[area.area],
      ...area.byYear.map((y) => labels.pointsAndOutcomes(ctx.points(y.points), y.outcomes)),
      labels.pointsAndOutcomes(ctx.points(area.points), area.outcomes),
    ]),
  );
  const notNeeded = report.skills.filter((skill) => skill.relation === 'not-needed');
  if (notNeeded.length > 0) {
    pdf.heading(2, labels.notNeededSkills, { keepWith: 40 });
    pdf.paragraph(
      notNeeded
        .map((skill) => `${skill.label.text} (${skill.units.map((unit) => unit.code).join(', ')})`)
        .join('; '),
      STYLES.body,
    );
  }
  pdf.paragraph(labels.escoSource(report.source), STYLES.small);
}
