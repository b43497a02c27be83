import type { Curriculum } from '@curriculum-builder/curriculum';
import type { FieldProblem } from './field-problems';
import { entityKey, entityPath, type PendingChange } from './pending-changes';

/**
 * The fields of one entity the editor did not send or the server refused, each with the value
 * that was refused (edited again, a field is sent again); the entity's other fields are saved.
 */
export interface Refusal {
  readonly change: PendingChange;
  readonly values: Readonly<Record<string, string>>;
  readonly problems: readonly FieldProblem[];
}

/** The refusals by entity (`entityKey`). */
export type Refusals = ReadonlyMap<string, Refusal>;

/**
 * The body field a problem's form field belongs to: `thresholds.pointsPerYear` → `thresholds`,
 * `partialQualifications[1].code` → `partialQualifications`.
 */
export function formFieldName(field: string): string {
  return field.split(/[.[]/)[0];
}

/** The refused values of the fields with `problems`, as the signature `withoutRefused` compares. */
function valuesOf(
  change: PendingChange,
  problems: readonly FieldProblem[],
): Record<string, string> {
  return Object.fromEntries(
    problems
      .map((p) => formFieldName(p.field))
      .filter((field) => field in change.body)
      .map((field) => [field, JSON.stringify(change.body[field])]),
  );
}

/** The change without the fields refused with the value they still have (null: nothing left). */
export function withoutRefused(
  change: PendingChange,
  refusal: Refusal | undefined,
): PendingChange | null {
  const body = Object.fromEntries(
    Object.entries(change.body).filter(
      ([field, value]) => refusal?.values[field] !== JSON.stringify(value),
    ),
  );
  return Object.keys(body).length === 0 ? null : { ...change, body };
}

/** `all` with the fields of `problems` refused at their values in `change` (other refusals stay). */
export function withRefusal(
  all: Refusals,
  change: PendingChange,
  problems: readonly FieldProblem[],
): Refusals {
  const key = entityKey(change);
  const fields = new Set(problems.map((p) => formFieldName(p.field)));
  const earlier = all.get(key);
  const kept = (earlier?.problems ?? []).filter((p) => !fields.has(formFieldName(p.field)));
  const values = {
    ...Object.fromEntries(
      Object.entries(earlier?.values ?? {}).filter(([field]) => !fields.has(field)),
    ),
    ...valuesOf(change, problems),
  };
  return new Map(all).set(key, { change, problems: [...kept, ...problems], values });
}

/** `all` once the fields of `change` were saved: they are refused no more, the entity's others are. */
export function withoutSaved(all: Refusals, change: PendingChange): Refusals {
  const key = entityKey(change);
  const refusal = all.get(key);
  if (refusal === undefined) return all;
  const problems = refusal.problems.filter((p) => !(formFieldName(p.field) in change.body));
  const values = Object.fromEntries(
    Object.entries(refusal.values).filter(([field]) => !(field in change.body)),
  );
  const next = new Map(all);
  if (problems.length === 0) next.delete(key);
  else next.set(key, { ...refusal, problems, values });
  return next;
}

/** The problems by field path in `working` (`units[2].title`), for the fields to show. */
export function problemsByPath(
  working: Curriculum | null,
  refusals: Refusals,
): Map<string, FieldProblem> {
  const byPath = new Map<string, FieldProblem>();
  if (working === null) return byPath;
  for (const refusal of refusals.values()) {
    const prefix = entityPath(working, refusal.change);
    if (prefix === null) continue;
    for (const problem of refusal.problems) {
      byPath.set(prefix === '' ? problem.field : `${prefix}.${problem.field}`, problem);
    }
  }
  return byPath;
}
