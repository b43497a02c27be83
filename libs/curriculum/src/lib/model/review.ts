import type { LocalizedText } from './localized-text';

/**
 * What a review comment is about. `esco-skill`: a skill of the target occupation in the coverage
 * report (a gap, typically); its `targetId` is the UUID that ends the skill's ESCO URI.
 */
export const REVIEW_TARGETS = [
  'curriculum',
  'unit',
  'outcome',
  'work-based-learning',
  'esco-skill',
] as const;
export type ReviewTargetType = (typeof REVIEW_TARGETS)[number];

export const REVIEW_VERDICTS = ['agree', 'suggest-change', 'disagree'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** A review comment on the curriculum or one of its parts; replies form a thread under it. */
export interface ReviewComment {
  readonly id: string;
  readonly curriculumId: string;
  readonly parentId: string | null;
  readonly targetType: ReviewTargetType;
  /** The unit, outcome, WBL period or ESCO skill (its UUID); null for the curriculum itself. */
  readonly targetId: string | null;
  /**
   * Who wrote it; all three null when `fromOtherAssociation` (the caller sees the text, not the
   * people of another association).
   */
  readonly authorId: string | null;
  readonly authorEmail: string | null;
  readonly authorRole: string | null;
  /**
   * Written for another association than the calling reviewer's: an earlier round elsewhere, or an
   * association reviewing alongside. Always false for the curriculum's own authors and for admins.
   */
  readonly fromOtherAssociation: boolean;
  /** Top-level comments carry a verdict; replies do not. */
  readonly verdict: ReviewVerdict | null;
  readonly text: string;
  /** A proposed rewording of the target's text (outcome text, or the title of the others). */
  readonly proposedText: LocalizedText | null;
  readonly status: 'open' | 'resolved';
  readonly acceptedAt: string | null;
  readonly acceptedBy: string | null;
  readonly createdAt: string;
  readonly replies: readonly ReviewComment[];
}

export interface ReviewSummary {
  readonly open: number;
  readonly resolved: number;
  readonly accepted: number;
  readonly byVerdict: Readonly<Record<ReviewVerdict, number>>;
  readonly byUnit: readonly {
    readonly unitId: string;
    readonly code: string;
    readonly open: number;
    readonly resolved: number;
  }[];
}
