import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { THREAD_MESSAGES } from '../threads/threads.messages';
import { REVIEW_MESSAGES } from './review.messages';

/** The industry reviewer's area: the queue of submitted curricula and the review of one of them. */
export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideMessages(REVIEW_MESSAGES), provideMessages(THREAD_MESSAGES)],
    children: [
      {
        path: '',
        title: 'Review queue · Curriculum builder',
        loadComponent: () => import('./queue/review-queue').then((m) => m.ReviewQueue),
      },
      {
        path: ':id',
        title: 'Review · Curriculum builder',
        loadComponent: () => import('./workspace/review-workspace').then((m) => m.ReviewWorkspace),
      },
    ],
  },
];
