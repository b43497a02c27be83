import type { Translations } from '../core/i18n/i18n';

export default {
  'account.title': 'Konts',
  'account.lead': 'Jūs pašlaik strādājat ar šo kontu.',
  'account.name': 'Vārds, uzvārds',
  'account.email': 'E-pasts',
  'account.role': 'Loma',
  'account.password.title': 'Mainīt paroli',
  'account.password.current': 'Pašreizējā parole',
  'account.password.new': 'Jaunā parole',
  'account.password.repeat': 'Atkārtojiet jauno paroli',
  'account.password.hint':
    'Vismaz {min, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}; vislabākās ir garas paroles frāzes.',
  'account.password.submit': 'Mainīt paroli',
  'account.password.busy': 'Notiek maiņa…',
  'account.password.done': 'Parole nomainīta. Jūsu pārējās sesijas ir slēgtas.',
  'account.problem.currentMissing': 'Ievadiet pašreizējo paroli.',
  'account.problem.currentWrong': 'Tā nav Jūsu pašreizējā parole.',
  'account.problem.short':
    'Jaunajā parolē jābūt vismaz {min, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'account.problem.differ': 'Tā nesakrīt ar augstāk ievadīto jauno paroli.',
  'account.problem.guessable':
    'Šo paroli ir pārāk viegli uzminēt. Daži savstarpēji nesaistīti vārdi veido drošu paroles frāzi.',
  'account.problem.breached':
    'Šī parole ir atrodama nopludināto paroļu sarakstos. Izvēlieties citu paroli.',
  'account.problem.other': 'Nav pieņemts: {message}',
  'account.reset.title': 'Jaunas paroles iestatīšana',
  'account.reset.lead':
    'Izvēlieties jaunu paroli savam kontam. Pēc tam piesakieties ar to: visas konta sesijas tiks slēgtas.',
  'account.reset.submit': 'Iestatīt jauno paroli',
  'account.reset.busy': 'Notiek saglabāšana…',
  'account.reset.done': 'Jūsu jaunā parole ir iestatīta. Visas Jūsu konta sesijas ir slēgtas.',
  'account.reset.signIn': 'Pieteikties ar jauno paroli',
  'account.reset.expired':
    'Šīs saites derīguma termiņš ir beidzies, vai saite jau ir izmantota. Lūdziet administratoram jaunu saiti.',
} satisfies Translations;
