import { Route } from '@angular/router';

/** One lazy chunk per area, so that the initial bundle stays small. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Curriculum builder',
    loadComponent: () => import('./home/home').then((m) => m.Home),
  },
  {
    path: '**',
    title: 'Page not found · Curriculum builder',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
