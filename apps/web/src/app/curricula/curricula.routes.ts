import { Route } from '@angular/router';

export const CURRICULA_ROUTES: Route[] = [
  {
    path: '',
    title: 'My curricula · Curriculum builder',
    loadComponent: () => import('./dashboard/dashboard').then((m) => m.Dashboard),
  },
];
