import type { CurriculumStatus } from './curriculum';
import type { InstitutionKind } from './institution';
import { isInReview } from './lifecycle';

/**
 * Roles and what they may do, in one table: the API's guard checks an endpoint's permission with
 * `may()`, the services decide per curriculum with `curriculumAccess()`, the catalogue's SQL takes
 * its flags from the same permissions (a test keeps both equal), and the web app offers its areas
 * by them. Adding a role is one row of `ROLE_TABLE` (plus a migration that widens the database's
 * role constraint, and its rows in the access-matrix test).
 */

/** Everything a role can be allowed, and what it means. */
export const PERMISSIONS = {
  'curriculum.write':
    "create, import, duplicate, edit, submit, publish and reopen the curricula of the caller's own school, and read their working copies",
  'curriculum.archive': 'archive a curriculum (authors: their own; admins: any)',
  'curriculum.audit': 'read the audit trail of a curriculum whose working copy the caller reads',
  'curriculum.read-any': 'read the working copy of every curriculum (platform administration)',
  'curriculum.review':
    "read the working copy of a curriculum submitted to the caller's association while it is in review, comment on it, request changes or approve",
  'review.read': 'read the review comments of a curriculum whose working copy the caller reads',
  'review.discuss': 'reply to review comments, resolve and reopen them',
  'notification.read': 'read and mark read the notifications addressed to oneself',
  'curriculum.live':
    'follow the changes of working copies one may read as they are saved, and who has them open',
  'institution.manage': 'create institutions and their partnerships',
  'learner.manage':
    "enrol learners at the caller's school, record their results and recognised prior learning, and read their records",
  'learner.erase': "export a learner's personal data and erase it (the record stays anonymised)",
  'mobility.read':
    "read the MoUs and Learning Agreements (with their transcripts) the caller's institution is a party to; admins: all",
  'mobility.manage':
    "draft, accept and reject the MoUs and Learning Agreements of the caller's school, issue its transcripts and decide on the transcript lines of its learners",
  'mobility.assess':
    "record the results of learners the caller's school hosts under a signed Learning Agreement (their agreed units only)",
  'record.own': 'read the own learner record and Learning Agreements, and sign them',
  'user.manage': 'create, change and deactivate user accounts',
  'library.publish':
    "publish a unit of the own school's published curriculum to the shared library (ADR 0029)",
  'library.adopt': "copy a library unit into a draft of the own school's curricula",
  'placement.read':
    'read placement offers (offerers: their own) and the placement requests of the own institution (admins: all)',
  'placement.offer':
    "publish and change the own institution's work-based learning placement offers, and accept or decline the requests for them (ADR 0030)",
  'placement.request':
    "see the open placement offers, their matches for the WBL periods of the own school's curricula, and request places",
  'job.inspect':
    'see the background jobs that were given up (the dead letters), with their causes (platform administration)',
} as const;
export type Permission = keyof typeof PERMISSIONS;

export interface RoleDefinition {
  /** Who holds the role. */
  readonly description: string;
  /** The kind(s) of institution an account of this role belongs to; null: none. */
  readonly institution: InstitutionKind | readonly InstitutionKind[] | null;
  readonly permissions: readonly Permission[];
}

/** The roles, one row each. Everybody, signed in or not, reads published curricula. */
export const ROLE_TABLE = {
  admin: {
    description: 'an administrator of the platform',
    institution: null,
    permissions: [
      'curriculum.archive',
      'curriculum.audit',
      'curriculum.read-any',
      'curriculum.live',
      'review.read',
      'institution.manage',
      'user.manage',
      'learner.erase',
      'mobility.read',
      'placement.read',
      'job.inspect',
    ],
  },
  author: {
    description: 'a VET teacher of a school, who writes its curricula',
    institution: 'school',
    permissions: [
      'curriculum.write',
      'curriculum.archive',
      'curriculum.audit',
      'review.read',
      'review.discuss',
      'notification.read',
      'curriculum.live',
      'learner.manage',
      'mobility.read',
      'mobility.assess',
      'library.publish',
      'library.adopt',
      'placement.read',
      'placement.request',
    ],
  },
  reviewer: {
    description: 'a reviewer of an industry association',
    institution: 'association',
    permissions: [
      'curriculum.review',
      'review.read',
      'review.discuss',
      'notification.read',
      'curriculum.live',
    ],
  },
  learner: {
    description: 'a learner, who follows published pathways and reads the own record',
    institution: null,
    permissions: ['record.own'],
  },
  'mobility-coordinator': {
    description:
      "a school's coordinator of learner mobility (MoU, Learning Agreements, Personal Transcripts) and of its learners' records",
    institution: 'school',
    permissions: ['learner.manage', 'mobility.read', 'mobility.manage', 'mobility.assess'],
  },
  company: {
    description:
      'a company or industry association that offers work-based learning placements (a mentor, trainer or placement officer there)',
    institution: ['company', 'association'],
    permissions: ['placement.read', 'placement.offer', 'notification.read'],
  },
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof ROLE_TABLE;
export const ROLES = Object.keys(ROLE_TABLE) as Role[];

/** Whether `role` (null: anonymous) holds `permission`. */
export function may(role: Role | null | undefined, permission: Permission): boolean {
  if (role === null || role === undefined) return false;
  return (
    (ROLE_TABLE[role]?.permissions as readonly Permission[] | undefined)?.includes(permission) ??
    false
  );
}

/** The roles that hold `permission`, in table order. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => may(role, permission));
}

/**
 * What a caller may see of a curriculum:
 * - `author`: writes the curricula of the own school (`curriculum.write`) — the working copy, and every write;
 * - `admin`: reads every working copy (`curriculum.read-any`), read only;
 * - `review`: reviews for an association of the current round (`curriculum.review`) while the
 *   curriculum is in review — the working copy, and comments;
 * - `published`: everyone else, while a published version exists and it is not archived — that version;
 * - `none`: nothing (answered 404, so another institution's drafts stay invisible).
 */
export type CurriculumAccess = 'author' | 'admin' | 'review' | 'published' | 'none';

/** The facts about a caller that decide access. */
export interface CallerFacts {
  readonly role: Role;
  readonly institutionId: string | null;
}

/** The facts about a curriculum that decide access. */
export interface CurriculumFacts {
  readonly institutionId: string;
  readonly status: CurriculumStatus;
  readonly publishedVersion: number | null;
}

/**
 * Whether the decision needs to know if the curriculum was submitted to the caller's institution
 * (the API looks that up only then).
 */
export function needsSubmissionFact(
  caller: CallerFacts | null,
  curriculum: CurriculumFacts,
): boolean {
  return (
    caller !== null &&
    may(caller.role, 'curriculum.review') &&
    caller.institutionId !== null &&
    isInReview(curriculum.status)
  );
}

/** The access decision, pure: `submittedToCaller` is whether the current round includes the caller's institution. */
export function curriculumAccess(
  caller: CallerFacts | null,
  curriculum: CurriculumFacts,
  submittedToCaller: boolean,
): CurriculumAccess {
  if (
    caller !== null &&
    may(caller.role, 'curriculum.write') &&
    caller.institutionId === curriculum.institutionId
  )
    return 'author';
  if (caller !== null && may(caller.role, 'curriculum.read-any')) return 'admin';
  if (needsSubmissionFact(caller, curriculum) && submittedToCaller) return 'review';
  if (curriculum.publishedVersion !== null && curriculum.status !== 'archived') return 'published';
  return 'none';
}

/** The accesses that read the working copy (the others read the published version or nothing). */
export const WORKING_COPY_ACCESS: readonly CurriculumAccess[] = ['author', 'admin', 'review'];
