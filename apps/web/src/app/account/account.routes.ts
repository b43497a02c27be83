import { Route } from '@angular/router';
import { withMessages } from '../core/i18n/with-messages';
import { ACCOUNT_MESSAGES } from './account.messages';

/** `/account`: the signed-in user's own account (the app's routes guard it). */
export const ACCOUNT_ROUTES: Route[] = [
  {
    path: '',
    title: 'title.account',
    canActivate: [withMessages(ACCOUNT_MESSAGES)],
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
  },
];

/** `/reset-password#token=…`: public, the page of an administrator's one-time reset link. */
export const RESET_PASSWORD_ROUTES: Route[] = [
  {
    path: '',
    title: 'title.resetPassword',
    canActivate: [withMessages(ACCOUNT_MESSAGES)],
    loadComponent: () => import('./reset-password/reset-password').then((m) => m.ResetPassword),
  },
];
