import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { MOBILITY_MESSAGES } from '../mobility/mobility.messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { LEARNERS_MESSAGES } from './learners.messages';

/** `/learners`: a school's learners and their records (the app's routes let in `learner.manage`). */
export const LEARNERS_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideMessages(LEARNERS_MESSAGES), provideMessages(RESULTS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'Learners · Curriculum builder',
        loadComponent: () => import('./learner-list/learner-list').then((m) => m.LearnerList),
      },
      {
        path: ':id',
        title: 'Learner record · Curriculum builder',
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
    providers: [
      provideMessages(LEARNERS_MESSAGES),
      provideMessages(RESULTS_MESSAGES),
      provideMessages(MOBILITY_MESSAGES),
    ],
    children: [
      {
        path: '',
        title: 'My record · Curriculum builder',
        loadComponent: () => import('./my-record/my-record').then((m) => m.MyRecord),
      },
      {
        path: 'agreements/:id',
        title: 'Learning Agreement · Curriculum builder',
        loadComponent: () =>
          import('../mobility/agreement-page/agreement-page').then((m) => m.AgreementPage),
      },
    ],
  },
];
