import type { MessageBundle } from '../core/i18n/i18n';

export const ACCOUNT_MESSAGES: MessageBundle = {
  en: {
    'account.title': 'Account',
    'account.lead': 'You are signed in with this account.',
    'account.name': 'Name',
    'account.email': 'E-mail',
    'account.role': 'Role',
    'account.password.title': 'Change password',
    'account.password.current': 'Current password',
    'account.password.new': 'New password',
    'account.password.repeat': 'Repeat the new password',
    'account.password.hint': 'At least {min} characters; long passphrases are best.',
    'account.password.submit': 'Change password',
    'account.password.busy': 'Changing…',
    'account.password.done': 'Password changed. Your other sessions have been signed out.',
    'account.problem.currentMissing': 'Enter your current password.',
    'account.problem.currentWrong': 'This is not your current password.',
    'account.problem.short': 'The new password needs at least {min} characters.',
    'account.problem.differ': 'This is not the same as the new password above.',
    'account.problem.guessable':
      'This password is too easy to guess. A few unrelated words make a strong passphrase.',
    'account.problem.breached':
      'This password appears in lists of leaked passwords. Choose another one.',
    'account.problem.other': 'Not accepted: {message}',
    'account.reset.title': 'Set a new password',
    'account.reset.lead':
      'Choose a new password for your account. Then sign in with it: all sessions of the account end.',
    'account.reset.submit': 'Set the new password',
    'account.reset.busy': 'Saving…',
    'account.reset.done': 'Your new password is set. All sessions of your account have ended.',
    'account.reset.signIn': 'Sign in with the new password',
    'account.reset.expired':
      'This link has expired or was already used. Ask your administrator for a new one.',
  },
  translations: {
    de: () => import('./account.messages.de').then((m) => m.default),
    lt: () => import('./account.messages.lt').then((m) => m.default),
    lv: () => import('./account.messages.lv').then((m) => m.default),
    et: () => import('./account.messages.et').then((m) => m.default),
  },
};
