import type { Translations } from '../core/i18n/i18n';

export default {
  'review.verdict.agree': 'Piekrītu',
  'review.verdict.suggest-change': 'Ierosinu izmaiņas',
  'review.verdict.disagree': 'Nepiekrītu',
  'review.thread.by': '{author} · {date}',
  'review.thread.you': 'Jūs',
  'review.thread.otherAssociation': 'cita asociācija',
  'review.thread.readOnly':
    'Citas asociācijas izskatīšana: Jūs varat to lasīt, bet nevarat tajā piedalīties.',
  'review.thread.open': 'Atvērta',
  'review.thread.resolved': 'Atrisināta',
  'review.thread.accepted': 'Pārformulējums pieņemts',
  'review.thread.proposed': 'Ierosinātais formulējums',
  'review.thread.reply': 'Atbildēt',
  'review.thread.replyLabel': 'Jūsu atbilde',
  'review.thread.send': 'Nosūtīt atbildi',
  'review.thread.resolve': 'Atzīmēt kā atrisinātu',
  'review.thread.reopen': 'Atvērt atkārtoti',
} satisfies Translations;
