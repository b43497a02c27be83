import { Route } from '@angular/router';
import { permissionGuard } from './core/auth/permission.guard';

/** One lazy chunk per area, so that the initial bundle stays small. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Curriculum builder',
    loadComponent: () => import('./home/home').then((m) => m.Home),
  },
  {
    path: 'login',
    title: 'Sign in · Curriculum builder',
    loadComponent: () => import('./login/login').then((m) => m.Login),
  },
  {
    path: 'catalogue',
    loadChildren: () => import('./pathways/pathways.routes').then((m) => m.PATHWAYS_ROUTES),
  },
  {
    path: 'curricula',
    canActivate: [permissionGuard('curriculum.write')],
    loadChildren: () => import('./curricula/curricula.routes').then((m) => m.CURRICULA_ROUTES),
  },
  {
    path: 'review',
    canActivate: [permissionGuard('curriculum.review')],
    loadChildren: () => import('./review/review.routes').then((m) => m.REVIEW_ROUTES),
  },
  {
    path: 'notifications',
    title: 'Notifications · Curriculum builder',
    canActivate: [permissionGuard('notification.read')],
    loadComponent: () => import('./notifications/notifications').then((m) => m.Notifications),
  },
  {
    path: '**',
    title: 'Page not found · Curriculum builder',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
