import { Route } from '@angular/router';
import { permissionGuard } from './core/auth/permission.guard';
import { signedInGuard } from './core/auth/signed-in.guard';

/** One lazy chunk per area, so that the initial bundle stays small. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    loadComponent: () => import('./home/home').then((m) => m.Home),
  },
  {
    path: 'login',
    title: 'title.login',
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
    path: 'mobility',
    canActivate: [permissionGuard('mobility.read')],
    loadChildren: () => import('./mobility/mobility.routes').then((m) => m.MOBILITY_ROUTES),
  },
  {
    path: 'library',
    canActivate: [permissionGuard('library.adopt')],
    loadChildren: () => import('./library/library.routes').then((m) => m.LIBRARY_ROUTES),
  },
  {
    path: 'placements',
    canActivate: [permissionGuard('placement.offer')],
    loadChildren: () => import('./placements/placements.routes').then((m) => m.PLACEMENTS_ROUTES),
  },
  {
    path: 'learners',
    canActivate: [permissionGuard('learner.manage')],
    loadChildren: () => import('./learners/learners.routes').then((m) => m.LEARNERS_ROUTES),
  },
  {
    path: 'my-record',
    canActivate: [permissionGuard('record.own')],
    loadChildren: () => import('./learners/learners.routes').then((m) => m.MY_RECORD_ROUTES),
  },
  {
    path: 'notifications',
    title: 'title.notifications',
    canActivate: [permissionGuard('notification.read')],
    loadComponent: () => import('./notifications/notifications').then((m) => m.Notifications),
  },
  {
    path: 'account',
    canActivate: [signedInGuard],
    loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
  },
  {
    // Public: the token is in the fragment of an administrator's one-time link.
    path: 'reset-password',
    loadChildren: () => import('./account/account.routes').then((m) => m.RESET_PASSWORD_ROUTES),
  },
  {
    path: 'admin',
    canActivate: [permissionGuard('user.manage')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
