import { Route } from '@angular/router';

export const PATHWAYS_ROUTES: Route[] = [
  {
    path: '',
    title: 'Catalogue · Curriculum builder',
    loadComponent: () => import('./catalogue/catalogue').then((m) => m.Catalogue),
  },
];
