/**
 * A set of concept positions that is emptied and refilled by every query, without allocating:
 * a slot per concept holds the number of the filling it was added in (so emptying is a new
 * number), and the members are listed in order of adding. A query is one synchronous pass, so the
 * work space is reused from query to query.
 */
export class PositionSet {
  private readonly slots: Uint32Array;
  private readonly members: Int32Array;
  private filling = 0;
  size = 0;

  constructor(capacity: number) {
    this.slots = new Uint32Array(capacity);
    this.members = new Int32Array(capacity);
  }

  clear(): this {
    if (this.filling === 0xffffffff) {
      this.slots.fill(0);
      this.filling = 0;
    }
    this.filling++;
    this.size = 0;
    return this;
  }

  has(position: number): boolean {
    return this.slots[position] === this.filling;
  }

  /** Adds `position`; false when it was in the set. */
  add(position: number): boolean {
    if (this.slots[position] === this.filling) return false;
    this.slots[position] = this.filling;
    this.members[this.size++] = position;
    return true;
  }

  /** The members in order of adding (a view, valid until the set is cleared). */
  list(): Int32Array {
    return this.members.subarray(0, this.size);
  }

  /** The `n`th member in order of adding. */
  at(n: number): number {
    return this.members[n];
  }
}
