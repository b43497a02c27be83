import type { Finding } from './finding';
import { UPDATABLE_FIELDS } from '../model/fields';

/**
 * Merges field lists into one order that keeps the order of each list: a name not yet placed goes
 * right after the name before it in its list (or first). Only siblings are ever compared, so one
 * order serves every part of the model.
 */
export function mergeFieldOrders(lists: readonly (readonly string[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) {
    list.forEach((name, i) => {
      if (!order.includes(name))
        order.splice(i === 0 ? 0 : order.indexOf(list[i - 1]) + 1, 0, name);
    });
  }
  return order;
}

/** Field names in the order of the model (the forms' order), so that findings follow the document. */
export const FIELD_ORDER: readonly string[] = mergeFieldOrders([
  ['id', ...UPDATABLE_FIELDS.curriculum, 'units', 'workBasedLearning'],
  ['id', ...UPDATABLE_FIELDS.unit, 'outcomes'],
  ['id', ...UPDATABLE_FIELDS.outcome],
  ['id', ...UPDATABLE_FIELDS.workBasedLearning],
  ['code', 'title', 'pointsRequired', 'rule', 'unitsRequired'],
  ['code', 'title', 'weight', 'year', 'term', 'methods', 'unitIds', 'outcomeIds'],
  ['pointsPerYear', 'yearLoadTolerance', 'hoursPerYear', 'minWblShare'],
  ['methods', 'criteria'],
]);

type Token = { readonly index: number } | { readonly name: string };

function tokens(path: string): Token[] {
  const result: Token[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) result.push({ index: Number(match[1]) });
    else result.push({ name: match[2] });
  }
  return result;
}

function rank(name: string): number {
  const position = FIELD_ORDER.indexOf(name);
  return position === -1 ? FIELD_ORDER.length : position;
}

/**
 * Compares two finding paths in document order: `''` (the curriculum) first, fields in the order of
 * the model, array elements by index (`units[2]` before `units[10]`), a parent before its children.
 */
export function comparePaths(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if ('index' in x && 'index' in y) {
      if (x.index !== y.index) return x.index - y.index;
    } else if ('name' in x && 'name' in y) {
      if (x.name !== y.name) return rank(x.name) - rank(y.name) || (x.name < y.name ? -1 : 1);
    } else {
      return 'index' in x ? -1 : 1;
    }
  }
  return ta.length - tb.length;
}

/** Errors first, then by path in document order; ties keep their order. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return comparePaths(a.path, b.path);
}

/** A sorted copy: errors first, then by path. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
