import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { MOBILITY_MESSAGES } from './mobility.messages';

/**
 * `/mobility` (the app's routes let in `mobility.read`): what awaits the caller's institution,
 * MoUs and Learning Agreements with their Personal Transcripts; new ones for coordinators.
 */
export const MOBILITY_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideMessages(MOBILITY_MESSAGES), provideMessages(RESULTS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'Mobility · Curriculum builder',
        loadComponent: () => import('./overview/mobility-overview').then((m) => m.MobilityOverview),
      },
      {
        path: 'mous/new',
        title: 'New MoU · Curriculum builder',
        loadComponent: () => import('./mou-form/mou-form').then((m) => m.MouForm),
      },
      {
        path: 'mous/:id',
        title: 'MoU · Curriculum builder',
        loadComponent: () => import('./mou-page/mou-page').then((m) => m.MouPage),
      },
      {
        path: 'agreements/new',
        title: 'New Learning Agreement · Curriculum builder',
        loadComponent: () => import('./agreement-form/agreement-form').then((m) => m.AgreementForm),
      },
      {
        path: 'agreements/:id',
        title: 'Learning Agreement · Curriculum builder',
        loadComponent: () => import('./agreement-page/agreement-page').then((m) => m.AgreementPage),
      },
    ],
  },
];
