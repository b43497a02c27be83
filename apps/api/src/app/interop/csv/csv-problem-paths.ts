import { splitContentPath } from '@curriculum-builder/curriculum';

/** The spreadsheet rows each record of the imported content came from. */
export interface CsvOrigins {
  readonly curriculum: number;
  readonly electiveGroups: readonly number[];
  readonly units: readonly { readonly row: number; readonly outcomeRows: readonly number[] }[];
  readonly workBasedLearning: readonly number[];
  readonly assessmentPlan: readonly number[];
  readonly partialQualifications: readonly number[];
}

type RecordKind = 'curriculum' | 'group' | 'exam' | 'partial' | 'unit' | 'outcome' | 'wbl';

/** Content fields whose CSV column has another name, by the kind of row they are in. */
const COLUMN_OF: Record<RecordKind, Readonly<Record<string, string>>> = {
  curriculum: {
    'occupation.uri': 'occupationUri',
    'occupation.label': 'occupationLabel',
    'thresholds.pointsPerYear': 'pointsPerYear',
    'thresholds.yearLoadTolerance': 'yearLoadTolerance',
    'thresholds.hoursPerYear': 'hoursPerYear',
    'thresholds.minWblShare': 'minWblShare',
  },
  group: { pointsRequired: 'ecvetPoints' },
  unit: {
    prerequisiteCodes: 'prerequisites',
    'assessment.methods': 'assessmentMethods',
    'assessment.criteria': 'assessmentCriteria',
  },
  outcome: {
    category: 'outcomeCategory',
    text: 'outcomeText',
    criteria: 'outcomeCriteria',
    'escoSkill.uri': 'outcomeEscoUri',
    'escoSkill.label': 'outcomeEscoLabel',
    'escoSkills.uri': 'outcomeEscoUri',
    'escoSkills.label': 'outcomeEscoLabel',
  },
  wbl: { assessment: 'assessmentCriteria' },
  exam: { methods: 'assessmentMethods' },
  partial: {},
};

/**
 * Where a problem the content validator found at a content path (`units[2].outcomes[0].text.en`)
 * is in the spreadsheet: `row 14, column outcomeText.en`.
 */
export function csvProblemPath(contentPath: string, origins: CsvOrigins): string {
  const { record, field } = splitContentPath(contentPath);
  const [kind, row] = locate(record, origins);
  return `row ${row}, column ${column(kind, field)}`;
}

function locate(record: string, origins: CsvOrigins): [RecordKind, number] {
  const indexes = [...record.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (record.startsWith('units[')) {
    const unit = origins.units[indexes[0]];
    return indexes.length > 1 ? ['outcome', unit.outcomeRows[indexes[1]]] : ['unit', unit.row];
  }
  if (record.startsWith('electiveGroups[')) return ['group', origins.electiveGroups[indexes[0]]];
  if (record.startsWith('assessmentPlan[')) return ['exam', origins.assessmentPlan[indexes[0]]];
  if (record.startsWith('partialQualifications['))
    return ['partial', origins.partialQualifications[indexes[0]]];
  if (record.startsWith('workBasedLearning['))
    return ['wbl', origins.workBasedLearning[indexes[0]]];
  return ['curriculum', origins.curriculum];
}

/** The column of `field`: list items and ESCO list entries are one cell, languages stay a suffix. */
function column(kind: RecordKind, field: string): string {
  // An outcome's main skill has columns of its own, its further skills one JSON cell.
  const skill = kind === 'outcome' ? /^escoSkills\[(\d+)\](.*)$/.exec(field) : null;
  if (skill !== null && skill[1] !== '0') return 'outcomeMoreEscoSkills';
  const plain = (skill === null ? field : `escoSkills${skill[2]}`).replace(/\[\d+\].*$/, '');
  const names = COLUMN_OF[kind];
  for (const [from, to] of Object.entries(names).sort(([a], [b]) => b.length - a.length)) {
    if (plain === from) return to;
    if (plain.startsWith(`${from}.`)) return `${to}${plain.slice(from.length)}`;
  }
  return plain;
}
