import {
  LIMITS,
  type EscoReference,
  type LocalizedText,
  type NumberLimit,
  type PlacementOffer,
  type PlacementOfferStatus,
} from '@curriculum-builder/curriculum';
import type {
  CreatePlacementOfferDto,
  UpdatePlacementOfferDto,
} from '@curriculum-builder/curriculum/dto';

/** The offer form as typed (numbers as the fields hold them). */
export interface OfferDraft {
  readonly company: string;
  /** The language the title and the activities are written in. */
  readonly textLanguage: string;
  readonly title: string;
  readonly activities: string;
  readonly city: string;
  readonly country: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly hoursPerWeek: string;
  readonly capacity: string;
  readonly escoSkills: readonly EscoReference[];
  readonly languages: readonly string[];
  readonly contactName: string;
  readonly contactEmail: string;
  /** Open or closed (only an offer being edited can be closed or opened again here). */
  readonly status: PlacementOfferStatus;
  /**
   * The title and activities in the languages other than `textLanguage`, kept as they are: an
   * offer being edited may have them; a new one has none.
   */
  readonly otherTitles: LocalizedText;
  readonly otherActivities: LocalizedText;
}

/** A field a problem is shown at; the names are the request's paths (`contact.email`). */
export type OfferField =
  | 'company'
  | 'title'
  | 'activities'
  | 'city'
  | 'country'
  | 'startsOn'
  | 'endsOn'
  | 'hoursPerWeek'
  | 'capacity'
  | 'escoSkills'
  | 'languages'
  | 'contact.name'
  | 'contact.email';

export const OFFER_FIELDS: readonly OfferField[] = [
  'company',
  'title',
  'activities',
  'city',
  'country',
  'startsOn',
  'endsOn',
  'hoursPerWeek',
  'capacity',
  'escoSkills',
  'languages',
  'contact.name',
  'contact.email',
];

/** A problem as a message key and the numbers it names. */
export interface OfferProblem {
  readonly key: string;
  readonly params?: Readonly<Record<string, number>>;
}

const P = LIMITS.placement;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An empty offer whose texts and working language are the interface language. */
export function emptyOffer(language: string): OfferDraft {
  return {
    company: '',
    textLanguage: language,
    title: '',
    activities: '',
    city: '',
    country: '',
    startsOn: '',
    endsOn: '',
    hoursPerWeek: '',
    capacity: '',
    escoSkills: [],
    languages: [language],
    contactName: '',
    contactEmail: '',
    status: 'open',
    otherTitles: {},
    otherActivities: {},
  };
}

/** `texts` without `language`. */
function without(texts: LocalizedText, language: string): LocalizedText {
  return Object.fromEntries(Object.entries(texts).filter(([code]) => code !== language));
}

/** `others` with `text` (trimmed) in `language`, the blank texts left out. */
function merged(others: LocalizedText, language: string, text: string): LocalizedText {
  return Object.fromEntries(
    Object.entries({ ...without(others, language), [language]: text.trim() }).filter(
      ([, value]) => value.trim() !== '',
    ),
  );
}

const hasText = (texts: LocalizedText) => Object.values(texts).some((text) => text.trim() !== '');

/**
 * A stored offer as the form shows it, its title and activities in `textLanguage` (the others
 * kept aside). The company is blank when it is the offerer itself, as on a new offer.
 */
export function offerDraft(offer: PlacementOffer, textLanguage: string): OfferDraft {
  return {
    company: offer.company === offer.offerer.name ? '' : offer.company,
    textLanguage,
    title: offer.title[textLanguage] ?? '',
    activities: offer.activities[textLanguage] ?? '',
    city: offer.city,
    country: offer.country,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    hoursPerWeek: String(offer.hoursPerWeek),
    capacity: String(offer.capacity),
    escoSkills: offer.escoSkills,
    languages: offer.languages,
    contactName: offer.contact.name,
    contactEmail: offer.contact.email,
    status: offer.status,
    otherTitles: without(offer.title, textLanguage),
    otherActivities: without(offer.activities, textLanguage),
  };
}

/**
 * The draft with the title and activities of `language` in the fields: those typed so far are
 * kept aside under the language they were written in (for editing an offer in several languages;
 * a new offer's form rather names the language of what is typed, `textLanguage` alone).
 */
export function withTextsIn(draft: OfferDraft, language: string): OfferDraft {
  if (language === draft.textLanguage) return draft;
  const titles = merged(draft.otherTitles, draft.textLanguage, draft.title);
  const activities = merged(draft.otherActivities, draft.textLanguage, draft.activities);
  return {
    ...draft,
    textLanguage: language,
    title: titles[language] ?? '',
    activities: activities[language] ?? '',
    otherTitles: without(titles, language),
    otherActivities: without(activities, language),
  };
}

function whole(value: string, limit: NumberLimit): boolean {
  const number = Number(value);
  return (
    value.trim() !== '' && Number.isInteger(number) && number >= limit.min && number <= limit.max
  );
}

const tooLong = (max: number): OfferProblem => ({
  key: 'placements.problem.tooLong',
  params: { max },
});

/**
 * What is missing or wrong before the offer can be sent, by field; `taken` is the number of places
 * accepted requests hold (an offer being edited cannot have fewer).
 */
export function offerProblems(
  draft: OfferDraft,
  taken = 0,
): Partial<Record<OfferField, OfferProblem>> {
  const problems: Partial<Record<OfferField, OfferProblem>> = {};
  const required = (field: OfferField, value: string, key: string, max = P.name.max) => {
    if (value.trim() === '') problems[field] = { key };
    else if (value.trim().length > max) problems[field] = tooLong(max);
  };
  if (draft.company.trim().length > P.name.max) problems.company = tooLong(P.name.max);
  // A title in another language (of an offer being edited) is one.
  if (draft.title.trim() !== '' || !hasText(draft.otherTitles))
    required('title', draft.title, 'placements.problem.title', P.title.maxLength);
  if (draft.activities.trim().length > P.activities.maxLength)
    problems.activities = tooLong(P.activities.maxLength);
  required('city', draft.city, 'placements.problem.city');
  if (!/^[A-Z]{2}$/.test(draft.country)) problems.country = { key: 'placements.problem.country' };
  if (!DATE.test(draft.startsOn)) problems.startsOn = { key: 'placements.problem.date' };
  if (!DATE.test(draft.endsOn)) problems.endsOn = { key: 'placements.problem.date' };
  else if (DATE.test(draft.startsOn) && draft.endsOn < draft.startsOn)
    problems.endsOn = { key: 'placements.problem.endsBeforeStarts' };
  const range = (limit: NumberLimit) => ({ min: limit.min, max: limit.max });
  if (!whole(draft.hoursPerWeek, P.hoursPerWeek))
    problems.hoursPerWeek = { key: 'placements.problem.hours', params: range(P.hoursPerWeek) };
  if (!whole(draft.capacity, P.capacity))
    problems.capacity = { key: 'placements.problem.capacity', params: range(P.capacity) };
  else if (Number(draft.capacity) < taken)
    problems.capacity = { key: 'placements.problem.capacityTaken', params: { taken } };
  if (draft.escoSkills.length < P.skills.min)
    problems.escoSkills = { key: 'placements.problem.skills' };
  if (draft.languages.length < P.languages.min)
    problems.languages = { key: 'placements.problem.languages' };
  required('contact.name', draft.contactName, 'placements.problem.contactName');
  if (!EMAIL.test(draft.contactEmail.trim()))
    problems['contact.email'] = { key: 'placements.problem.email' };
  return problems;
}

/**
 * The body of `POST /placements`: texts trimmed, the optional ones left out when blank; the title
 * and activities in the other languages with those in `textLanguage`.
 */
export function offerBody(draft: OfferDraft): CreatePlacementOfferDto {
  const language = draft.textLanguage;
  const company = draft.company.trim();
  const activities = merged(draft.otherActivities, language, draft.activities);
  return {
    ...(company === '' ? {} : { company }),
    title: merged(draft.otherTitles, language, draft.title),
    ...(hasText(activities) ? { activities } : {}),
    city: draft.city.trim(),
    country: draft.country,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    hoursPerWeek: Number(draft.hoursPerWeek),
    capacity: Number(draft.capacity),
    escoSkills: draft.escoSkills.map((skill) => ({ uri: skill.uri, label: skill.label })),
    languages: [...draft.languages],
    contact: { name: draft.contactName.trim(), email: draft.contactEmail.trim() },
  };
}

/** A value as JSON with the keys of its objects in order (for comparing, not for sending). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** What `PATCH /placements/{id}` changes, besides the version. */
export type OfferChanges = Omit<UpdatePlacementOfferDto, 'version'>;

/**
 * The fields of the draft that differ from the stored `offer`, as `PATCH /placements/{id}` takes
 * them (without the version): only those, so that nothing else is written over. A blank company
 * is the offerer itself, as on a new offer.
 */
export function offerChanges(draft: OfferDraft, offer: PlacementOffer): OfferChanges {
  const body = offerBody(draft);
  const next: Required<OfferChanges> = {
    ...body,
    company: body.company ?? offer.offerer.name,
    activities: body.activities ?? {},
    status: draft.status,
  };
  const stored: Required<OfferChanges> = {
    company: offer.company,
    title: offer.title,
    activities: offer.activities,
    city: offer.city,
    country: offer.country,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    hoursPerWeek: offer.hoursPerWeek,
    capacity: offer.capacity,
    escoSkills: offer.escoSkills.map((skill) => ({ uri: skill.uri, label: skill.label })),
    languages: [...offer.languages],
    contact: { name: offer.contact.name, email: offer.contact.email },
    status: offer.status,
  };
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !same(value, stored[key as keyof OfferChanges])),
  );
}

/**
 * The draft `mine`, started from `base`, moved onto `theirs` (the offer as someone else stored it
 * meanwhile): what was changed in the form stays, every other field takes their value.
 */
export function rebased(mine: OfferDraft, base: OfferDraft, theirs: OfferDraft): OfferDraft {
  const keys = Object.keys(mine) as (keyof OfferDraft)[];
  return Object.fromEntries(
    keys.map((key) => [key, same(mine[key], base[key]) ? theirs[key] : mine[key]]),
  ) as unknown as OfferDraft;
}
