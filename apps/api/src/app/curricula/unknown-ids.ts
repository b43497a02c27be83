import type { FieldError } from '@curriculum-builder/curriculum';

/** Ids that are not in `known`, as field errors `field[i]`. */
export function unknownIds(
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): FieldError[] {
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ path: `${field}[${i}]`, message: `${id} is not a ${what} of this curriculum` }],
  );
}
