import type { MessageBundle } from '../core/i18n/i18n';

/** The messages of review threads, wherever they are shown (review workspace, editor). */
export const THREAD_MESSAGES: MessageBundle = {
  en: {
    'review.verdict.agree': 'Agree',
    'review.verdict.suggest-change': 'Suggest change',
    'review.verdict.disagree': 'Disagree',
    'review.thread.by': '{author} · {date}',
    'review.thread.you': 'you',
    'review.thread.otherAssociation': 'another association',
    'review.thread.readOnly': "Another association's review: you may read it, not take part.",
    'review.thread.open': 'Open',
    'review.thread.resolved': 'Resolved',
    'review.thread.accepted': 'Rewording accepted',
    'review.thread.proposed': 'Proposed wording',
    'review.thread.reply': 'Reply',
    'review.thread.replyLabel': 'Your reply',
    'review.thread.send': 'Send reply',
    'review.thread.resolve': 'Resolve',
    'review.thread.reopen': 'Reopen',
  },
  translations: {
    de: () => import('./threads.messages.de').then((m) => m.default),
    lt: () => import('./threads.messages.lt').then((m) => m.default),
    lv: () => import('./threads.messages.lv').then((m) => m.default),
    et: () => import('./threads.messages.et').then((m) => m.default),
  },
};
