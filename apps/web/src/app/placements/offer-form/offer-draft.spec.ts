import { offerFixture } from '../testing/placement-fixtures';
import {
  type OfferDraft,
  emptyOffer,
  offerBody,
  offerChanges,
  offerDraft,
  offerProblems,
  rebased,
  withTextsIn,
} from './offer-draft';

const SKILL = {
  uri: 'http://data.europa.eu/esco/skill/bbbbbbbb-1111-2222-3333-444444444444',
  label: { de: 'CNC-Drehmaschine bedienen' },
};

describe('the placement offer draft', () => {
  const complete: OfferDraft = {
    ...emptyOffer('de'),
    company: '  ',
    title: ' Praktikum CNC-Drehen ',
    activities: ' Drehmaschinen einrichten. ',
    city: ' Kaunas ',
    country: 'LT',
    startsOn: '2026-09-01',
    endsOn: '2026-11-30',
    hoursPerWeek: '35',
    capacity: '4',
    escoSkills: [SKILL],
    languages: ['de', 'lt'],
    contactName: ' Rasa Petraitė ',
    contactEmail: ' rasa@baltic-parts.example ',
  };

  it('starts in the interface language, which is also the first working language', () => {
    const draft = emptyOffer('lv');
    expect(draft.textLanguage).toBe('lv');
    expect(draft.languages).toEqual(['lv']);
  });

  it('builds the body: texts trimmed in the chosen language, blank optional texts left out', () => {
    expect(offerBody(complete)).toEqual({
      title: { de: 'Praktikum CNC-Drehen' },
      activities: { de: 'Drehmaschinen einrichten.' },
      city: 'Kaunas',
      country: 'LT',
      startsOn: '2026-09-01',
      endsOn: '2026-11-30',
      hoursPerWeek: 35,
      capacity: 4,
      escoSkills: [SKILL],
      languages: ['de', 'lt'],
      contact: { name: 'Rasa Petraitė', email: 'rasa@baltic-parts.example' },
    });
    expect(offerBody({ ...complete, company: ' Member GmbH ', activities: ' ' })).toMatchObject({
      company: 'Member GmbH',
    });
    expect(offerBody({ ...complete, activities: ' ' })).not.toHaveProperty('activities');
  });

  it('finds nothing wrong with a complete offer', () => {
    expect(offerProblems(complete)).toEqual({});
  });

  it('names every field that is missing', () => {
    expect(offerProblems({ ...emptyOffer('en'), languages: [] })).toEqual({
      title: { key: 'placements.problem.title' },
      city: { key: 'placements.problem.city' },
      country: { key: 'placements.problem.country' },
      startsOn: { key: 'placements.problem.date' },
      endsOn: { key: 'placements.problem.date' },
      hoursPerWeek: { key: 'placements.problem.hours', params: { min: 1, max: 60 } },
      capacity: { key: 'placements.problem.capacity', params: { min: 1, max: 1000 } },
      escoSkills: { key: 'placements.problem.skills' },
      languages: { key: 'placements.problem.languages' },
      'contact.name': { key: 'placements.problem.contactName' },
      'contact.email': { key: 'placements.problem.email' },
    });
  });

  it('refuses a period that ends before it starts, numbers out of range and long texts', () => {
    expect(
      offerProblems({
        ...complete,
        endsOn: '2026-08-31',
        hoursPerWeek: '61',
        capacity: '2.5',
        title: 'x'.repeat(301),
        contactEmail: 'rasa',
      }),
    ).toEqual({
      title: { key: 'placements.problem.tooLong', params: { max: 300 } },
      endsOn: { key: 'placements.problem.endsBeforeStarts' },
      hoursPerWeek: { key: 'placements.problem.hours', params: { min: 1, max: 60 } },
      capacity: { key: 'placements.problem.capacity', params: { min: 1, max: 1000 } },
      'contact.email': { key: 'placements.problem.email' },
    });
  });

  it('fills a draft from a stored offer, its texts in the language asked for', () => {
    const draft = offerDraft(offerFixture({ company: 'Member UAB' }), 'lt');
    expect(draft).toMatchObject({
      company: 'Member UAB',
      textLanguage: 'lt',
      title: 'CNC apdirbimo praktika',
      activities: '',
      hoursPerWeek: '35',
      capacity: '4',
      status: 'open',
      otherTitles: { en: 'CNC machining placement' },
      otherActivities: { en: 'Setting up and running CNC lathes.' },
    });
    expect(offerDraft(offerFixture(), 'en').company).toBe('');
    expect(offerProblems(draft)).toEqual({});
  });

  it('changes the language of the texts shown, keeping those typed in the other one', () => {
    const draft = withTextsIn({ ...offerDraft(offerFixture(), 'en'), title: 'CNC turning' }, 'de');
    expect(draft).toMatchObject({
      textLanguage: 'de',
      title: '',
      otherTitles: { en: 'CNC turning', lt: 'CNC apdirbimo praktika' },
    });
    // No title in German is fine while other languages have one.
    expect(offerProblems(draft)).toEqual({});
    expect(withTextsIn(draft, 'en')).toMatchObject({
      title: 'CNC turning',
      otherTitles: { lt: 'CNC apdirbimo praktika' },
    });
  });

  it('names only the fields that changed, a blank company being the offerer', () => {
    const offer = offerFixture({ company: 'Member UAB' });
    const draft = offerDraft(offer, 'en');
    expect(offerChanges(draft, offer)).toEqual({});
    expect(
      offerChanges(
        { ...draft, company: ' ', activities: ' ', capacity: '6', status: 'closed' },
        offer,
      ),
    ).toEqual({ company: 'Baltic Parts UAB', activities: {}, capacity: 6, status: 'closed' });
  });

  it('refuses fewer places than accepted requests hold', () => {
    expect(offerProblems({ ...complete, capacity: '2' }, 3)).toEqual({
      capacity: { key: 'placements.problem.capacityTaken', params: { taken: 3 } },
    });
    expect(offerProblems({ ...complete, capacity: '3' }, 3)).toEqual({});
  });

  it('moves the changes typed onto what someone else stored meanwhile', () => {
    const base = offerDraft(offerFixture(), 'en');
    const theirs = offerDraft(offerFixture({ city: 'Vilnius', capacity: 8 }), 'en');
    const mine = { ...base, capacity: '5', title: 'CNC turning' };
    expect(rebased(mine, base, theirs)).toEqual({
      ...theirs,
      capacity: '5',
      title: 'CNC turning',
    });
  });
});
