import type { Mobility, Mou, Transcript, UnitRef } from '@curriculum-builder/curriculum';
import { labelsFor, PdfFormat } from '../../exports/pdf/pdf-labels';
import { TextPicker } from '../../exports/pdf/pdf-text';
import {
  COLORS,
  PdfWriter,
  STYLES,
  type TableCell,
} from '../../../infrastructure/pdf/pdf-document';
import { mobilityLabelsFor, type MobilityLabels } from './mobility-labels';

/**
 * The three documents of an ECVET mobility as PDF on the curriculum PDF's pipeline (tagged,
 * DejaVu fonts that hold every letter of the five languages): the words of the document in
 * `language`, the content (unit titles, outcomes) in its own language with a marker where it
 * falls back, names and arrangements as they were written.
 */
class MobilityDocument {
  readonly labels: MobilityLabels;
  readonly format: PdfFormat;
  readonly text: TextPicker;
  readonly pdf: PdfWriter;

  constructor(
    readonly language: string,
    primaryLanguage: string,
    readonly kind: string,
    readonly subject: string,
  ) {
    this.labels = mobilityLabelsFor(language);
    this.format = new PdfFormat(language);
    this.text = new TextPicker(language, primaryLanguage);
    this.pdf = new PdfWriter({
      title: `${kind}: ${subject}`,
      author: 'Curriculum builder',
      subject: kind,
      keywords: ['ECVET', kind].join(', '),
      language,
    });
    this.pdf.artifact(() => this.pdf.doc.rect(0, 0, this.pdf.pageWidth, 10).fill(COLORS.accent));
    this.pdf.paragraph(
      kind.toUpperCase(),
      { size: 10, bold: true, color: COLORS.accent },
      { after: 2 },
    );
    this.pdf.heading(1, subject, {
      outline: this.pdf.doc.outline,
      destination: 'top',
      section: kind,
    });
  }

  date(value: string | null): string {
    return value === null ? this.labels.notYet : this.format.date(value);
  }

  points(value: number): string {
    return this.format.number(value);
  }

  /** An assessment method: a method of the curriculum model in the document's words, else as written. */
  method(value: string): string {
    const names: Readonly<Record<string, string>> = labelsFor(this.language).methodNames;
    return Object.hasOwn(names, value) ? names[value] : value;
  }

  unitsTable(units: readonly UnitRef[]): void {
    const { labels } = this;
    this.pdf.table(
      [
        { header: labels.code, width: 0.16 },
        { header: labels.unit, width: 0.68 },
        { header: labels.points, width: 0.16, align: 'right' },
      ],
      [
        ...units.map((u): TableCell[] => [
          u.code,
          this.text.plain(u.title),
          this.points(u.ecvetPoints),
        ]),
        ['', labels.total, this.points(units.reduce((s, u) => s + u.ecvetPoints, 0))],
      ],
    );
  }

  history(entries: Mou['history']): void {
    if (entries.length === 0) return;
    this.pdf.heading(2, this.labels.history, { keepWith: 40 });
    this.pdf.table(
      [
        { header: this.labels.date, width: 0.24 },
        { header: this.labels.institution, width: 0.4 },
        { header: this.labels.status, width: 0.36 },
      ],
      entries.map((e) => [
        this.format.date(e.at),
        [e.by, e.institution].filter(Boolean).join(', ') || '—',
        e.detail ? `${e.action}: ${e.detail}` : e.action,
      ]),
    );
  }

  finish(): PDFKit.PDFDocument {
    return this.pdf.finish((index, count) => ({
      headerLeft: `${this.kind} · ${this.subject}`,
      headerRight: '',
      footerLeft: 'Curriculum builder · ECVET',
      footerRight: this.labels.page(index + 1, count),
    }));
  }
}

export function renderMouPdf(mou: Mou, language: string): PDFKit.PDFDocument {
  const d = new MobilityDocument(
    language,
    mou.curriculum.primaryLanguage,
    mobilityLabelsFor(language).mou,
    mou.title,
  );
  const { pdf, labels } = d;
  pdf.keyValues([
    [labels.qualification, `${mou.curriculum.code} · ${d.text.plain(mou.curriculum.title)}`],
    [labels.validity, `${d.date(mou.validFrom)} – ${d.date(mou.validUntil)}`],
    [labels.status, labels.mouStatuses[mou.status]],
  ]);
  pdf.heading(2, labels.partners, { keepWith: 60 });
  const byId = new Map(mou.units.map((u) => [u.id, u]));
  for (const partner of mou.partners) {
    pdf.heading(3, `${partner.institution.name} (${partner.institution.country})`, {
      keepWith: 60,
    });
    pdf.keyValues([
      [labels.contact, `${partner.contactName} · ${partner.contactEmail}`],
      [
        labels.acceptance,
        partner.acceptedAt === null
          ? labels.notYet
          : `${d.date(partner.acceptedAt)} · ${partner.acceptedBy ?? ''}`,
      ],
    ]);
    d.unitsTable(partner.unitIds.map((id) => byId.get(id)).filter((u): u is UnitRef => !!u));
  }
  pdf.heading(2, labels.assessmentArrangements, { keepWith: 40 });
  pdf.paragraph(mou.assessmentArrangements, STYLES.body);
  d.history(mou.history);
  return d.finish();
}

export function renderAgreementPdf(m: Mobility, language: string): PDFKit.PDFDocument {
  const labels = mobilityLabelsFor(language);
  const d = new MobilityDocument(
    language,
    m.curriculum.primaryLanguage,
    labels.agreement,
    `${m.learner.name} · ${m.host.name}`,
  );
  const { pdf } = d;
  pdf.keyValues([
    [labels.learner, m.learner.name],
    [labels.learnerNumber, m.learner.learnerNumber || '—'],
    ...(m.learner.dateOfBirth
      ? [[labels.dateOfBirth, d.date(m.learner.dateOfBirth)] as const]
      : []),
    [labels.parties.home, `${m.home.name} (${m.home.country})`],
    [labels.parties.host, `${m.host.name} (${m.host.country})`],
    [labels.qualification, `${m.curriculum.code} · ${d.text.plain(m.curriculum.title)}`],
    [labels.period, `${d.date(m.startsOn)} – ${d.date(m.endsOn)}`],
    [labels.status, labels.mobilityStatuses[m.status]],
  ]);
  pdf.heading(2, labels.units, { keepWith: 60 });
  d.unitsTable(m.units.filter((u) => m.unitIds.includes(u.id)));
  const single = m.units.flatMap((u) =>
    u.outcomes
      .filter((o) => m.outcomeIds.includes(o.id))
      .map((o) => `${u.code}: ${d.text.plain(o.text)}`),
  );
  if (single.length > 0) {
    pdf.heading(3, labels.outcomes, { keepWith: 40 });
    pdf.bullets(single.map((text) => ({ text })));
  }
  pdf.heading(2, labels.placement, { keepWith: 60 });
  pdf.keyValues([
    [labels.company, m.placement.company],
    [labels.address, m.placement.address || '—'],
    [labels.mentor, [m.placement.mentor, m.placement.mentorEmail].filter(Boolean).join(' · ')],
    [labels.hours, d.points(m.placement.hours)],
  ]);
  pdf.heading(2, labels.assessment, { keepWith: 40 });
  pdf.paragraph(m.assessment, STYLES.body);
  pdf.heading(2, labels.recording, { keepWith: 40 });
  pdf.paragraph(m.recording, STYLES.body);
  pdf.heading(2, labels.signatures, { keepWith: 60 });
  pdf.keyValues(
    m.signatures.map((s) => [
      labels.parties[s.party],
      s.at === null ? labels.notYet : `${s.by ?? ''} · ${d.date(s.at)}`,
    ]),
  );
  d.history(m.history);
  return d.finish();
}

export function renderTranscriptPdf(
  m: Mobility,
  t: Transcript,
  language: string,
): PDFKit.PDFDocument {
  const labels = mobilityLabelsFor(language);
  const d = new MobilityDocument(
    language,
    m.curriculum.primaryLanguage,
    labels.transcript,
    `${m.learner.name} · ${m.host.name}`,
  );
  const { pdf } = d;
  pdf.keyValues([
    [labels.learner, m.learner.name],
    [labels.learnerNumber, m.learner.learnerNumber || '—'],
    [labels.parties.home, `${m.home.name} (${m.home.country})`],
    [labels.parties.host, `${m.host.name} (${m.host.country})`],
    [labels.qualification, `${m.curriculum.code} · ${d.text.plain(m.curriculum.title)}`],
    [labels.period, `${d.date(m.startsOn)} – ${d.date(m.endsOn)}`],
    [
      labels.issued,
      t.issuedAt === null ? labels.notIssued : `${d.date(t.issuedAt)} · ${t.issuedBy ?? ''}`,
    ],
  ]);
  const units = new Map(m.units.map((u) => [u.id, u]));
  pdf.heading(2, labels.units, { keepWith: 60 });
  pdf.table(
    [
      { header: labels.unit, width: 0.34 },
      { header: labels.result, width: 0.2 },
      { header: labels.points, width: 0.1, align: 'right' },
      { header: labels.assessor, width: 0.18 },
      { header: labels.decision, width: 0.18 },
    ],
    t.lines.map((line): TableCell[] => {
      const unit = units.get(line.unitId);
      const outcome = unit?.outcomes.find((o) => o.id === line.outcomeId);
      return [
        {
          title: `${unit?.code ?? ''} ${d.text.plain(unit?.title)}`,
          detail: outcome ? `${labels.outcome}: ${d.text.plain(outcome.text)}` : undefined,
        },
        {
          title: `${labels.results[line.result]}${line.grade ? ` (${line.grade})` : ''}`,
          detail: `${d.date(line.assessedOn)} · ${d.method(line.method)} · ${line.placeName}`,
        },
        d.points(line.ecvetPoints),
        line.assessor,
        {
          title: labels.decisions[line.decision],
          detail: line.reason ? `${labels.reason}: ${line.reason}` : undefined,
        },
      ];
    }),
  );
  pdf.paragraph(`${labels.total}: ${d.points(t.points.passed)} ${labels.points}`, STYLES.strong);
  return d.finish();
}
