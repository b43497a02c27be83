import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { MOBILITY_MESSAGES } from '../mobility/mobility.messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { LEARNERS_MESSAGES } from './learners.messages';

/** `/learners`: a school's learners and their records (the app's routes let in `learner.manage`). */
export const LEARNERS_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(LEARNERS_MESSAGES, RESULTS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.learners',
        loadComponent: () => import('./learner-list/learner-list').then((m) => m.LearnerList),
      },
      {
        path: ':id',
        title: 'title.learner',
        loadComponent: () => import('./learner-page/learner-page').then((m) => m.LearnerPage),
      },
    ],
  },
];

/**
 * `/my-record`: the learner's own record and Learning Agreements (`record.own`); an agreement opens
 * in the mobility area's page, where the learner signs it.
 */
export const MY_RECORD_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(LEARNERS_MESSAGES, RESULTS_MESSAGES, MOBILITY_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.myRecord',
        loadComponent: () => import('./my-record/my-record').then((m) => m.MyRecord),
      },
      {
        path: 'agreements/:id',
        title: 'title.agreement',
        loadComponent: () =>
          import('../mobility/agreement-page/agreement-page').then((m) => m.AgreementPage),
      },
    ],
  },
];
