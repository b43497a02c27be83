import type { Messages } from '../core/i18n/i18n';

export const ACCOUNT_MESSAGES: Messages = {
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
  de: {
    'account.title': 'Konto',
    'account.lead': 'Sie sind mit diesem Konto angemeldet.',
    'account.name': 'Name',
    'account.email': 'E-Mail',
    'account.role': 'Rolle',
    'account.password.title': 'Passwort ändern',
    'account.password.current': 'Aktuelles Passwort',
    'account.password.new': 'Neues Passwort',
    'account.password.repeat': 'Neues Passwort wiederholen',
    'account.password.hint': 'Mindestens {min} Zeichen; lange Passphrasen sind am besten.',
    'account.password.submit': 'Passwort ändern',
    'account.password.busy': 'Wird geändert…',
    'account.password.done': 'Passwort geändert. Ihre anderen Sitzungen wurden abgemeldet.',
    'account.problem.currentMissing': 'Bitte das aktuelle Passwort eingeben.',
    'account.problem.currentWrong': 'Das ist nicht Ihr aktuelles Passwort.',
    'account.problem.short': 'Das neue Passwort braucht mindestens {min} Zeichen.',
    'account.problem.differ': 'Das stimmt nicht mit dem neuen Passwort oben überein.',
    'account.problem.guessable':
      'Dieses Passwort ist zu leicht zu erraten. Einige voneinander unabhängige Wörter ergeben eine starke Passphrase.',
    'account.problem.breached':
      'Dieses Passwort steht in Listen geleakter Passwörter. Bitte ein anderes wählen.',
    'account.problem.other': 'Nicht angenommen: {message}',
    'account.reset.title': 'Neues Passwort festlegen',
    'account.reset.lead':
      'Wählen Sie ein neues Passwort für Ihr Konto. Melden Sie sich danach damit an: alle Sitzungen des Kontos werden beendet.',
    'account.reset.submit': 'Neues Passwort festlegen',
    'account.reset.busy': 'Wird gespeichert…',
    'account.reset.done':
      'Ihr neues Passwort ist festgelegt. Alle Sitzungen Ihres Kontos wurden beendet.',
    'account.reset.signIn': 'Mit dem neuen Passwort anmelden',
    'account.reset.expired':
      'Dieser Link ist abgelaufen oder wurde schon benutzt. Bitten Sie Ihre Administration um einen neuen.',
  },
};
