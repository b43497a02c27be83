import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text for the same data in any key order, at every depth', () => {
    const a = { b: 1, a: { d: [3, { z: 1, y: 'ü' }], c: null } };
    const b = { a: { c: null, d: [3, { y: 'ü', z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[3,{"y":"ü","z":1}]},"b":1}');
  });

  it('keeps the order of arrays, leaves out undefined members and tells different data apart', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson({ a: 'Ā' })).not.toBe(canonicalJson({ a: 'A' }));
  });
});
