import type {
  Curriculum,
  LearningOutcome,
  LocalizedText,
  ReviewComment,
  ReviewTargetType,
  ReviewVerdict,
  Unit,
} from '@curriculum-builder/curriculum';
import type { CreateReviewCommentDto } from '@curriculum-builder/curriculum/dto';

/** One stop of the review walk: an outcome with its unit as context. */
export interface WalkStep {
  /** 0-based position in the whole walk. */
  readonly index: number;
  readonly unit: Unit;
  readonly unitIndex: number;
  readonly outcome: LearningOutcome;
  /** 0-based position of the outcome within its unit. */
  readonly indexInUnit: number;
}

/** The outcomes in reading order: unit by unit as the curriculum orders them, then each unit's outcomes. */
export function buildWalk(curriculum: Pick<Curriculum, 'units'> | null): WalkStep[] {
  const steps: WalkStep[] = [];
  curriculum?.units.forEach((unit, unitIndex) =>
    unit.outcomes.forEach((outcome, indexInUnit) =>
      steps.push({ index: steps.length, unit, unitIndex, outcome, indexInUnit }),
    ),
  );
  return steps;
}

/** A key for a comment target, to group threads and keep drafts. */
export function targetKey(type: ReviewTargetType, id: string | null): string {
  return `${type}:${id ?? ''}`;
}

/** Top-level comments grouped by their target. */
export function threadsByTarget(
  comments: readonly ReviewComment[],
): ReadonlyMap<string, readonly ReviewComment[]> {
  const map = new Map<string, ReviewComment[]>();
  for (const comment of comments) {
    if (comment.parentId !== null) continue;
    const key = targetKey(comment.targetType, comment.targetId);
    map.set(key, [...(map.get(key) ?? []), comment]);
  }
  return map;
}

export interface ReviewProgress {
  /** Outcomes with at least one top-level comment of this reviewer. */
  readonly commented: ReadonlySet<string>;
  readonly done: number;
  readonly total: number;
  /** 0..100, rounded down so that 100 means every outcome. */
  readonly percent: number;
}

/** How many of the walk's outcomes this reviewer has commented on. */
export function reviewProgress(
  steps: readonly WalkStep[],
  comments: readonly ReviewComment[],
  userId: string | null,
): ReviewProgress {
  const outcomeIds = new Set(steps.map((s) => s.outcome.id));
  const commented = new Set(
    comments
      .filter(
        (c) =>
          c.parentId === null &&
          c.targetType === 'outcome' &&
          c.authorId === userId &&
          c.targetId !== null &&
          outcomeIds.has(c.targetId),
      )
      .map((c) => c.targetId as string),
  );
  const total = steps.length;
  const done = commented.size;
  return {
    commented,
    done,
    total,
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  };
}

/** Where to start: the first outcome this reviewer has not commented on yet, else the first. */
export function firstOpenStep(steps: readonly WalkStep[], commented: ReadonlySet<string>): number {
  const open = steps.findIndex((s) => !commented.has(s.outcome.id));
  return open === -1 ? 0 : open;
}

/** What the reviewer has typed for one target, kept while they move through the walk. */
export interface CommentDraft {
  readonly verdict: ReviewVerdict | null;
  readonly text: string;
  /** Proposed wording per content language. */
  readonly proposed: Readonly<Record<string, string>>;
}

export const EMPTY_DRAFT: CommentDraft = { verdict: null, text: '', proposed: {} };

/**
 * The draft with a new verdict. Choosing "suggest change" prefills the proposed wording with the
 * current text in every language of the curriculum, unless the reviewer has written one already.
 */
export function withVerdict(
  draft: CommentDraft,
  verdict: ReviewVerdict,
  current: LocalizedText,
  languages: readonly string[],
): CommentDraft {
  const untouched = Object.values(draft.proposed).every((text) => text.trim() === '');
  const proposed =
    verdict === 'suggest-change' && untouched
      ? Object.fromEntries(languages.map((language) => [language, current[language] ?? '']))
      : draft.proposed;
  return { ...draft, verdict, proposed };
}

export type DraftProblem = 'needVerdict' | 'needText';

/** Why the draft cannot be saved yet, or null. */
export function draftProblem(draft: CommentDraft): DraftProblem | null {
  if (draft.verdict === null) return 'needVerdict';
  if (draft.verdict !== 'agree' && draft.text.trim() === '') return 'needText';
  return null;
}

export type CommentBody = Pick<
  CreateReviewCommentDto,
  'targetType' | 'targetId' | 'verdict' | 'text' | 'proposedText'
>;

/**
 * The body of `POST …/reviews`. A proposed wording goes only with "suggest change", and only in the
 * languages where it differs from the current text; an empty "agree" gets a short default text.
 */
export function buildCommentBody(
  targetType: ReviewTargetType,
  targetId: string | null,
  draft: CommentDraft,
  current: LocalizedText,
  agreeText: string,
): CommentBody {
  if (draft.verdict === null) throw new Error('A comment needs a verdict.');
  const text = draft.text.trim() || (draft.verdict === 'agree' ? agreeText : '');
  const body: CommentBody = {
    targetType,
    ...(targetType === 'curriculum' || targetId === null ? {} : { targetId }),
    verdict: draft.verdict,
    text,
  };
  if (draft.verdict !== 'suggest-change') return body;
  const changed = Object.entries(draft.proposed)
    .map(([language, proposal]) => [language, proposal.trim()] as const)
    .filter(
      ([language, proposal]) => proposal !== '' && proposal !== (current[language] ?? '').trim(),
    );
  return changed.length === 0 ? body : { ...body, proposedText: Object.fromEntries(changed) };
}

export type ShortcutAction =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'verdict'; readonly verdict: ReviewVerdict }
  | { readonly kind: 'comment' }
  | { readonly kind: 'save' };

/** The parts of a keyboard event the shortcuts look at (a KeyboardEvent has them all). */
export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
  readonly target: EventTarget | null;
}

const NOT_TYPED_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** True when keys typed at `target` produce text (so letters must not act as shortcuts). */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_INPUTS.has(target.type);
  return target.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}

/** True when arrow keys already mean something at `target` (radio groups, selects, text). */
function usesArrows(target: EventTarget | null): boolean {
  if (isTextField(target)) return true;
  return target instanceof HTMLInputElement && target.type === 'radio';
}

const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  j: { kind: 'next' },
  k: { kind: 'previous' },
  a: { kind: 'verdict', verdict: 'agree' },
  s: { kind: 'verdict', verdict: 'suggest-change' },
  d: { kind: 'verdict', verdict: 'disagree' },
  c: { kind: 'comment' },
};

/**
 * The review shortcut a key press means, or null: `j`/`k` and →/← move, `a`/`s`/`d` choose the
 * verdict, `c` goes to the comment field — all only outside text fields — and Ctrl+Enter saves anywhere.
 */
export function shortcutFor(event: ShortcutKey): ShortcutAction | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey)
    return { kind: 'save' };
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    if (usesArrows(event.target)) return null;
    return { kind: event.key === 'ArrowRight' ? 'next' : 'previous' };
  }
  if (isTextField(event.target) || event.shiftKey) return null;
  return LETTERS[event.key] ?? null;
}
