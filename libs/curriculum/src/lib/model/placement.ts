/**
 * Work-based learning placements (issue #21, ADR 0030): companies and industry associations offer
 * places, schools find the offers that fit a WBL period of their curriculum and request places,
 * the offerer accepts or declines.
 */
import type { EscoReference } from './curriculum';
import type { Institution } from './institution';
import type { LocalizedText } from './localized-text';

export const PLACEMENT_OFFER_STATUSES = ['open', 'closed'] as const;
export type PlacementOfferStatus = (typeof PLACEMENT_OFFER_STATUSES)[number];

export const PLACEMENT_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type PlacementRequestStatus = (typeof PLACEMENT_REQUEST_STATUSES)[number];

/** `GET /api/v1/placements/{id}`: places a company offers for work-based learning. */
export interface PlacementOffer {
  readonly id: string;
  readonly version: number;
  /** The company or association that publishes the offer (its accounts answer the requests). */
  readonly offerer: Pick<Institution, 'id' | 'name' | 'kind' | 'country'>;
  /** The company where the learners work (an association may offer for a member company). */
  readonly company: string;
  readonly title: LocalizedText;
  /** The activities a learner takes part in there. */
  readonly activities: LocalizedText;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The period the places are offered in, `YYYY-MM-DD`, both days included. */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly hoursPerWeek: number;
  /** How many learners at once. */
  readonly capacity: number;
  /** Places taken by accepted requests. */
  readonly taken: number;
  /** The ESCO skills a learner can practise there. */
  readonly escoSkills: readonly EscoReference[];
  /** The languages learners can work in there. */
  readonly languages: readonly string[];
  /** Whom schools talk to (a person at the company, by their work address). */
  readonly contact: { readonly name: string; readonly email: string };
  readonly status: PlacementOfferStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A school's request for places of an offer, for one WBL period of one of its curricula. */
export interface PlacementRequest {
  readonly id: string;
  readonly offerId: string;
  readonly offerTitle: LocalizedText;
  readonly company: string;
  readonly curriculum: {
    readonly id: string;
    readonly code: string;
    readonly title: LocalizedText;
  };
  readonly wblId: string;
  /** The requesting school. */
  readonly school: Pick<Institution, 'id' | 'name' | 'country'>;
  /** How many learners (no names: the company learns who they are from the school later). */
  readonly places: number;
  readonly message: string;
  /** When the school plans the period, when it said so. */
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly status: PlacementRequestStatus;
  /** The offerer's words with its answer. */
  readonly answer: string | null;
  readonly createdAt: string;
  readonly decidedAt: string | null;
}

/** What a WBL period needs of a placement: the skills of its units and outcomes, hours, languages. */
export interface PlacementNeed {
  readonly skills: readonly EscoReference[];
  readonly hours: number;
  readonly languages: readonly string[];
  /** When the school plans the period, if it says (`?from=&to=`). */
  readonly startsOn: string | null;
  readonly endsOn: string | null;
}

/** An offer that fits a WBL period, with why: `GET …/work-based-learning/{wblId}/matches`. */
export interface PlacementMatch {
  readonly offer: PlacementOffer;
  /** 0 to 100: skills 60 %, period 25 %, language 15 % (ADR 0030). */
  readonly score: number;
  /** The needed skills the offer trains, and the share of the needed skills they are. */
  readonly skills: readonly EscoReference[];
  readonly coverage: number;
  /** Days the offer's period and the planned one share; null when no dates were given. */
  readonly overlapDays: number | null;
  /** Whether the offer's period holds the period's hours at its hours per week. */
  readonly longEnough: boolean;
  /** The languages both the curriculum and the offer have. */
  readonly languages: readonly string[];
  /** Places not yet taken. */
  readonly free: number;
}

const DAY = 86_400_000;
const days = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/** The hours an offer's period holds at its hours per week. */
export function offerHours(offer: Pick<PlacementOffer, 'startsOn' | 'endsOn' | 'hoursPerWeek'>) {
  return (Math.max(0, days(offer.startsOn, offer.endsOn)) / 7) * offer.hoursPerWeek;
}

/**
 * How well an offer fits a need, or null when it does not: closed, full, no needed skill, or
 * (with planned dates) no day in common. Skills count 60 % (the share of the needed skills the
 * offer trains), the period 25 % (the share of the planned days it covers; without dates whether
 * it holds the hours), the language 15 % (one in common).
 */
export function matchPlacement(need: PlacementNeed, offer: PlacementOffer): PlacementMatch | null {
  const free = offer.capacity - offer.taken;
  if (offer.status !== 'open' || free <= 0) return null;
  const trained = new Set(offer.escoSkills.map((skill) => skill.uri));
  const skills = need.skills.filter((skill) => trained.has(skill.uri));
  if (skills.length === 0) return null;
  const coverage = skills.length / need.skills.length;
  const hours = offerHours(offer);
  const longEnough = hours >= need.hours;
  let overlapDays: number | null = null;
  let periodFit = longEnough ? 1 : hours / need.hours;
  if (need.startsOn !== null && need.endsOn !== null) {
    const from = need.startsOn > offer.startsOn ? need.startsOn : offer.startsOn;
    const to = need.endsOn < offer.endsOn ? need.endsOn : offer.endsOn;
    overlapDays = Math.max(0, days(from, to));
    if (overlapDays === 0) return null;
    periodFit = Math.min(1, overlapDays / days(need.startsOn, need.endsOn));
  }
  const offered = new Set(offer.languages);
  const languages = need.languages.filter((language) => offered.has(language));
  const score = Math.round(
    100 * (0.6 * coverage + 0.25 * periodFit + 0.15 * (languages.length > 0 ? 1 : 0)),
  );
  return {
    offer,
    score,
    skills,
    coverage: Math.round(coverage * 1000) / 1000,
    overlapDays,
    longEnough,
    languages,
    free,
  };
}

/** The offers that fit, best first (then the earliest start, then the id). */
export function rankPlacements(
  need: PlacementNeed,
  offers: readonly PlacementOffer[],
): PlacementMatch[] {
  return offers
    .flatMap((offer) => matchPlacement(need, offer) ?? [])
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.offer.startsOn.localeCompare(b.offer.startsOn) ||
        a.offer.id.localeCompare(b.offer.id),
    );
}
