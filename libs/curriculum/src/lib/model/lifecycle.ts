import type { CurriculumStatus } from './curriculum';

/**
 * The lifecycle of a curriculum: which workflow action leads from which status to which, and who
 * takes it. The API's workflow service is the only writer of a curriculum's status and moves it by
 * this table (anything else answers 409); the web app reads the same table to offer the actions.
 *
 *   draft, changes-requested ──submit──▶ in-review ──request-changes──▶ changes-requested
 *                                        in-review ──approve──▶ approved ──publish──▶ published
 *   published ──reopen──▶ draft (learners keep the published version)
 *   draft, changes-requested, approved, published ──archive──▶ archived
 */

/** A status a curriculum starts in (created, imported, duplicated). */
export const INITIAL_STATUS: CurriculumStatus = 'draft';

export const WORKFLOW_ACTIONS = [
  'submit',
  'request-changes',
  'approve',
  'publish',
  'archive',
  'reopen',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Who takes a transition: `author` an author of the owning institution, `reviewer` a reviewer of an
 * association of the current review round, `admin` an administrator.
 */
export type WorkflowActor = 'author' | 'reviewer' | 'admin';

export interface LifecycleTransition {
  readonly action: WorkflowAction;
  /** The statuses the action may start from. */
  readonly from: readonly CurriculumStatus[];
  readonly to: CurriculumStatus;
  readonly by: readonly WorkflowActor[];
}

/** The whole table, one row per action (each action has one target status). */
export const LIFECYCLE: Readonly<Record<WorkflowAction, LifecycleTransition>> = {
  submit: {
    action: 'submit',
    from: ['draft', 'changes-requested'],
    to: 'in-review',
    by: ['author'],
  },
  'request-changes': {
    action: 'request-changes',
    from: ['in-review'],
    to: 'changes-requested',
    by: ['reviewer'],
  },
  approve: { action: 'approve', from: ['in-review'], to: 'approved', by: ['reviewer'] },
  /** Freezes the tree as the next numbered, immutable version. */
  publish: { action: 'publish', from: ['approved'], to: 'published', by: ['author'] },
  archive: {
    action: 'archive',
    from: ['draft', 'changes-requested', 'approved', 'published'],
    to: 'archived',
    by: ['author', 'admin'],
  },
  /**
   * Starts a new working copy of a published curriculum; learners keep the published version until
   * the next one is published.
   */
  reopen: { action: 'reopen', from: ['published'], to: 'draft', by: ['author'] },
};

/** Whether `action` may start from `from`. */
export function canTransition(from: CurriculumStatus, action: WorkflowAction): boolean {
  return LIFECYCLE[action].from.includes(from);
}

/** The status `action` leads to from `from`, or null if it may not start there. */
export function transitionTarget(
  from: CurriculumStatus,
  action: WorkflowAction,
): CurriculumStatus | null {
  return canTransition(from, action) ? LIFECYCLE[action].to : null;
}

/** The actions that may start from `status`, in the order of `WORKFLOW_ACTIONS`. */
export function availableActions(status: CurriculumStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => canTransition(status, action));
}

/** Statuses in which the authors change the working copy (a published one is reopened first). */
export const EDITABLE_STATUSES: readonly CurriculumStatus[] = ['draft', 'changes-requested'];

/** Whether the authors may change a curriculum's working copy in this status. */
export function isEditable(status: CurriculumStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/**
 * Statuses of a review round: while a curriculum is in one of them, the associations it was
 * submitted to read its working copy (and decide while it is `in-review`).
 */
export const IN_REVIEW_STATUSES: readonly CurriculumStatus[] = [
  'in-review',
  'changes-requested',
  'approved',
];

/** Whether a curriculum in this status is in a review round. */
export function isInReview(status: CurriculumStatus): boolean {
  return IN_REVIEW_STATUSES.includes(status);
}

/**
 * Statuses in which reviewers comment and both sides reply to, resolve and reopen threads: while
 * the curriculum is with the reviewers, and while it is back with its authors for changes.
 */
export const DISCUSSION_STATUSES: readonly CurriculumStatus[] = ['in-review', 'changes-requested'];

export function isDiscussable(status: CurriculumStatus): boolean {
  return DISCUSSION_STATUSES.includes(status);
}
