import {
  PAGE_SIZE,
  chipLabel,
  pageInfo,
  parseEqf,
  parseKind,
  parseOffset,
  parsePoints,
  searchOf,
} from './library-query';

const SKILL = 'http://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/bbbbbbbb-1111-2222-3333-444444444444';
const SCHOOL = '5f0c7a4e-3b1d-4c2a-9e8f-0a1b2c3d4e5f';

/** The search with nothing set but the page. */
const NOTHING = {
  q: '',
  kind: '',
  eqf: null,
  minPoints: null,
  maxPoints: null,
  area: '',
  skill: '',
  occupation: '',
  language: '',
  institution: '',
  country: '',
  limit: PAGE_SIZE,
  offset: 0,
};

describe('the library search in the address', () => {
  it('reads EQF levels 1 to 8 only', () => {
    expect(parseEqf('4')).toBe(4);
    expect([undefined, '', '0', '9', '4.5', 'four'].map(parseEqf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads the kinds of entry only', () => {
    expect(parseKind('unit')).toBe('unit');
    expect(parseKind('curriculum')).toBe('curriculum');
    expect([undefined, '', 'units', 'Unit', 'programme'].map(parseKind)).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('reads ECVET points from 0 to 1000, halves and other fractions too', () => {
    expect(['0', '7.5', ' 12 ', '1000'].map(parsePoints)).toEqual([0, 7.5, 12, 1000]);
    expect(
      [undefined, '', ' ', '-1', '1000.5', '1e2', '0x10', '7,5', 'six', 'Infinity'].map(
        parsePoints,
      ),
    ).toEqual([null, null, null, null, null, null, null, null, null, null]);
  });

  it('shows a chip by the label the address keeps, else by the value', () => {
    expect(chipLabel('  operate   3D printers ', SKILL)).toBe('operate 3D printers');
    expect(chipLabel(undefined, SKILL)).toBe(SKILL);
    expect(chipLabel('   ', SKILL)).toBe(SKILL);
    expect(chipLabel('x'.repeat(500), SKILL)).toHaveLength(200);
  });

  it('starts a page at a multiple of the page size', () => {
    expect(parseOffset('40')).toBe(40);
    expect(parseOffset('45')).toBe(40);
    expect(parseOffset('-20')).toBe(0);
    expect(parseOffset('x')).toBe(0);
    expect(parseOffset(undefined)).toBe(0);
  });

  it('takes the filters the API knows and leaves out the others', () => {
    expect(
      searchOf({
        q: '  additive ',
        eqf: '4',
        area: 'digital-production',
        language: 'de',
        country: 'LT',
        offset: '20',
      }),
    ).toEqual({
      ...NOTHING,
      q: 'additive',
      eqf: 4,
      area: 'digital-production',
      language: 'de',
      country: 'LT',
      offset: 20,
    });
    expect(searchOf({ area: 'cooking', language: 'German', country: 'lt' })).toEqual(NOTHING);
  });

  it('takes the kind, the points, the ESCO skill and occupation and the publisher', () => {
    expect(
      searchOf({
        kind: 'curriculum',
        minPoints: '7.5',
        maxPoints: '30',
        skill: SKILL,
        occupation: OCCUPATION,
        institution: SCHOOL,
      }),
    ).toEqual({
      ...NOTHING,
      kind: 'curriculum',
      minPoints: 7.5,
      maxPoints: 30,
      skill: SKILL,
      occupation: OCCUPATION,
      institution: SCHOOL,
    });
    expect(searchOf({ kind: 'unit', minPoints: '0' })).toEqual({
      ...NOTHING,
      kind: 'unit',
      minPoints: 0,
    });
  });

  it('leaves out a kind, points, URIs and ids the API would refuse', () => {
    expect(
      searchOf({
        kind: 'course',
        minPoints: '-5',
        maxPoints: '5000',
        // An occupation where a skill belongs, and the other way round.
        skill: OCCUPATION,
        occupation: SKILL,
        institution: 'school-3',
      }),
    ).toEqual(NOTHING);
    expect(
      searchOf({
        skill: 'https://data.europa.eu/esco/skill/aaaaaaaa-1111-2222-3333-444444444444',
        occupation: `${OCCUPATION}/x`,
        institution: `${SCHOOL}0`,
      }),
    ).toEqual(NOTHING);
  });

  it('says which results a page shows and where the pages before and after start', () => {
    expect(pageInfo(0, 20, 57)).toEqual({ from: 1, to: 20, total: 57, previous: null, next: 20 });
    expect(pageInfo(20, 20, 57)).toEqual({ from: 21, to: 40, total: 57, previous: 0, next: 40 });
    expect(pageInfo(40, 17, 57)).toEqual({ from: 41, to: 57, total: 57, previous: 20, next: null });
    expect(pageInfo(0, 0, 0)).toEqual({ from: 0, to: 0, total: 0, previous: null, next: null });
  });
});
