import type { LocalizedText } from './localized-text';

/**
 * What a person is told about, in the app and by e-mail: a curriculum submitted to their
 * association, their curriculum's review finished, a reviewer's suggested rewording waiting, a
 * reply in a thread they take part in, a new version of a library entry a unit was adopted from,
 * a school's request for their placement offer (to the offerer), the offerer's answer to the
 * school's request (to its authors).
 */
export const NOTIFICATION_KINDS = [
  'submitted',
  'review-finished',
  'suggestion',
  'reply',
  'library-update',
  'placement-request',
  'placement-answer',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One notification of the signed-in user (`GET /api/v1/notifications`). */
export interface AppNotification {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly curriculumId: string;
  readonly curriculumCode: string;
  readonly curriculumTitle: LocalizedText;
  /** The thread or comment it is about (suggestion, reply); null otherwise. */
  readonly commentId: string | null;
  /**
   * For `review-finished`: the status it ended in (`approved`, `changes-requested`); for
   * `library-update`: the code of the adopted unit; for `placement-request`: how many places
   * are asked for; for `placement-answer`: `accepted` or `declined`.
   */
  readonly detail: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationList {
  /** The newest first, at most 50. */
  readonly items: readonly AppNotification[];
  readonly unread: number;
}
