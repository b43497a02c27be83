import { splitContentPath } from '@curriculum-builder/curriculum';
import type { CellRecord } from './cell-reader';

/** The records each part of the imported content came from. */
export interface XlsxOrigins {
  readonly curriculum: CellRecord;
  readonly electiveGroups: readonly CellRecord[];
  readonly units: readonly {
    readonly record: CellRecord;
    readonly assessment: CellRecord | undefined;
    readonly outcomes: readonly CellRecord[];
    /** Per outcome: the records of its further skills (the main one is in its own record). */
    readonly outcomeSkills: readonly (readonly CellRecord[])[];
    readonly skills: readonly CellRecord[];
  }[];
  readonly workBasedLearning: readonly CellRecord[];
  readonly assessmentPlan: readonly CellRecord[];
  readonly partialQualifications: readonly CellRecord[];
}

/** Content fields whose key in the workbook has another name. */
const CURRICULUM_KEYS: Readonly<Record<string, string>> = {
  'occupation.uri': 'occupationUri',
  'occupation.label': 'occupationLabel',
};
const UNIT_KEYS: Readonly<Record<string, string>> = { prerequisiteCodes: 'prerequisites' };
const OUTCOME_KEYS: Readonly<Record<string, string>> = {
  'escoSkill.uri': 'escoSkillUri',
  'escoSkill.label': 'escoSkillLabel',
  'escoSkills[0].uri': 'escoSkillUri',
  'escoSkills[0].label': 'escoSkillLabel',
};
const PERIOD_KEYS: Readonly<Record<string, string>> = {
  unitCodes: 'units',
  outcomeRefs: 'outcomes',
};

const rename = (field: string, names: Readonly<Record<string, string>>) => names[field] ?? field;

/**
 * Where a problem the content validator found at a content path (`units[2].outcomes[0].text`) is in
 * the workbook: `sheet outcomes, row 14, column text`.
 */
export function xlsxProblemPath(contentPath: string, origins: XlsxOrigins): string {
  const { record, field } = splitContentPath(contentPath);
  const indexes = [...record.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (record.startsWith('electiveGroups[')) {
    return origins.electiveGroups[indexes[0]].at(field);
  }
  if (record.startsWith('assessmentPlan[')) {
    const method = /^methods\[(\d+)\]$/.exec(field);
    const key =
      method !== null
        ? `method${Number(method[1]) + 1}`
        : field === 'methods'
          ? 'method1'
          : rename(field, PERIOD_KEYS);
    return origins.assessmentPlan[indexes[0]].at(key);
  }
  if (record.startsWith('partialQualifications[')) {
    return origins.partialQualifications[indexes[0]].at(rename(field, PERIOD_KEYS));
  }
  if (record.startsWith('workBasedLearning[')) {
    return origins.workBasedLearning[indexes[0]].at(rename(field, PERIOD_KEYS));
  }
  if (record.startsWith('units[')) {
    const unit = origins.units[indexes[0]];
    if (indexes.length > 1) {
      // A further skill of the outcome is a row of the escoSkills sheet.
      const more = /^escoSkills\[([1-9]\d*)\]\.(.+)$/.exec(field);
      const record = more && unit.outcomeSkills[indexes[1]]?.[Number(more[1]) - 1];
      if (more && record) return record.at(more[2].replace(/\..*$/, ''));
      const main = field.replace(/^(escoSkills\[0\]\.(?:uri|label))\..*$/, '$1');
      return unit.outcomes[indexes[1]].at(rename(main, OUTCOME_KEYS));
    }
    const skill = /^escoSkills\[(\d+)\]\.(.+)$/.exec(field);
    if (skill !== null) return unit.skills[Number(skill[1])].at(skill[2]);
    if (field === 'escoSkills') return `sheet escoSkills, unit ${unit.record.cells.get('code')}`;
    const area = /^areas\[(\d+)\]$/.exec(field);
    if (area !== null) return unit.record.at(`area${Number(area[1]) + 1}`);
    if (field === 'areas') return unit.record.at('area1');
    if (field.startsWith('assessment.')) {
      const method = /^assessment\.methods\[(\d+)\]$/.exec(field);
      const key =
        method !== null
          ? `method${Number(method[1]) + 1}`
          : field === 'assessment.methods'
            ? 'method1'
            : 'criteria';
      return unit.assessment?.at(key) ?? `sheet assessment, unit ${unit.record.cells.get('code')}`;
    }
    return unit.record.at(rename(field, UNIT_KEYS));
  }
  if (field.startsWith('thresholds.'))
    return origins.curriculum.at(field.slice('thresholds.'.length));
  if (/^languages\[\d+\]$/.test(field)) return origins.curriculum.at('languages');
  if (field === 'electiveGroups') return 'sheet electiveGroups';
  return origins.curriculum.at(rename(field, CURRICULUM_KEYS));
}
