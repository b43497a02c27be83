import { Route } from '@angular/router';

export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    title: 'Review queue · Curriculum builder',
    loadComponent: () => import('./queue/review-queue').then((m) => m.ReviewQueue),
  },
];
