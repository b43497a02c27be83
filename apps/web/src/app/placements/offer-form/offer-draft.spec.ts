import { type OfferDraft, emptyOffer, offerBody, offerProblems } from './offer-draft';

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
});
