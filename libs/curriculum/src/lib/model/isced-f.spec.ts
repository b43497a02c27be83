import { ISCED_F_CODES, iscedFField, isIscedF } from './isced-f';
import { ISCED_F_PATTERN } from './limits';

describe('ISCED-F 2013', () => {
  it('names the broad, narrow and detailed fields, and those not further defined or classified', () => {
    expect(iscedFField('07')).toBe('Engineering, manufacturing and construction');
    expect(iscedFField('071')).toBe('Engineering and engineering trades');
    expect(iscedFField('0715')).toBe('Mechanics and metal trades');
    expect(iscedFField('0710')).toBe('Engineering and engineering trades not further defined');
    expect(iscedFField('0719')).toBe('Engineering and engineering trades not elsewhere classified');
    expect(iscedFField('0788')).toMatch(/^Inter-disciplinary programmes .* engineering/);
    expect(iscedFField('9999')).toBe('Field unknown');
  });

  it('knows no field that the 2013 list lacks', () => {
    for (const code of ['12', '0718', '0799', '1234', '7', '07150', 'ab', '9998'])
      expect({ code, field: iscedFField(code) }).toEqual({ code, field: undefined });
  });

  it('is what the input pattern accepts, and nothing else', () => {
    expect(ISCED_F_CODES.length).toBeGreaterThan(200);
    for (const code of ISCED_F_CODES) expect(ISCED_F_PATTERN.test(code)).toBe(true);
    expect(ISCED_F_PATTERN.test('0718')).toBe(false);
    expect(ISCED_F_PATTERN.test('')).toBe(false);
    expect(isIscedF('1013')).toBe(true);
  });
});
