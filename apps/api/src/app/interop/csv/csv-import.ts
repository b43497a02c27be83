import {
  fullTimeMonthsOf,
  CHOICE_RULES,
  ASSESSMENT_METHODS,
  contentProblems,
  INDUSTRY_40_AREAS,
  LANGUAGE_PATTERN,
  LIMITS,
  OUTCOME_CATEGORIES,
  outcomeCategoryOf,
  PROGRAMME_FORMS,
  type ProgrammeForm,
  type AssessmentMethod,
  type ContentAssessmentPart,
  type ContentOutcome,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type ElectiveGroupInput,
  type FieldError,
  type Industry40Area,
  msg,
} from '@curriculum-builder/curriculum';
import { CsvCells, type CsvRecord } from './csv-cells';
import {
  ADDED_COLUMNS,
  QUIET_ADDED_COLUMNS,
  COLUMNS,
  isLocalized,
  RECORD_KINDS,
  UNIT_COLUMNS,
  USED,
  type RecordKind,
} from './csv-columns';
import { csvProblemPath, type CsvOrigins } from './csv-problem-paths';

export type { CsvRecord } from './csv-cells';

type CurriculumFields = Omit<CurriculumContent, 'units' | 'workBasedLearning' | 'electiveGroups'>;
type UnitEntry = {
  first: CsvRecord;
  unit: ContentUnit;
  outcomes: ContentOutcome[];
  outcomeRows: number[];
};

/**
 * Reads header + records (the layout of the `csv` export format) into content, collecting every
 * problem; `content` only when none. Numbers, codes and languages are checked cell by cell against
 * the limits table (`LIMITS`), then the whole content by the shared content validator
 * (`contentProblems`), as every import is.
 */
export function rowsToContent(
  header: readonly string[],
  records: readonly CsvRecord[],
): { content?: CurriculumContent; problems: FieldError[]; warnings: FieldError[] } {
  const headerProblems = new CsvCells([]);
  const languages = readHeader(header, headerProblems);
  if (headerProblems.problems.length > 0)
    return { problems: headerProblems.problems, warnings: [] };
  const read = new CsvCells(languages);
  const problems = read.problems;
  const byKind = sortRecords(records, read);
  const [head, ...more] = byKind.curriculum;
  if (head === undefined)
    problems.push({ path: 'file', message: msg`no row with record curriculum` });
  for (const r of more) read.problem(r.row, 'record', msg`only one curriculum row is allowed`);
  const curriculum = head === undefined ? null : readCurriculum(head, read);
  const { electiveGroups, groupCodes } = readGroups(byKind.group, read);
  const units = readUnits(header, records, byKind.group.length > 0, groupCodes, read);
  checkPrerequisites(units, read);
  const workBasedLearning = readPeriods(byKind.wbl, units, read);
  const assessmentPlan = readParts(byKind.exam, units, read);
  const partialQualifications = byKind.partial.map((r) => ({
    code: read.code(r, 'code'),
    title: read.text(r, 'title'),
    unitCodes: readReferences(r, units, read).unitCodes,
  }));

  if (problems.length > 0 || curriculum === null || head === undefined)
    return { problems, warnings: [] };
  // A language the curriculum lists but no column holds: its texts are not in the file (a deleted
  // or renamed column), which the teacher is told instead of finding the texts gone later.
  const warnings: FieldError[] = [
    ...absentColumns(header),
    ...curriculum.languages
      .filter((language) => !languages.includes(language))
      .map((language) => ({
        path: `row ${head.row}, column languages`,
        message: msg`lists "${language}", but the file has no column for it (title.${language}, description.${language} …): no text in "${language}" is imported`,
      })),
  ];
  const content: CurriculumContent = {
    ...curriculum,
    electiveGroups,
    assessmentPlan,
    partialQualifications,
    units: [...units.values()].map(({ unit, outcomes }) => ({ ...unit, outcomes })),
    workBasedLearning,
  };
  const origins: CsvOrigins = {
    curriculum: head.row,
    electiveGroups: byKind.group.map((r) => r.row),
    units: [...units.values()].map(({ first, outcomeRows }) => ({ row: first.row, outcomeRows })),
    workBasedLearning: byKind.wbl.map((r) => r.row),
    assessmentPlan: byKind.exam.map((r) => r.row),
    partialQualifications: byKind.partial.map((r) => r.row),
  };
  const invalid = contentProblems(content).map((p) => ({
    path: csvProblemPath(p.path, origins),
    message: p.message,
  }));
  return invalid.length > 0 ? { problems: invalid, warnings } : { problems, content, warnings };
}

/** The header: every plain column once, localized columns as `<field>.<lang>`; the languages. */
function readHeader(header: readonly string[], read: CsvCells): string[] {
  const languages: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) read.problem(1, name, msg`the column appears more than once`);
    seen.add(name);
    const dot = name.indexOf('.');
    if (dot > 0 && isLocalized(name.slice(0, dot))) {
      const lang = name.slice(dot + 1);
      if (!LANGUAGE_PATTERN.test(lang))
        read.problem(1, name, msg`"${lang}" is not a language code`);
      else if (!languages.includes(lang)) languages.push(lang);
    } else if (!(COLUMNS as readonly string[]).includes(name) || isLocalized(name)) {
      read.problem(1, name || '(empty)', msg`unknown column`);
    }
  }
  for (const c of COLUMNS) {
    if (
      !isLocalized(c) &&
      !seen.has(c) &&
      !ADDED_COLUMNS.includes(c) &&
      !QUIET_ADDED_COLUMNS.includes(c)
    )
      read.problem(1, c, msg`missing column`);
  }
  return languages;
}

/** A warning for each column added since a file was written that the file does not have. */
function absentColumns(header: readonly string[]): FieldError[] {
  return ADDED_COLUMNS.filter((c) => !header.includes(c)).map((c) => ({
    path: `column ${c}`,
    message: msg`is not in the file (written before the ECVET model v2 of issue #17): the default is used — please check`,
  }));
}

/** Records by kind; cells a kind does not use must be empty. */
function sortRecords(
  records: readonly CsvRecord[],
  read: CsvCells,
): Record<RecordKind, CsvRecord[]> {
  const byKind: Record<RecordKind, CsvRecord[]> = {
    curriculum: [],
    group: [],
    exam: [],
    partial: [],
    wbl: [],
    outcome: [],
    unit: [],
  };
  for (const r of records) {
    const kind = read.cell(r, 'record').trim().toLowerCase() as RecordKind;
    if (!RECORD_KINDS.includes(kind)) {
      read.problem(r.row, 'record', msg`must be one of ${RECORD_KINDS.join(', ')}`);
      continue;
    }
    byKind[kind].push(r);
    const used = new Set<string>(['record', ...USED[kind]]);
    for (const [name, value] of r.cells) {
      const base = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
      if (value.trim() !== '' && !used.has(base))
        read.problem(r.row, name, msg`not used in a ${kind} row; leave it empty`);
    }
  }
  return byKind;
}

/** The curriculum row. */
function readCurriculum(r: CsvRecord, read: CsvCells): CurriculumFields {
  const langs = read.items(r, 'languages');
  if (langs.length === 0) read.problem(r.row, 'languages', msg`at least one language is required`);
  for (const l of langs) {
    if (!LANGUAGE_PATTERN.test(l))
      read.problem(r.row, 'languages', msg`"${l}" is not a language code`);
  }
  if (new Set(langs).size !== langs.length)
    read.problem(r.row, 'languages', msg`a language is listed twice`);
  const primary = read.cell(r, 'primaryLanguage').trim();
  if (!langs.includes(primary))
    read.problem(r.row, 'primaryLanguage', msg`"${primary}" is not one of the languages`);
  const uri = read.cell(r, 'occupationUri').trim();
  if (uri === '' && read.hasText(r, 'occupationLabel'))
    read.problem(r.row, 'occupationUri', msg`an occupation label needs the occupation URI`);
  const C = LIMITS.curriculum;
  const T = LIMITS.thresholds;
  const durationMonths = read.number(r, 'durationMonths', C.durationMonths) ?? 1;
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
    ...readDelivery(r, read, durationMonths),
    fullTime: read.boolean(r, 'fullTime'),
    ecvetPoints: read.number(r, 'ecvetPoints', C.ecvetPoints) ?? 1,
    primaryLanguage: primary,
    languages: langs,
    requiredLanguages: readRequiredLanguages(r, read, langs),
    thresholds: {
      pointsPerYear: read.number(r, 'pointsPerYear', T.pointsPerYear) ?? 60,
      yearLoadTolerance: read.number(r, 'yearLoadTolerance', T.yearLoadTolerance) ?? 0,
      hoursPerYear: read.number(r, 'hoursPerYear', T.hoursPerYear) ?? 1600,
      minWblShare: read.number(r, 'minWblShare', T.minWblShare) ?? 0,
    },
  };
}

/** The required languages: declared ones; an empty cell (or no column) means the primary alone. */
function readRequiredLanguages(
  r: CsvRecord,
  read: CsvCells,
  languages: readonly string[],
): string[] | undefined {
  const required = read.items(r, 'requiredLanguages');
  for (const l of required) {
    if (!languages.includes(l))
      read.problem(r.row, 'requiredLanguages', msg`"${l}" is not one of the languages`);
  }
  return required.length === 0 ? undefined : required;
}

/**
 * The programme's delivery: its form, intensity and the qualification's reference duration; empty
 * cells (or a file without the columns) mean school-based, full time, the delivered duration.
 */
function readDelivery(r: CsvRecord, read: CsvCells, durationMonths: number) {
  const C = LIMITS.curriculum;
  const intensity = read.number(r, 'intensity', C.intensity, true) ?? 1;
  const form = read.cell(r, 'programmeForm').trim();
  if (form !== '' && !(PROGRAMME_FORMS as readonly string[]).includes(form))
    read.problem(r.row, 'programmeForm', msg`must be one of ${PROGRAMME_FORMS.join(', ')}`);
  return {
    referenceDurationMonths:
      read.number(r, 'referenceDurationMonths', C.referenceDurationMonths, true) ??
      fullTimeMonthsOf(durationMonths, intensity),
    programmeForm: (PROGRAMME_FORMS.find((f) => f === form) ?? 'school-based') as ProgrammeForm,
    intensity,
  };
}

/** The elective groups (`group` rows), and their codes. */
function readGroups(
  rows: readonly CsvRecord[],
  read: CsvCells,
): { electiveGroups: ElectiveGroupInput[]; groupCodes: Set<string> } {
  const groupCodes = new Set<string>();
  const electiveGroups: ElectiveGroupInput[] = rows.map((r) => {
    const c = read.code(r, 'code');
    if (groupCodes.has(c)) read.problem(r.row, 'code', msg`elective group ${c} appears twice`);
    groupCodes.add(c);
    const rule = read.cell(r, 'rule').trim();
    const known = CHOICE_RULES.find((choice) => choice === rule);
    if (rule !== '' && known === undefined)
      read.problem(r.row, 'rule', msg`must be one of ${CHOICE_RULES.join(', ')}`);
    return {
      code: c,
      title: read.text(r, 'title'),
      pointsRequired: read.number(r, 'ecvetPoints', LIMITS.electiveGroup.pointsRequired) ?? 0,
      ...(known !== undefined && { rule: known }),
      unitsRequired: read.number(r, 'unitsRequired', LIMITS.electiveGroup.unitsRequired, true),
    };
  });
  return { electiveGroups, groupCodes };
}

/** Units: rows of one unit code repeat the same unit columns; outcomes in row order. */
function readUnits(
  header: readonly string[],
  records: readonly CsvRecord[],
  hasGroups: boolean,
  groupCodes: ReadonlySet<string>,
  read: CsvCells,
): Map<string, UnitEntry> {
  const unitRows = records.filter((r) => {
    const kind = read.cell(r, 'record').trim().toLowerCase();
    return kind === 'outcome' || kind === 'unit';
  });
  const unitColumns = header.filter((h) => {
    const base = h.includes('.') ? h.slice(0, h.indexOf('.')) : h;
    return (UNIT_COLUMNS as readonly string[]).includes(base);
  });
  const units = new Map<string, UnitEntry>();
  const U = LIMITS.unit;
  for (const r of unitRows) {
    const c = read.code(r, 'code');
    if (c === '') continue;
    let entry = units.get(c);
    if (entry === undefined) {
      const mandatory = read.boolean(r, 'mandatory');
      const group = read.cell(r, 'electiveGroup').trim();
      if (group !== '' && hasGroups && !groupCodes.has(group))
        read.problem(r.row, 'electiveGroup', msg`no elective group has the code ${group}`);
      entry = {
        first: r,
        outcomes: [],
        outcomeRows: [],
        unit: {
          code: c,
          title: read.text(r, 'title'),
          description: read.text(r, 'description'),
          eqfLevel: read.number(r, 'eqfLevel', U.eqfLevel) ?? 1,
          ecvetPoints: read.number(r, 'ecvetPoints', U.ecvetPoints) ?? 0,
          mandatory,
          electiveGroup: group === '' ? null : group,
          addOn: read.boolean(r, 'addOn'),
          year: read.number(r, 'year', U.year) ?? 1,
          term: read.number(r, 'term', U.term, true),
          endYear: read.number(r, 'endYear', U.year, true),
          endTerm: read.number(r, 'endTerm', U.term, true),
          guidedHours: read.number(r, 'guidedHours', U.guidedHours, true),
          nationalCredits: read.number(r, 'nationalCredits', U.nationalCredits, true),
          areas: read.oneOf<Industry40Area>(r, 'areas', INDUSTRY_40_AREAS),
          escoSkills: read.escoSkills(r),
          prerequisiteCodes: read.items(r, 'prerequisites'),
          assessment: {
            methods: read.oneOf<AssessmentMethod>(r, 'assessmentMethods', ASSESSMENT_METHODS),
            criteria: read.text(r, 'assessmentCriteria'),
          },
          outcomes: [],
        },
      };
      units.set(c, entry);
    } else {
      for (const col of unitColumns) {
        const a = entry.first.cells.get(col) ?? '';
        const b = r.cells.get(col) ?? '';
        if (col !== 'code' && a.trim() !== b.trim())
          read.problem(
            r.row,
            col,
            msg`unit ${c} has different data in row ${entry.first.row} ("${short(a)}" there, "${short(b)}" here)`,
          );
      }
    }
    if (read.cell(r, 'record').trim().toLowerCase() === 'outcome') {
      const given = read.cell(r, 'outcomeCategory').trim();
      const category = outcomeCategoryOf(given);
      if (category === null)
        read.problem(
          r.row,
          'outcomeCategory',
          msg`unknown category "${given}" (allowed: ${OUTCOME_CATEGORIES.join(', ')})`,
        );
      const uri = read.cell(r, 'outcomeEscoUri').trim();
      if (uri === '' && read.hasText(r, 'outcomeEscoLabel'))
        read.problem(r.row, 'outcomeEscoUri', msg`an ESCO label needs the ESCO URI`);
      const more = read.escoSkills(r, 'outcomeMoreEscoSkills');
      if (uri === '' && more.length > 0)
        read.problem(r.row, 'outcomeEscoUri', msg`further ESCO skills need a main one first`);
      const escoSkills = [
        ...(uri === '' ? [] : [{ uri, label: read.text(r, 'outcomeEscoLabel') }]),
        ...more,
      ];
      entry.outcomeRows.push(r.row);
      const criteria = read.text(r, 'outcomeCriteria');
      entry.outcomes.push({
        category: category ?? 'knowledge',
        text: read.text(r, 'outcomeText'),
        ...(Object.keys(criteria).length === 0 ? {} : { criteria }),
        ...(escoSkills.length === 0 ? {} : { escoSkills }),
      });
    }
  }
  return units;
}

/** Prerequisites: known codes, no unit its own prerequisite, no cycles. */
function checkPrerequisites(units: ReadonlyMap<string, UnitEntry>, read: CsvCells): void {
  for (const { first, unit } of units.values()) {
    for (const p of unit.prerequisiteCodes) {
      if (!units.has(p)) read.problem(first.row, 'prerequisites', msg`no unit has the code ${p}`);
      else if (p === unit.code)
        read.problem(first.row, 'prerequisites', msg`a unit cannot require itself`);
    }
  }
  for (const cycle of prerequisiteCycles(units)) {
    const first = units.get(cycle[0])?.first.row ?? 0;
    read.problem(
      first,
      'prerequisites',
      msg`prerequisite cycle: ${[...cycle, cycle[0]].join(' → ')}`,
    );
  }
}

/** The work-based learning periods (`wbl` rows), with their units and outcomes by reference. */
function readPeriods(
  rows: readonly CsvRecord[],
  units: ReadonlyMap<string, UnitEntry>,
  read: CsvCells,
): ContentWorkBasedLearning[] {
  return rows.map((r) => {
    const W = LIMITS.workBasedLearning;
    return {
      title: read.text(r, 'title'),
      year: read.number(r, 'year', W.year) ?? 1,
      term: read.number(r, 'term', W.term, true),
      durationHours: read.number(r, 'durationHours', W.durationHours) ?? 1,
      companyProfile: read.text(r, 'companyProfile'),
      mentorRole: read.text(r, 'mentorRole'),
      ...readReferences(r, units, read),
      assessment: read.text(r, 'assessmentCriteria'),
    };
  });
}

/** The parts of the assessment plan (`exam` rows), with their units and outcomes by reference. */
function readParts(
  rows: readonly CsvRecord[],
  units: ReadonlyMap<string, UnitEntry>,
  read: CsvCells,
): ContentAssessmentPart[] {
  const P = LIMITS.assessmentPart;
  return rows.map((r) => ({
    code: read.code(r, 'code'),
    title: read.text(r, 'title'),
    weight: read.number(r, 'weight', P.weight) ?? 0,
    year: read.number(r, 'year', P.year) ?? 1,
    term: read.number(r, 'term', P.term, true),
    methods: read.oneOf<AssessmentMethod>(r, 'assessmentMethods', ASSESSMENT_METHODS),
    ...readReferences(r, units, read),
  }));
}

/** The units (`unitCodes`) and outcomes (`outcomeRefs`, `<unit code>#<number>`) a row names. */
function readReferences(
  r: CsvRecord,
  units: ReadonlyMap<string, UnitEntry>,
  read: CsvCells,
): Pick<ContentWorkBasedLearning, 'unitCodes' | 'outcomeRefs'> {
  const unitCodes = read.items(r, 'unitCodes');
  for (const u of unitCodes)
    if (!units.has(u)) read.problem(r.row, 'unitCodes', msg`no unit has the code ${u}`);
  const outcomeRefs = read.items(r, 'outcomeRefs').flatMap((ref) => {
    const m = /^(.+)#(\d+)$/.exec(ref);
    const unit = m ? units.get(m[1].trim()) : undefined;
    const index = m ? Number(m[2]) - 1 : -1;
    if (m === null) read.problem(r.row, 'outcomeRefs', msg`"${ref}" is not <unit code>#<number>`);
    else if (unit === undefined)
      read.problem(r.row, 'outcomeRefs', msg`no unit has the code ${m[1]}`);
    else if (index < 0 || index >= unit.outcomes.length)
      read.problem(r.row, 'outcomeRefs', msg`unit ${m[1]} has no outcome ${m[2]}`);
    else return [{ unitCode: m[1].trim(), index }];
    return [];
  });
  return { unitCodes, outcomeRefs };
}
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** Each cycle of the prerequisite graph once, as unit codes. */
function prerequisiteCycles(units: ReadonlyMap<string, { unit: ContentUnit }>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (code: string) => {
    state.set(code, 'active');
    stack.push(code);
    for (const next of units.get(code)?.unit.prerequisiteCodes ?? []) {
      if (!units.has(next) || next === code) continue;
      const s = state.get(next);
      if (s === 'active') cycles.push(stack.slice(stack.indexOf(next)));
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(code, 'done');
  };
  for (const code of units.keys()) if (!state.has(code)) visit(code);
  return cycles;
}
