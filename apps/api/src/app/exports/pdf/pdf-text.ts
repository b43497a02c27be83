import { allSkillsOf, type Curriculum, type LocalizedText } from '@curriculum-builder/curriculum';

/** A text in the document's language, or the fallback and the language it is in. */
export interface ResolvedText {
  readonly text: string;
  /** Language code when the text is a fallback (shown as `[de]`), the review mark of a stale
   * translation, else null. */
  readonly marker: string | null;
}

/**
 * Picks the document language's text; falls back to the curriculum's primary language (then to any
 * language the text has) and says so, so that the PDF can mark it.
 */
export class TextPicker {
  constructor(
    readonly language: string,
    readonly primary: string,
    /** Texts whose translation into `language` needs review (marked `[staleMarker]`). */
    private readonly stale: ReadonlySet<LocalizedText> = new Set(),
    private readonly staleMarker = '',
  ) {}

  pick(text: LocalizedText | null | undefined): ResolvedText {
    const own = text?.[this.language]?.trim();
    if (own) return { text: own, marker: text && this.stale.has(text) ? this.staleMarker : null };
    const primary = text?.[this.primary]?.trim();
    if (primary) return { text: primary, marker: this.primary };
    for (const [language, value] of Object.entries(text ?? {})) {
      if (value?.trim()) return { text: value.trim(), marker: language };
    }
    return { text: '', marker: null };
  }

  /** The text with its fallback marker appended, for table cells and headings. */
  plain(text: LocalizedText | null | undefined, empty = '—'): string {
    const resolved = this.pick(text);
    if (resolved.text === '') return empty;
    return resolved.marker ? `${resolved.text} [${resolved.marker}]` : resolved.text;
  }

  /** How many texts of the curriculum are shown in another language than the document's. */
  countFallbacks(c: Curriculum): number {
    const texts: (LocalizedText | null | undefined)[] = [
      c.title,
      c.description,
      c.occupation?.label,
      ...c.electiveGroups.map((g) => g.title),
      ...c.assessmentPlan.map((part) => part.title),
      ...(c.partialQualifications ?? []).map((partial) => partial.title),
    ];
    for (const unit of c.units) {
      texts.push(unit.title, unit.description, unit.assessment.criteria);
      for (const outcome of unit.outcomes) texts.push(outcome.text, outcome.criteria);
      for (const skill of allSkillsOf(unit)) texts.push(skill.label);
    }
    for (const period of c.workBasedLearning) {
      texts.push(period.title, period.companyProfile, period.mentorRole, period.assessment);
    }
    return texts.filter((t) => {
      const marker = this.pick(t).marker;
      return marker !== null && marker !== this.staleMarker;
    }).length;
  }
}
