import {
  outcomeSkillsOf,
  withChoiceRule,
  type CurriculumContent,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import { languagesOf } from '../content-languages';
import { COLUMNS, isLocalized, LIST_SEPARATOR, type Column, type RecordKind } from './csv-columns';

// ---------------------------------------------------------------------------------------------
// Export

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const bool = (b: boolean) => (b ? 'true' : 'false');
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

type Cells = Partial<Record<Column, string | LocalizedText | undefined>>;

/** The content as rows of cells (header first), ready for `writeCsv`. */
export function contentToRows(content: CurriculumContent): string[][] {
  const languages = languagesOf(content);
  const header = COLUMNS.flatMap((c) => (isLocalized(c) ? languages.map((l) => `${c}.${l}`) : [c]));
  const row = (record: RecordKind, cells: Cells): string[] =>
    COLUMNS.flatMap((c) => {
      if (c === 'record') return [record];
      const value = cells[c];
      if (isLocalized(c)) {
        const text = (value ?? {}) as LocalizedText;
        return languages.map((l) => text[l] ?? '');
      }
      return [typeof value === 'string' ? value : ''];
    });
  const rows: string[][] = [header];
  const t = content.thresholds;
  rows.push(
    row('curriculum', {
      code: content.code,
      qualificationCode: content.qualificationCode ?? '',
      title: content.title,
      description: content.description,
      eqfLevel: num(content.eqfLevel),
      nqfLevel: num(content.nqfLevel),
      iscedFCode: content.iscedFCode,
      occupationUri: content.occupation?.uri ?? '',
      occupationLabel: content.occupation?.label,
      durationMonths: num(content.durationMonths),
      referenceDurationMonths: num(content.referenceDurationMonths),
      programmeForm: content.programmeForm,
      intensity: num(content.intensity),
      fullTime: bool(content.fullTime),
      ecvetPoints: num(content.ecvetPoints),
      primaryLanguage: content.primaryLanguage,
      languages: list(content.languages),
      requiredLanguages: list(content.requiredLanguages ?? [content.primaryLanguage]),
      pointsPerYear: num(t.pointsPerYear),
      yearLoadTolerance: num(t.yearLoadTolerance),
      hoursPerYear: num(t.hoursPerYear),
      minWblShare: num(t.minWblShare),
    }),
  );
  for (const g of content.electiveGroups) {
    const { rule, unitsRequired } = withChoiceRule(g);
    rows.push(
      row('group', {
        code: g.code,
        title: g.title,
        ecvetPoints: num(g.pointsRequired),
        rule,
        unitsRequired: num(unitsRequired),
      }),
    );
  }
  for (const part of content.assessmentPlan ?? []) {
    rows.push(
      row('exam', {
        code: part.code,
        title: part.title,
        weight: num(part.weight),
        year: num(part.year),
        term: num(part.term),
        assessmentMethods: list(part.methods),
        unitCodes: list(part.unitCodes),
        outcomeRefs: list(part.outcomeRefs.map((r) => `${r.unitCode}#${r.index + 1}`)),
      }),
    );
  }
  for (const partial of content.partialQualifications ?? []) {
    rows.push(
      row('partial', {
        code: partial.code,
        title: partial.title,
        unitCodes: list(partial.unitCodes),
      }),
    );
  }
  for (const p of content.workBasedLearning) {
    rows.push(
      row('wbl', {
        title: p.title,
        year: num(p.year),
        term: num(p.term),
        durationHours: num(p.durationHours),
        companyProfile: p.companyProfile,
        mentorRole: p.mentorRole,
        unitCodes: list(p.unitCodes),
        outcomeRefs: list(p.outcomeRefs.map((r) => `${r.unitCode}#${r.index + 1}`)),
        assessmentCriteria: p.assessment,
      }),
    );
  }
  for (const u of content.units) {
    const unit: Cells = {
      code: u.code,
      title: u.title,
      description: u.description,
      eqfLevel: num(u.eqfLevel),
      ecvetPoints: num(u.ecvetPoints),
      mandatory: bool(u.mandatory),
      electiveGroup: u.electiveGroup ?? '',
      addOn: bool(u.addOn ?? false),
      year: num(u.year),
      term: num(u.term),
      endYear: num(u.endYear),
      endTerm: num(u.endTerm),
      guidedHours: num(u.guidedHours),
      nationalCredits: num(u.nationalCredits),
      areas: list(u.areas),
      escoSkills: u.escoSkills.length > 0 ? JSON.stringify(u.escoSkills) : '',
      prerequisites: list(u.prerequisiteCodes),
      assessmentMethods: list(u.assessment.methods),
      assessmentCriteria: u.assessment.criteria,
    };
    if (u.outcomes.length === 0) rows.push(row('unit', unit));
    for (const o of u.outcomes) {
      const [main, ...more] = outcomeSkillsOf(o);
      rows.push(
        row('outcome', {
          ...unit,
          outcomeCategory: o.category,
          outcomeText: o.text,
          outcomeCriteria: o.criteria,
          outcomeEscoUri: main?.uri ?? '',
          outcomeEscoLabel: main?.label,
          outcomeMoreEscoSkills: more.length > 0 ? JSON.stringify(more) : '',
        }),
      );
    }
  }
  return rows;
}
