import {
  fullTimeMonthsOf,
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  INDUSTRY_40_AREAS,
  LANGUAGE_PATTERN,
  LIMITS,
  PROGRAMME_FORMS,
  type ProgrammeForm,
  type AssessmentMethod,
  type ContentUnit,
  type CurriculumContent,
  type ElectiveGroupInput,
  type LocalizedText,
  type Industry40Area,
  msg,
} from '@curriculum-builder/curriculum';
import type { CellReader, CellRecord } from './cell-reader';

/*
 * Records of an Office file (a key/value sheet, a spreadsheet row, a Word table) read into
 * content, with the keys of xlsx-layout.ts. The Excel and the Word import share them, so that both
 * read a curriculum, an elective group and a unit the same way the CSV import does.
 */

export type CurriculumFields = Omit<
  CurriculumContent,
  'units' | 'workBasedLearning' | 'electiveGroups'
>;

/**
 * The curriculum's key/value record (`curriculum` sheet, Word table), with the keys of
 * `CURRICULUM_FIELDS`: what `readCurriculum` reads back.
 */
export function curriculumValues(
  content: CurriculumContent,
): Record<string, string | number | null | undefined | LocalizedText> {
  const t = content.thresholds;
  return {
    code: content.code,
    qualificationCode: content.qualificationCode ?? null,
    title: content.title,
    description: content.description,
    eqfLevel: content.eqfLevel,
    nqfLevel: content.nqfLevel,
    iscedFCode: content.iscedFCode,
    occupationUri: content.occupation?.uri,
    occupationLabel: content.occupation?.label ?? {},
    durationMonths: content.durationMonths,
    referenceDurationMonths: content.referenceDurationMonths,
    programmeForm: content.programmeForm,
    intensity: content.intensity,
    fullTime: String(content.fullTime),
    ecvetPoints: content.ecvetPoints,
    primaryLanguage: content.primaryLanguage,
    languages: content.languages.join(', '),
    requiredLanguages: (content.requiredLanguages ?? [content.primaryLanguage]).join(', '),
    pointsPerYear: t.pointsPerYear,
    yearLoadTolerance: t.yearLoadTolerance,
    hoursPerYear: t.hoursPerYear,
    minWblShare: t.minWblShare,
  };
}

/** The curriculum's fields from its key/value record (`curriculum` sheet, Word table). */
export function readCurriculum(r: CellRecord, read: CellReader): CurriculumFields {
  const languages = read.items(r, 'languages');
  if (languages.length === 0) read.problem(r, 'languages', msg`at least one language is required`);
  for (const l of languages) {
    if (!LANGUAGE_PATTERN.test(l)) read.problem(r, 'languages', msg`"${l}" is not a language code`);
  }
  if (new Set(languages).size !== languages.length)
    read.problem(r, 'languages', msg`a language is listed twice`);
  const primary = read.cell(r, 'primaryLanguage').trim();
  if (!languages.includes(primary))
    read.problem(r, 'primaryLanguage', msg`"${primary}" is not one of the languages`);
  const uri = read.cell(r, 'occupationUri').trim();
  if (uri === '' && read.hasText(r, 'occupationLabel'))
    read.problem(r, 'occupationUri', msg`an occupation label needs the occupation URI`);
  const C = LIMITS.curriculum;
  const T = LIMITS.thresholds;
  const durationMonths = read.number(r, 'durationMonths', C.durationMonths) ?? 1;
  const intensity = read.number(r, 'intensity', C.intensity, true) ?? 1;
  return {
    code: read.code(r, 'code'),
    qualificationCode: read.cell(r, 'qualificationCode').trim() || null,
    title: read.text(r, 'title'),
    description: read.text(r, 'description'),
    eqfLevel: read.number(r, 'eqfLevel', C.eqfLevel) ?? 1,
    nqfLevel: read.number(r, 'nqfLevel', C.nqfLevel, true),
    iscedFCode: read.cell(r, 'iscedFCode').trim(),
    occupation: uri === '' ? null : { uri, label: read.text(r, 'occupationLabel') },
    durationMonths,
    // The programme's delivery: empty (or a workbook written before it) means school-based, full
    // time, the delivered duration.
    referenceDurationMonths:
      read.number(r, 'referenceDurationMonths', C.referenceDurationMonths, true) ??
      fullTimeMonthsOf(durationMonths, intensity),
    programmeForm: readForm(r, read),
    intensity,
    fullTime: read.boolean(r, 'fullTime'),
    ecvetPoints: read.number(r, 'ecvetPoints', C.ecvetPoints) ?? 1,
    primaryLanguage: primary,
    languages,
    requiredLanguages: readRequiredLanguages(r, read, languages),
    thresholds: {
      pointsPerYear: read.number(r, 'pointsPerYear', T.pointsPerYear) ?? 60,
      yearLoadTolerance: read.number(r, 'yearLoadTolerance', T.yearLoadTolerance) ?? 0,
      hoursPerYear: read.number(r, 'hoursPerYear', T.hoursPerYear) ?? 1600,
      minWblShare: read.number(r, 'minWblShare', T.minWblShare) ?? 0,
    },
  };
}

/** The required languages: declared ones; empty (or no row) means the primary alone. */
function readRequiredLanguages(
  r: CellRecord,
  read: CellReader,
  languages: readonly string[],
): string[] | undefined {
  const required = read.items(r, 'requiredLanguages');
  for (const l of required) {
    if (!languages.includes(l))
      read.problem(r, 'requiredLanguages', msg`"${l}" is not one of the languages`);
  }
  return required.length === 0 ? undefined : required;
}

/** The form of study; empty means school-based. */
function readForm(r: CellRecord, read: CellReader): ProgrammeForm {
  const form = read.cell(r, 'programmeForm').trim();
  const known = PROGRAMME_FORMS.find((f) => f === form);
  if (form !== '' && known === undefined)
    read.problem(r, 'programmeForm', msg`must be one of ${PROGRAMME_FORMS.join(', ')}`);
  return known ?? 'school-based';
}

/**
 * Elective groups (`code`, `title.<lang>`, `pointsRequired`, `rule`, `unitsRequired`), each code
 * once; an empty rule is "at least its points".
 */
export function readGroups(
  records: readonly CellRecord[],
  read: CellReader,
): { electiveGroups: ElectiveGroupInput[]; groupCodes: Set<string> } {
  const groupCodes = new Set<string>();
  const electiveGroups = records.map((r): ElectiveGroupInput => {
    const code = read.code(r, 'code');
    if (groupCodes.has(code)) read.problem(r, 'code', msg`elective group ${code} appears twice`);
    groupCodes.add(code);
    const rule = read.cell(r, 'rule').trim();
    const known = CHOICE_RULES.find((choice) => choice === rule);
    if (rule !== '' && known === undefined)
      read.problem(r, 'rule', msg`must be one of ${CHOICE_RULES.join(', ')}`);
    return {
      code,
      title: read.text(r, 'title'),
      pointsRequired: read.number(r, 'pointsRequired', LIMITS.electiveGroup.pointsRequired) ?? 0,
      ...(known !== undefined && { rule: known }),
      unitsRequired: read.number(r, 'unitsRequired', LIMITS.electiveGroup.unitsRequired, true),
    };
  });
  return { electiveGroups, groupCodes };
}

/** A unit's own fields; its outcomes, skills and assessment come from elsewhere. */
export type UnitCore = Omit<ContentUnit, 'outcomes' | 'escoSkills' | 'assessment'>;

/**
 * A unit's own fields from its record; areas from `areaKeys` (one column per area in Excel, one
 * list in Word).
 */
export function readUnitCore(
  r: CellRecord,
  read: CellReader,
  groupCodes: ReadonlySet<string>,
  areaKeys: readonly string[],
): UnitCore {
  const U = LIMITS.unit;
  const group = read.cell(r, 'electiveGroup').trim();
  if (group !== '' && !groupCodes.has(group))
    read.problem(r, 'electiveGroup', msg`no elective group has the code ${group}`);
  return {
    code: read.code(r, 'code'),
    title: read.text(r, 'title'),
    description: read.text(r, 'description'),
    eqfLevel: read.number(r, 'eqfLevel', U.eqfLevel) ?? 1,
    ecvetPoints: read.number(r, 'ecvetPoints', U.ecvetPoints) ?? 0,
    mandatory: read.boolean(r, 'mandatory'),
    electiveGroup: group === '' ? null : group,
    addOn: read.boolean(r, 'addOn'),
    year: read.number(r, 'year', U.year) ?? 1,
    term: read.number(r, 'term', U.term, true),
    endYear: read.number(r, 'endYear', U.year, true),
    endTerm: read.number(r, 'endTerm', U.term, true),
    guidedHours: read.number(r, 'guidedHours', U.guidedHours, true),
    nationalCredits: read.number(r, 'nationalCredits', U.nationalCredits, true),
    areas: read.oneOf<Industry40Area>(r, areaKeys, INDUSTRY_40_AREAS),
    prerequisiteCodes: read.items(r, 'prerequisites'),
  };
}

/** Assessment methods from `keys` (one column per method in Excel, one list in Word). */
export function readMethods(
  r: CellRecord,
  read: CellReader,
  keys: readonly string[],
): AssessmentMethod[] {
  return read.oneOf<AssessmentMethod>(r, keys, ASSESSMENT_METHODS);
}

/** Prerequisites name units of the file, never the unit itself, and form no cycle. */
export function checkPrerequisites(
  units: ReadonlyMap<string, { readonly record: CellRecord; readonly unit: UnitCore }>,
  read: CellReader,
): void {
  for (const { record, unit } of units.values()) {
    for (const p of unit.prerequisiteCodes) {
      if (!units.has(p)) read.problem(record, 'prerequisites', msg`no unit has the code ${p}`);
      else if (p === unit.code)
        read.problem(record, 'prerequisites', msg`a unit cannot require itself`);
    }
  }
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (code: string) => {
    state.set(code, 'active');
    stack.push(code);
    for (const next of units.get(code)?.unit.prerequisiteCodes ?? []) {
      if (!units.has(next) || next === code) continue;
      const s = state.get(next);
      if (s === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        const first = units.get(cycle[0]);
        if (first !== undefined)
          read.problem(
            first.record,
            'prerequisites',
            msg`prerequisite cycle: ${[...cycle, cycle[0]].join(' → ')}`,
          );
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(code, 'done');
  };
  for (const code of units.keys()) if (!state.has(code)) visit(code);
}
