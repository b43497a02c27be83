import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { ESCO_MESSAGES } from '../esco/esco.messages';
import { THREAD_MESSAGES } from '../threads/threads.messages';
import { REVIEW_MESSAGES } from './review.messages';

/** The industry reviewer's area: the queue of submitted curricula and the review of one of them. */
export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(REVIEW_MESSAGES, THREAD_MESSAGES, ESCO_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.reviewQueue',
        loadComponent: () => import('./queue/review-queue').then((m) => m.ReviewQueue),
      },
      {
        path: 'inventory',
        title: 'title.inventory',
        loadComponent: () => import('../esco/inventory-page').then((m) => m.InventoryPage),
      },
      {
        path: ':id',
        title: 'title.review',
        loadComponent: () => import('./workspace/review-workspace').then((m) => m.ReviewWorkspace),
      },
    ],
  },
];
