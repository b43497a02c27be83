import type { PlacementOffer, PlacementRequest } from '@curriculum-builder/curriculum';

/** Test data for the placements' specs (not part of the app bundle: only specs import it). */
export function offerFixture(overrides: Partial<PlacementOffer> = {}): PlacementOffer {
  return {
    id: 'offer-1',
    version: 2,
    offerer: { id: 'company-1', name: 'Baltic Parts UAB', kind: 'company', country: 'LT' },
    company: 'Baltic Parts UAB',
    title: { en: 'CNC machining placement', lt: 'CNC apdirbimo praktika' },
    activities: { en: 'Setting up and running CNC lathes.' },
    city: 'Kaunas',
    country: 'LT',
    startsOn: '2026-09-01',
    endsOn: '2026-11-30',
    hoursPerWeek: 35,
    capacity: 4,
    taken: 1,
    escoSkills: [
      {
        uri: 'http://data.europa.eu/esco/skill/bbbbbbbb-1111-2222-3333-444444444444',
        label: { en: 'operate CNC lathe' },
      },
    ],
    languages: ['lt', 'en'],
    contact: { name: 'Rasa Petraitė', email: 'rasa@baltic-parts.example' },
    status: 'open',
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    ...overrides,
  };
}

export function requestFixture(overrides: Partial<PlacementRequest> = {}): PlacementRequest {
  return {
    id: 'request-1',
    offerId: 'offer-1',
    offerTitle: { en: 'CNC machining placement' },
    company: 'Baltic Parts UAB',
    curriculum: { id: 'c1', code: 'ZM-3', title: { de: 'Zerspanungsmechaniker/in' } },
    wblId: 'wbl-1',
    school: { id: 'school-1', name: 'Berufsschule Nord', country: 'DE' },
    places: 2,
    message: 'Two learners in their second year.',
    startsOn: '2026-09-07',
    endsOn: '2026-10-30',
    status: 'pending',
    answer: null,
    createdAt: '2026-06-10T08:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}
