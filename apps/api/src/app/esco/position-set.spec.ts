import { PositionSet } from './position-set';

describe('PositionSet', () => {
  it('holds each position once, lists them in order of adding and empties on clear', () => {
    const set = new PositionSet(10);
    set.clear();
    expect([7, 2, 7, 9].map((p) => set.add(p))).toEqual([true, true, false, true]);
    expect(set.size).toBe(3);
    expect(Array.from(set.list())).toEqual([7, 2, 9]);
    expect([set.at(0), set.has(2), set.has(3)]).toEqual([7, true, false]);
    set.clear();
    expect([set.size, set.has(7), Array.from(set.list())]).toEqual([0, false, []]);
    expect(set.add(7)).toBe(true);
  });

  it('starts over when the number of fillings runs out, forgetting old members', () => {
    const set = new PositionSet(4);
    set.clear().add(1);
    (set as unknown as { filling: number }).filling = 0xffffffff;
    set.clear();
    expect([set.has(1), set.size]).toEqual([false, 0]);
    expect(set.add(1)).toBe(true);
    expect(set.has(1)).toBe(true);
  });
});
