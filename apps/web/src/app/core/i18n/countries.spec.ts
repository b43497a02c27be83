import { COUNTRY_CODES, countryName, countryOptions } from './countries';

describe('country names', () => {
  it('names a country in the interface language', () => {
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('LT', 'en')).toBe('Lithuania');
    expect(countryName('LV', 'lv')).toBe('Latvija');
  });

  it('keeps the code of something that is no country', () => {
    expect(countryName('not a code', 'en')).toBe('not a code');
  });

  it('offers the countries sorted by name, with a code chosen before among them', () => {
    const english = countryOptions('en');
    expect(english).toHaveLength(COUNTRY_CODES.length);
    const names = english.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(english[0]).toEqual({ code: 'AT', name: 'Austria' });
    expect(countryOptions('en', 'UA').map((option) => option.code)).toContain('UA');
    expect(countryOptions('en', 'ukraine')).toHaveLength(COUNTRY_CODES.length);
  });
});
