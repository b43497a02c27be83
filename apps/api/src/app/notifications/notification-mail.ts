import type { InterfaceLanguage, LocalizedText } from '@curriculum-builder/curriculum';
import type { NotificationEntity } from './entities/notification.entity';

/** The sentences of each kind of notification in every interface language (ADR 0024). */
const SENTENCES: Record<string, Readonly<Record<InterfaceLanguage, string>>> = {
  submitted: {
    en: '{code} "{title}" was submitted to your association for review.',
    de: '{code} „{title}“ wurde Ihrem Verband zur Begutachtung vorgelegt.',
    lt: '{code} „{title}“ pateikta Jūsų asociacijai recenzuoti.',
    lv: '{code} „{title}“ ir iesniegta izskatīšanai Jūsu asociācijā.',
    et: '{code} „{title}“ esitati teie ühendusele läbivaatamiseks.',
  },
  'review-finished:approved': {
    en: 'The review of {code} "{title}" is finished: approved. It can be published.',
    de: 'Die Begutachtung von {code} „{title}“ ist abgeschlossen: freigegeben. Es kann veröffentlicht werden.',
    lt: '{code} „{title}“ recenzavimas baigtas: patvirtinta. Programą galima paskelbti.',
    lv: '{code} „{title}“ izskatīšana pabeigta: apstiprināts. To var publicēt.',
    et: '{code} „{title}“ läbivaatus on lõpetatud: heaks kiidetud. Selle saab avaldada.',
  },
  'review-finished:changes-requested': {
    en: 'The review of {code} "{title}" is finished: changes are requested. The editor lists what to fix.',
    de: 'Die Begutachtung von {code} „{title}“ ist abgeschlossen: Änderungen sind erbeten. Der Editor zeigt, was zu tun ist.',
    lt: '{code} „{title}“ recenzavimas baigtas: prašoma pakeitimų. Redaktoriuje matyti, ką reikia pataisyti.',
    lv: '{code} „{title}“ izskatīšana pabeigta: lūgts veikt izmaiņas. Redaktorā redzams, kas jālabo.',
    et: '{code} „{title}“ läbivaatus on lõpetatud: paluti muudatusi. Redaktor näitab, mida parandada.',
  },
  suggestion: {
    en: 'A reviewer suggests a new wording in {code} "{title}"; you can accept it in the editor.',
    de: 'Eine Begutachtung schlägt eine neue Formulierung in {code} „{title}“ vor; Sie können sie im Editor übernehmen.',
    lt: 'Recenzentas siūlo naują formuluotę programoje {code} „{title}“; ją galite priimti redaktoriuje.',
    lv: 'Izskatītājs ierosina jaunu formulējumu mācību programmā {code} „{title}“; to var pieņemt redaktorā.',
    et: 'Läbivaataja pakub õppekavas {code} „{title}“ välja uue sõnastuse; selle saab redaktoris vastu võtta.',
  },
  'library-update': {
    en: 'A unit of {code} "{title}" adopted from the shared library has a new version there; the editor shows what changed.',
    de: 'Eine aus der gemeinsamen Bibliothek übernommene Einheit in {code} „{title}“ hat dort eine neue Version; der Editor zeigt, was sich geändert hat.',
    lt: 'Iš bendrosios bibliotekos perimtas programos {code} „{title}“ modulis ten turi naują versiją; redaktoriuje matyti, kas pasikeitė.',
    lv: 'No kopīgās bibliotēkas pārņemtam mācību programmas {code} „{title}“ modulim tur ir jauna versija; redaktorā redzams, kas mainījies.',
    et: 'Õppekava {code} „{title}“ ühisest raamatukogust võetud moodulil on seal uus versioon; redaktor näitab, mis muutus.',
  },
  'placement-request': {
    en: 'A school requests {detail} place(s) of your work-based learning offer for {code} "{title}"; accept or decline it under Placements.',
    de: 'Eine Schule fragt {detail} Platz/Plätze Ihres Angebots für arbeitsbasiertes Lernen für {code} „{title}“ an; nehmen Sie die Anfrage unter Praktikumsplätze an oder lehnen Sie sie ab.',
    lt: 'Mokykla prašo {detail} vietos (-ų) pagal jūsų mokymosi darbo vietoje pasiūlymą programai {code} „{title}“; priimkite arba atmeskite prašymą skiltyje „Praktikos vietos“.',
    lv: 'Skola lūdz {detail} vietu(-as) no jūsu darba vidē balstītu mācību piedāvājuma mācību programmai {code} „{title}“; pieņemiet vai noraidiet to sadaļā “Prakses vietas”.',
    et: 'Kool taotleb teie töökohapõhise õppe pakkumisest {detail} kohta õppekava {code} „{title}“ jaoks; võtke taotlus vastu või lükake tagasi jaotises „Praktikakohad“.',
  },
  'placement-answer:accepted': {
    en: 'The company accepted your request for work-based learning places for {code} "{title}".',
    de: 'Der Betrieb hat Ihre Anfrage nach Plätzen für arbeitsbasiertes Lernen für {code} „{title}“ angenommen.',
    lt: 'Įmonė priėmė jūsų prašymą dėl mokymosi darbo vietoje vietų programai {code} „{title}“.',
    lv: 'Uzņēmums pieņēma jūsu pieprasījumu pēc darba vidē balstītu mācību vietām mācību programmai {code} „{title}“.',
    et: 'Ettevõte võttis vastu teie taotluse töökohapõhise õppe kohtade saamiseks õppekavale {code} „{title}“.',
  },
  'placement-answer:declined': {
    en: 'The company declined your request for work-based learning places for {code} "{title}".',
    de: 'Der Betrieb hat Ihre Anfrage nach Plätzen für arbeitsbasiertes Lernen für {code} „{title}“ abgelehnt.',
    lt: 'Įmonė atmetė jūsų prašymą dėl mokymosi darbo vietoje vietų programai {code} „{title}“.',
    lv: 'Uzņēmums noraidīja jūsu pieprasījumu pēc darba vidē balstītu mācību vietām mācību programmai {code} „{title}“.',
    et: 'Ettevõte lükkas tagasi teie taotluse töökohapõhise õppe kohtade saamiseks õppekavale {code} „{title}“.',
  },
  reply: {
    en: 'There is a new reply in a review thread of {code} "{title}".',
    de: 'In einem Begutachtungskommentar zu {code} „{title}“ gibt es eine neue Antwort.',
    lt: 'Programos {code} „{title}“ recenzavimo diskusijoje yra naujas atsakymas.',
    lv: 'Mācību programmas {code} „{title}“ izskatīšanas diskusijā ir jauna atbilde.',
    et: 'Õppekava {code} „{title}“ läbivaatuse arutelus on uus vastus.',
  },
};

/** The product's name and the word for opening the page, in each language. */
const FRAME: Readonly<Record<InterfaceLanguage, { app: string; open: string }>> = {
  en: { app: 'Curriculum builder', open: 'Open' },
  de: { app: 'Curriculum-Baukasten', open: 'Öffnen' },
  lt: { app: 'Mokymo programų rengyklė', open: 'Atidaryti' },
  lv: { app: 'Mācību programmu veidotājs', open: 'Atvērt' },
  et: { app: 'Õppekavade koostaja', open: 'Ava' },
};

function fill(template: string, code: string, title: string, detail: string): string {
  return template.replace('{code}', code).replace('{title}', title).replace('{detail}', detail);
}

/** The page a notification opens: the placements for an offerer, else the curriculum. */
function pathOf(
  notification: Pick<NotificationEntity, 'kind' | 'curriculumId'>,
  forReviewer: boolean,
): string {
  if (notification.kind === 'placement-request') return '/placements';
  return `${forReviewer ? '/review' : '/curricula'}/${notification.curriculumId}`;
}

/**
 * The e-mail of a notification: subject and plain-text body in the recipient's interface language,
 * or in English and German while they have chosen none, and the page to open (a path: the
 * deployment knows its own address).
 */
export function mailFor(
  notification: Pick<NotificationEntity, 'kind' | 'detail' | 'curriculumId'>,
  curriculum: { code: string; title: LocalizedText; primaryLanguage: string },
  recipient: { forReviewer: boolean; uiLanguage: InterfaceLanguage | null },
): { subject: string; body: string } {
  const key =
    notification.kind === 'review-finished' || notification.kind === 'placement-answer'
      ? `${notification.kind}:${notification.detail}`
      : notification.kind;
  const sentence = SENTENCES[key] ?? SENTENCES['reply'];
  const title =
    curriculum.title[recipient.uiLanguage ?? curriculum.primaryLanguage] ??
    curriculum.title[curriculum.primaryLanguage] ??
    Object.values(curriculum.title)[0] ??
    '';
  const languages: InterfaceLanguage[] =
    recipient.uiLanguage === null ? ['en', 'de'] : [recipient.uiLanguage];
  const lines = languages.map((language) =>
    fill(sentence[language], curriculum.code, title, notification.detail ?? ''),
  );
  const path = pathOf(notification, recipient.forReviewer);
  const open = languages.map((language) => FRAME[language].open).join(' / ');
  return {
    subject: `${FRAME[languages[0]].app}: ${lines[0]}`.slice(0, 300),
    body: `${lines.join('\n')}\n\n${open}: ${path}\n`,
  };
}
