import { LIMITS, type EscoReference, type NumberLimit } from '@curriculum-builder/curriculum';
import type { CreatePlacementOfferDto } from '@curriculum-builder/curriculum/dto';

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

/** What is missing or wrong before the offer can be sent, by field. */
export function offerProblems(draft: OfferDraft): Partial<Record<OfferField, OfferProblem>> {
  const problems: Partial<Record<OfferField, OfferProblem>> = {};
  const required = (field: OfferField, value: string, key: string, max = P.name.max) => {
    if (value.trim() === '') problems[field] = { key };
    else if (value.trim().length > max) problems[field] = tooLong(max);
  };
  if (draft.company.trim().length > P.name.max) problems.company = tooLong(P.name.max);
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
  if (draft.escoSkills.length < P.skills.min)
    problems.escoSkills = { key: 'placements.problem.skills' };
  if (draft.languages.length < P.languages.min)
    problems.languages = { key: 'placements.problem.languages' };
  required('contact.name', draft.contactName, 'placements.problem.contactName');
  if (!EMAIL.test(draft.contactEmail.trim()))
    problems['contact.email'] = { key: 'placements.problem.email' };
  return problems;
}

/** The body of `POST /placements`: texts trimmed, the optional ones left out when blank. */
export function offerBody(draft: OfferDraft): CreatePlacementOfferDto {
  const language = draft.textLanguage;
  const company = draft.company.trim();
  const activities = draft.activities.trim();
  return {
    ...(company === '' ? {} : { company }),
    title: { [language]: draft.title.trim() },
    ...(activities === '' ? {} : { activities: { [language]: activities } }),
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
