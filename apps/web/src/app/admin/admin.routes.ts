import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { ADMIN_MESSAGES } from './admin.messages';

/** The administration (the app's routes let in `user.manage` only): accounts and security log. */
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
    ],
  },
];
