import type { Translations } from '../core/i18n/i18n';

export default {
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
} satisfies Translations;
