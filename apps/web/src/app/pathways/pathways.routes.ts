import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { PATHWAYS_MESSAGES } from './pathways.messages';

/** The learner area at `/catalogue`: open to everyone, signed in or not. */
export const PATHWAYS_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(PATHWAYS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.catalogue',
        loadComponent: () => import('./catalogue/catalogue').then((m) => m.Catalogue),
      },
      {
        path: ':id',
        title: 'title.pathway',
        loadComponent: () => import('./pathway/pathway').then((m) => m.Pathway),
      },
    ],
  },
];
