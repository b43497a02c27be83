import { Route } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { withMessages } from '../core/i18n/with-messages';
import { ADMIN_MESSAGES } from './admin.messages';

/**
 * The administration (the app's routes let in `user.manage` only): accounts and security log;
 * learners' personal data (`learner.erase` besides).
 */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(ADMIN_MESSAGES)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'accounts' },
      {
        path: 'accounts',
        title: 'title.accounts',
        loadComponent: () => import('./accounts/accounts').then((m) => m.Accounts),
      },
      {
        path: 'learners',
        title: "Learners' personal data · Curriculum builder",
        canActivate: [permissionGuard('learner.erase')],
        loadComponent: () => import('./learner-data/learner-data').then((m) => m.LearnerData),
      },
    ],
  },
];
