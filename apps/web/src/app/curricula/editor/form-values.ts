/** A number input's value as a number (`ngModel` hands over text or number). */
export function num(value: string | number): number {
  return Number(value);
}

/** `list` with `value` added (on) or removed (off), each value once. */
export function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}
