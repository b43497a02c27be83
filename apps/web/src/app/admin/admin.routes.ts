import { Route } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { provideMessages } from '../core/i18n/provide-messages';
import { ADMIN_MESSAGES } from './admin.messages';

/**
 * The administration (the app's routes let in `user.manage` only): accounts and security log;
 * learners' personal data (`learner.erase` besides).
 */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideMessages(ADMIN_MESSAGES)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'accounts' },
      {
        path: 'accounts',
        title: 'User accounts · Curriculum builder',
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
