import { Route } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { ACCOUNT_MESSAGES } from './account.messages';

/** `/account`: the signed-in user's own account (the app's routes guard it). */
export const ACCOUNT_ROUTES: Route[] = [
  {
    path: '',
    title: 'Account · Curriculum builder',
    providers: [provideMessages(ACCOUNT_MESSAGES)],
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
  },
];

/** `/reset-password#token=…`: public, the page of an administrator's one-time reset link. */
export const RESET_PASSWORD_ROUTES: Route[] = [
  {
    path: '',
    title: 'Set a new password · Curriculum builder',
    providers: [provideMessages(ACCOUNT_MESSAGES)],
    loadComponent: () => import('./reset-password/reset-password').then((m) => m.ResetPassword),
  },
];
