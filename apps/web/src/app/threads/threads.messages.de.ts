import type { Translations } from '../core/i18n/i18n';

export default {
  'review.verdict.agree': 'Zustimmen',
  'review.verdict.suggest-change': 'Änderung vorschlagen',
  'review.verdict.disagree': 'Ablehnen',
  'review.thread.by': '{author} · {date}',
  'review.thread.you': 'Sie',
  'review.thread.otherAssociation': 'ein anderer Verband',
  'review.thread.readOnly': 'Begutachtung eines anderen Verbands: nur zum Lesen.',
  'review.thread.open': 'Offen',
  'review.thread.resolved': 'Erledigt',
  'review.thread.accepted': 'Formulierung übernommen',
  'review.thread.proposed': 'Vorgeschlagene Formulierung',
  'review.thread.reply': 'Antworten',
  'review.thread.replyLabel': 'Ihre Antwort',
  'review.thread.send': 'Antwort senden',
  'review.thread.resolve': 'Erledigt',
  'review.thread.reopen': 'Wieder öffnen',
} satisfies Translations;
