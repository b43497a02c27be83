import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { ESCO_MESSAGES } from '../esco/esco.messages';
import { PLACEMENTS_MESSAGES } from './placements.messages';

/**
 * `/placements` (the app's routes let in `placement.offer`): a company's or an association's
 * work-based learning placement offers, a new one, changing one (the same form, filled with the
 * offer), and the schools' requests for their places. The ESCO picker of the form brings its own
 * messages.
 */
export const PLACEMENTS_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(PLACEMENTS_MESSAGES, ESCO_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.placements',
        loadComponent: () =>
          import('./overview/placements-overview').then((m) => m.PlacementsOverview),
      },
      {
        path: 'new',
        title: 'title.newPlacementOffer',
        loadComponent: () => import('./offer-form/offer-form').then((m) => m.OfferForm),
      },
      {
        path: ':id/edit',
        title: 'title.editPlacementOffer',
        loadComponent: () => import('./offer-form/offer-form').then((m) => m.OfferForm),
      },
    ],
  },
];
