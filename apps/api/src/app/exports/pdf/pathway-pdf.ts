import { Unit, validateCurriculum } from '@curriculum-builder/curriculum';
import { PdfContext, PdfInput } from './curriculum-pdf';
import { COLORS, PdfWriter, STYLES, TableCell } from '../../../infrastructure/pdf/pdf-document';

/**
 * The learner's pathway: the programme year by year with its units, the work-based learning periods
 * in companies and the ECVET points accumulated by the end of each year. Returns the ended pdfkit
 * document (a readable stream).
 */
export function renderPathwayPdf(input: PdfInput): PDFKit.PDFDocument {
  const ctx = new PdfContext(input);
  const { labels, text, curriculum: c } = ctx;
  const pdf = new PdfWriter({
    title: `${labels.pathway}: ${ctx.title} (${c.code})`,
    author: ctx.author,
    subject: `${labels.pathway} · ${c.code} · ${ctx.points(c.ecvetPoints)} ECVET`,
    keywords: ['ECVET', 'EQF', c.code, labels.pathway].join(', '),
    language: input.language,
  });
  const summary = validateCurriculum(c).summary;
  const loads = new Map(summary.pointsByYear.map((l) => [l.year, l.points]));
  const years = [
    ...new Set([
      ...summary.pointsByYear.map((l) => l.year),
      ...c.units.map((u) => u.year),
      ...c.workBasedLearning.map((w) => w.year),
    ]),
  ]
    .filter((y) => Number.isInteger(y) && y >= 1)
    .sort((a, b) => a - b);
  const total =
    c.ecvetPoints > 0 ? c.ecvetPoints : summary.pointsByYear.reduce((s, l) => s + l.points, 0);
  let running = 0;
  const accumulated = years.map((year) => {
    const before = running;
    running += loads.get(year) ?? 0;
    return { year, before, now: loads.get(year) ?? 0, after: running };
  });

  // Title block and the overview of accumulating points
  pdf.artifact(() => pdf.doc.rect(0, 0, pdf.pageWidth, 10).fill(COLORS.accent));
  pdf.paragraph(
    labels.pathway.toUpperCase(),
    { size: 10, bold: true, color: COLORS.accent },
    { after: 2 },
  );
  const title = text.pick(c.title);
  pdf.heading(1, title.marker ? `${title.text} [${title.marker}]` : title.text || c.code, {
    outline: pdf.doc.outline,
    destination: 'pathway',
    section: labels.pathway,
  });
  pdf.paragraph(
    [
      ctx.input.institution,
      c.code,
      `EQF ${c.eqfLevel}`,
      `${ctx.points(c.ecvetPoints)} ECVET`,
      ctx.duration(),
    ]
      .filter((part): part is string => !!part)
      .join(' · '),
    STYLES.small,
    { after: 8 },
  );
  const note = ctx.fallbackNote();
  if (note !== null) pdf.paragraph(note, STYLES.small, { after: 8 });
  pdf.paragraph(labels.pathwayIntro, STYLES.body, { after: 10 });
  pdf.heading(2, labels.pointsAccumulated, { keepWith: 40 });
  pdf.barChart(
    accumulated.map((a) => ({
      label: labels.year(a.year),
      value: a.after,
      valueLabel: `${ctx.points(a.after)} / ${ctx.points(total)}`,
    })),
    {
      alt: accumulated
        .map(
          (a) =>
            `${labels.year(a.year)}: ${labels.accumulated(ctx.points(a.after), ctx.points(total))}`,
        )
        .join('; '),
    },
  );
  if (c.workBasedLearning.length > 0 && summary.programmeHours > 0) {
    pdf.paragraph(
      labels.wblShare(
        ctx.points(summary.wblHours),
        ctx.format.share(summary.wblShare),
        ctx.points(summary.programmeHours),
      ),
      STYLES.small,
    );
  }

  const byId = new Map(c.units.map((u) => [u.id, u]));
  const order = new Map(c.units.map((u, i) => [u.id, i]));
  for (const { year, before, now, after } of accumulated) {
    pdf.open('Sect');
    pdf.heading(1, labels.year(year), {
      newPage: true,
      outline: pdf.doc.outline,
      destination: `year-${year}`,
      section: labels.year(year),
    });
    pdf.paragraph(
      `${labels.yearPoints(ctx.points(now))} · ${labels.accumulated(ctx.points(after), ctx.points(total))}`,
      STYLES.strong,
      { after: 4 },
    );
    pdf.progress(before, now, total, labels.accumulated(ctx.points(after), ctx.points(total)));

    const units = c.units
      .filter((u) => u.year === year)
      .sort(
        (a, b) => (a.term ?? 0) - (b.term ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
      );
    if (units.length > 0) {
      pdf.heading(2, labels.units, { keepWith: 40 });
      pdf.table(
        [
          { header: labels.yearTerm, width: 0.16 },
          { header: labels.code, width: 0.12 },
          { header: labels.title, width: 0.46 },
          { header: labels.ecvetPoints, width: 0.1, align: 'right' },
          { header: labels.type, width: 0.16 },
        ],
        units.map((unit: Unit): TableCell[] => [
          unit.term === null ? labels.wholeYear : labels.term(unit.term),
          unit.code,
          text.plain(unit.title),
          ctx.points(unit.ecvetPoints),
          ctx.unitType(unit),
        ]),
      );
      const groups = new Set(units.filter((u) => !u.mandatory).map((u) => u.electiveGroup));
      for (const group of c.electiveGroups.filter((g) => groups.has(g.code))) {
        pdf.paragraph(ctx.groupSentence(c, group), STYLES.small);
      }
    }

    const periods = c.workBasedLearning.filter((w) => w.year === year);
    pdf.heading(2, labels.placements, { keepWith: pdf.lineHeight(STYLES.body) * 2 });
    if (periods.length === 0) pdf.paragraph(labels.noPlacementThisYear, STYLES.small);
    for (const period of periods) {
      const meta = `${ctx.yearTerm(period.year, period.term)} · ${ctx.points(period.durationHours)} ${labels.hours}`;
      pdf.heading(3, text.plain(period.title), {
        keepWith: pdf.measure(meta, STYLES.small) + pdf.lineHeight(STYLES.body) * 2,
      });
      pdf.paragraph(meta, STYLES.small, { after: 3 });
      const profile = text.pick(period.companyProfile);
      if (profile.text) pdf.labelled(labels.companyProfile, profile.text, profile.marker);
      const mentor = text.pick(period.mentorRole);
      if (mentor.text) pdf.labelled(labels.mentor, mentor.text, mentor.marker);
      const covered = period.unitIds
        .map((id) => byId.get(id))
        .filter((u): u is Unit => !!u)
        .map((u) => ctx.unitRef(u));
      pdf.labelled(labels.unitsCovered, covered.join('; ') || labels.none);
      const assessment = text.pick(period.assessment);
      if (assessment.text) pdf.labelled(labels.assessment, assessment.text, assessment.marker);
    }
    pdf.close();
  }

  return pdf.finish((index, count, section) => ({
    headerLeft: `${labels.pathway} · ${c.code} · ${ctx.title}`,
    headerRight: index === 0 ? '' : section,
    footerLeft: ctx.author,
    footerRight: labels.pageOf(index + 1, count),
  }));
}
