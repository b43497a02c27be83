import type { LocalizedText } from '@curriculum-builder/curriculum';
import type { NotificationEntity } from './entities/notification.entity';

/** The sentences of each kind of notification, in English and German (the interface languages). */
const SENTENCES: Record<string, { en: string; de: string }> = {
  submitted: {
    en: '{code} "{title}" was submitted to your association for review.',
    de: '{code} „{title}“ wurde Ihrem Verband zur Begutachtung vorgelegt.',
  },
  'review-finished:approved': {
    en: 'The review of {code} "{title}" is finished: approved. It can be published.',
    de: 'Die Begutachtung von {code} „{title}“ ist abgeschlossen: freigegeben. Es kann veröffentlicht werden.',
  },
  'review-finished:changes-requested': {
    en: 'The review of {code} "{title}" is finished: changes are requested. The editor lists what to fix.',
    de: 'Die Begutachtung von {code} „{title}“ ist abgeschlossen: Änderungen sind erbeten. Der Editor zeigt, was zu tun ist.',
  },
  suggestion: {
    en: 'A reviewer suggests a new wording in {code} "{title}"; you can accept it in the editor.',
    de: 'Eine Begutachtung schlägt eine neue Formulierung in {code} „{title}“ vor; Sie können sie im Editor übernehmen.',
  },
  reply: {
    en: 'There is a new reply in a review thread of {code} "{title}".',
    de: 'In einem Begutachtungskommentar zu {code} „{title}“ gibt es eine neue Antwort.',
  },
};

function fill(template: string, code: string, title: string): string {
  return template.replace('{code}', code).replace('{title}', title);
}

/**
 * The e-mail of a notification: subject and plain-text body with the sentence in English and
 * German and the page to open (a path: the deployment knows its own address).
 */
export function mailFor(
  notification: Pick<NotificationEntity, 'kind' | 'detail' | 'curriculumId'>,
  curriculum: { code: string; title: LocalizedText; primaryLanguage: string },
  forReviewer: boolean,
): { subject: string; body: string } {
  const key =
    notification.kind === 'review-finished'
      ? `${notification.kind}:${notification.detail}`
      : notification.kind;
  const sentence = SENTENCES[key] ?? SENTENCES['reply'];
  const title =
    curriculum.title[curriculum.primaryLanguage] ?? Object.values(curriculum.title)[0] ?? '';
  const en = fill(sentence.en, curriculum.code, title);
  const de = fill(sentence.de, curriculum.code, title);
  const path = `${forReviewer ? '/review' : '/curricula'}/${notification.curriculumId}`;
  return {
    subject: `Curriculum builder: ${en}`.slice(0, 300),
    body: `${en}\n${de}\n\nOpen / Öffnen: ${path}\n`,
  };
}
