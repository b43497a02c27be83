import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { PATHWAYS_MESSAGES } from './pathways.messages';

/** The learner area at `/catalogue`: open to everyone, signed in or not. */
export const PATHWAYS_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideMessages(PATHWAYS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'Catalogue · Curriculum builder',
        loadComponent: () => import('./catalogue/catalogue').then((m) => m.Catalogue),
      },
      {
        path: ':id',
        title: 'Pathway · Curriculum builder',
        loadComponent: () => import('./pathway/pathway').then((m) => m.Pathway),
      },
    ],
  },
];
