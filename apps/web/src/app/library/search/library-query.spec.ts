import { PAGE_SIZE, pageInfo, parseEqf, parseOffset, searchOf } from './library-query';

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
      q: 'additive',
      eqf: 4,
      area: 'digital-production',
      language: 'de',
      country: 'LT',
      limit: PAGE_SIZE,
      offset: 20,
    });
    expect(searchOf({ area: 'cooking', language: 'German', country: 'lt' })).toEqual({
      q: '',
      eqf: null,
      area: '',
      language: '',
      country: '',
      limit: PAGE_SIZE,
      offset: 0,
    });
  });

  it('says which results a page shows and where the pages before and after start', () => {
    expect(pageInfo(0, 20, 57)).toEqual({ from: 1, to: 20, total: 57, previous: null, next: 20 });
    expect(pageInfo(20, 20, 57)).toEqual({ from: 21, to: 40, total: 57, previous: 0, next: 40 });
    expect(pageInfo(40, 17, 57)).toEqual({ from: 41, to: 57, total: 57, previous: 20, next: null });
    expect(pageInfo(0, 0, 0)).toEqual({ from: 0, to: 0, total: 0, previous: null, next: null });
  });
});
