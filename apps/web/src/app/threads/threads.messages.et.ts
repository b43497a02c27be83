import type { Translations } from '../core/i18n/i18n';

export default {
  'review.verdict.agree': 'Nõus',
  'review.verdict.suggest-change': 'Paku muudatus',
  'review.verdict.disagree': 'Ei ole nõus',
  'review.thread.by': '{author} · {date}',
  'review.thread.you': 'teie',
  'review.thread.otherAssociation': 'teine ühendus',
  'review.thread.readOnly':
    'Teise ühenduse läbivaatuse arutelu: saate seda lugeda, kuid mitte selles osaleda.',
  'review.thread.open': 'Avatud',
  'review.thread.resolved': 'Lahendatud',
  'review.thread.accepted': 'Uus sõnastus vastu võetud',
  'review.thread.proposed': 'Pakutud sõnastus',
  'review.thread.reply': 'Vasta',
  'review.thread.replyLabel': 'Teie vastus',
  'review.thread.send': 'Saada vastus',
  'review.thread.resolve': 'Märgi lahendatuks',
  'review.thread.reopen': 'Ava uuesti',
} satisfies Translations;
