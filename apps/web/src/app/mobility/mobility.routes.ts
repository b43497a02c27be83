import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { MOBILITY_MESSAGES } from './mobility.messages';

/**
 * `/mobility` (the app's routes let in `mobility.read`): what awaits the caller's institution,
 * MoUs and Learning Agreements with their Personal Transcripts; new ones for coordinators.
 */
export const MOBILITY_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(MOBILITY_MESSAGES, RESULTS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.mobility',
        loadComponent: () => import('./overview/mobility-overview').then((m) => m.MobilityOverview),
      },
      {
        path: 'mous/new',
        title: 'title.newMou',
        loadComponent: () => import('./mou-form/mou-form').then((m) => m.MouForm),
      },
      {
        path: 'mous/:id',
        title: 'title.mou',
        loadComponent: () => import('./mou-page/mou-page').then((m) => m.MouPage),
      },
      {
        path: 'agreements/new',
        title: 'title.newAgreement',
        loadComponent: () => import('./agreement-form/agreement-form').then((m) => m.AgreementForm),
      },
      {
        path: 'agreements/:id',
        title: 'title.agreement',
        loadComponent: () => import('./agreement-page/agreement-page').then((m) => m.AgreementPage),
      },
    ],
  },
];
