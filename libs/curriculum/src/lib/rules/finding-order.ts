import type { Finding } from './finding';

/** Field names in the order of the model, so that findings follow the document. */
const FIELD_ORDER: readonly string[] = [
  'id',
  'code',
  'title',
  'description',
  'eqfLevel',
  'nqfLevel',
  'iscedFCode',
  'occupation',
  'durationMonths',
  'fullTime',
  'ecvetPoints',
  'mandatory',
  'electiveGroup',
  'year',
  'term',
  'durationHours',
  'companyProfile',
  'mentorRole',
  'areas',
  'escoSkills',
  'prerequisites',
  'unitIds',
  'outcomeIds',
  'assessment',
  'methods',
  'criteria',
  'outcomes',
  'category',
  'text',
  'escoSkill',
  'primaryLanguage',
  'languages',
  'electiveGroups',
  'pointsRequired',
  'thresholds',
  'pointsPerYear',
  'yearLoadTolerance',
  'hoursPerYear',
  'minWblShare',
  'units',
  'workBasedLearning',
];

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
