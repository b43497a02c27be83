import type { Translations } from '../core/i18n/i18n';

export default {
  'review.verdict.agree': 'Pritarti',
  'review.verdict.suggest-change': 'Siūlyti pakeitimą',
  'review.verdict.disagree': 'Nepritarti',
  'review.thread.by': '{author} · {date}',
  'review.thread.you': 'Jūs',
  'review.thread.otherAssociation': 'kita asociacija',
  'review.thread.readOnly':
    'Kitos asociacijos recenzavimas: galite jį skaityti, bet negalite dalyvauti.',
  'review.thread.open': 'Atvira',
  'review.thread.resolved': 'Išspręsta',
  'review.thread.accepted': 'Performulavimas priimtas',
  'review.thread.proposed': 'Siūloma formuluotė',
  'review.thread.reply': 'Atsakyti',
  'review.thread.replyLabel': 'Jūsų atsakymas',
  'review.thread.send': 'Siųsti atsakymą',
  'review.thread.resolve': 'Pažymėti kaip išspręstą',
  'review.thread.reopen': 'Vėl atverti',
} satisfies Translations;
