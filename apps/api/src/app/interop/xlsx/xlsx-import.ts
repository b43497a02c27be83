import {
  contentProblems,
  LANGUAGE_PATTERN,
  LIMITS,
  OUTCOME_CATEGORIES,
  outcomeCategoryOf,
  type ContentOutcome,
  type ContentUnit,
  type ContentAssessmentPart,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type EscoReference,
  type FieldError,
  msg,
} from '@curriculum-builder/curriculum';
import { CellReader, type CellRecord } from './cell-reader';
import {
  checkPrerequisites,
  readCurriculum,
  readGroups,
  readMethods,
  readUnitCore,
  type UnitCore,
} from './content-records';
import {
  ABOUT_SHEET,
  REVIEW_SHEET,
  ASSESSMENT_SHEET,
  CURRICULUM_FIELDS,
  CURRICULUM_SHEET,
  GROUPS_SHEET,
  OUTCOME_NUMBER,
  OUTCOMES_SHEET,
  PERIODS_SHEET,
  PLAN_SHEET,
  PARTIALS_SHEET,
  SKILLS_SHEET,
  TABLE_SHEETS,
  UNITS_SHEET,
} from './xlsx-layout';
import { xlsxProblemPath, type XlsxOrigins } from './xlsx-problem-paths';
import type { RawSheet } from './xlsx-read';
import {
  languageName,
  readKeyValues,
  readTable,
  warnMissingLanguages,
  type Findings,
  type Table,
} from './xlsx-tables';

export interface ImportOutcome {
  /** Only when there are no problems. */
  readonly content?: CurriculumContent;
  readonly problems: FieldError[];
  /** What was not read (a deleted language column or sheet, a column of one's own): never silent. */
  readonly warnings: FieldError[];
}

const AREA_KEYS = UNITS_SHEET.columns.filter((c) => c.key.startsWith('area')).map((c) => c.key);
const METHOD_KEYS = ASSESSMENT_SHEET.columns
  .filter((c) => c.key.startsWith('method'))
  .map((c) => c.key);

interface UnitEntry {
  readonly record: CellRecord;
  readonly unit: UnitCore;
  assessment?: CellRecord;
  methods: ContentUnit['assessment']['methods'];
  criteria: ContentUnit['assessment']['criteria'];
  readonly outcomes: ContentOutcome[];
  readonly outcomeRecords: CellRecord[];
  /** Outcome `no` → index within the unit. */
  readonly numbers: Map<number, number>;
  readonly skills: EscoReference[];
  readonly skillRecords: CellRecord[];
  /** Per outcome (by index): its further skills after the main one, and their records. */
  readonly moreSkills: Map<number, { skill: EscoReference; record: CellRecord }[]>;
}

/**
 * The sheets of a workbook in the layout of xlsx-layout.ts as content; every problem with its
 * sheet, row and column, and a warning for everything that was not read.
 */
export function sheetsToContent(sheets: readonly RawSheet[]): ImportOutcome {
  const found: Findings = { problems: [], warnings: [] };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const known = new Set([
    CURRICULUM_SHEET,
    ABOUT_SHEET,
    REVIEW_SHEET,
    ...TABLE_SHEETS.map((s) => s.name),
  ]);
  for (const sheet of sheets) {
    if (!known.has(sheet.name))
      found.warnings.push({
        path: `sheet ${sheet.name}`,
        message: msg`is not a sheet of this layout; it was not read`,
      });
  }
  const curriculumSheet = byName.get(CURRICULUM_SHEET);
  if (curriculumSheet === undefined) {
    found.problems.push({
      path: `sheet ${CURRICULUM_SHEET}`,
      message: msg`is missing: the workbook needs the curriculum sheet (code, title, languages …)`,
    });
    return { ...found };
  }
  const head = readKeyValues(curriculumSheet, found);
  const tables = new Map<string, Table>();
  for (const spec of TABLE_SHEETS) {
    const sheet = byName.get(spec.name);
    if (sheet === undefined) {
      found.warnings.push({
        path: `sheet ${spec.name}`,
        message: spec.missing,
      });
      tables.set(spec.name, { records: [], keys: new Set(), languages: new Set() });
    } else tables.set(spec.name, readTable(sheet, spec, found));
  }
  const table = (name: string) => tables.get(name) as Table;
  if (found.problems.length > 0) return { ...found };

  const read = languageReader(head, tables, found);

  const curriculum = readCurriculum(head, read);
  const { electiveGroups, groupCodes } = readGroups(table(GROUPS_SHEET.name).records, read);
  const units = readUnits(table(UNITS_SHEET.name).records, groupCodes, read);
  checkPrerequisites(units, read);
  readAssessment(table(ASSESSMENT_SHEET.name).records, units, read);
  readOutcomes(table(OUTCOMES_SHEET.name).records, units, read);
  readSkills(table(SKILLS_SHEET.name).records, units, read);
  const periods = table(PERIODS_SHEET.name).records;
  const workBasedLearning = periods.map((r) => readPeriod(r, units, read));
  const parts = table(PLAN_SHEET.name).records;
  const assessmentPlan = parts.map((r) => readPart(r, units, read));
  const partials = table(PARTIALS_SHEET.name).records;
  const partialQualifications = partials.map((r) => ({
    code: read.code(r, 'code'),
    title: read.text(r, 'title'),
    unitCodes: readReferences(r, units, read).unitCodes,
  }));
  const problems = [...found.problems, ...read.problems];
  if (problems.length > 0) return { problems, warnings: found.warnings };

  const entries = [...units.values()];
  const content: CurriculumContent = {
    ...curriculum,
    electiveGroups,
    assessmentPlan,
    partialQualifications,
    units: entries.map((e) => ({
      ...e.unit,
      escoSkills: e.skills,
      assessment: { methods: e.methods, criteria: e.criteria },
      outcomes: e.outcomes.map((o, i) => {
        const more = (e.moreSkills.get(i) ?? []).map((m) => m.skill);
        return more.length === 0 ? o : { ...o, escoSkills: [...(o.escoSkills ?? []), ...more] };
      }),
    })),
    workBasedLearning,
  };
  const origins: XlsxOrigins = {
    curriculum: head,
    electiveGroups: table(GROUPS_SHEET.name).records,
    units: entries.map((e) => ({
      record: e.record,
      assessment: e.assessment,
      outcomes: e.outcomeRecords,
      outcomeSkills: e.outcomeRecords.map((_, i) =>
        (e.moreSkills.get(i) ?? []).map((m) => m.record),
      ),
      skills: e.skillRecords,
    })),
    workBasedLearning: periods,
    assessmentPlan: parts,
    partialQualifications: partials,
  };
  const invalid = contentProblems(content).map((p) => ({
    path: xlsxProblemPath(p.path, origins),
    message: p.message,
  }));
  return invalid.length > 0
    ? { problems: invalid, warnings: found.warnings }
    : { content, problems: [], warnings: found.warnings };
}

/**
 * A reader for every language of a column or field, so that no text is dropped; and a warning
 * for each of the curriculum's languages that a field or column lacks.
 */
function languageReader(
  head: CellRecord & { keys: ReadonlySet<string> },
  tables: ReadonlyMap<string, Table>,
  found: Findings,
): CellReader {
  const languages = new Set<string>();
  for (const key of head.keys)
    if (key.includes('.')) languages.add(key.slice(key.indexOf('.') + 1));
  for (const t of tables.values()) t.languages.forEach((l) => languages.add(l));
  const declared = new CellReader([])
    .items(head, 'languages')
    .filter((l) => LANGUAGE_PATTERN.test(l));
  for (const field of CURRICULUM_FIELDS.filter((f) => f.localized)) {
    for (const language of declared) {
      if (!head.keys.has(`${field.key}.${language}`))
        found.warnings.push({
          path: `sheet ${CURRICULUM_SHEET}, field ${field.key}.${language}`,
          message: msg`is missing: the ${languageName(language)} ${field.key} is left empty (${language} is one of the curriculum's languages)`,
        });
    }
  }
  for (const spec of TABLE_SHEETS) {
    const table = tables.get(spec.name);
    if (table !== undefined) warnMissingLanguages(spec.name, spec, table, declared, found);
  }
  return new CellReader([...new Set([...declared, ...languages])]);
}

function readUnits(
  records: readonly CellRecord[],
  groupCodes: ReadonlySet<string>,
  read: CellReader,
): Map<string, UnitEntry> {
  const units = new Map<string, UnitEntry>();
  for (const record of records) {
    const unit = readUnitCore(record, read, groupCodes, AREA_KEYS);
    if (unit.code === '') continue;
    const first = units.get(unit.code);
    if (first !== undefined) {
      read.problem(
        record,
        'code',
        msg`unit ${unit.code} appears twice (also ${first.record.at('code')})`,
      );
      continue;
    }
    units.set(unit.code, {
      record,
      unit,
      methods: [],
      criteria: {},
      outcomes: [],
      outcomeRecords: [],
      numbers: new Map(),
      skills: [],
      skillRecords: [],
      moreSkills: new Map(),
    });
  }
  return units;
}

/** The unit a record of another sheet belongs to, by its `unit` column. */
function unitOf(
  record: CellRecord,
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): UnitEntry | undefined {
  const code = read.cell(record, 'unit').trim();
  if (code === '') {
    read.problem(record, 'unit', msg`the code of a unit is required`);
    return undefined;
  }
  const entry = units.get(code);
  if (entry === undefined) read.problem(record, 'unit', msg`no unit has the code ${code}`);
  return entry;
}

function readAssessment(
  records: readonly CellRecord[],
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): void {
  for (const record of records) {
    const entry = unitOf(record, units, read);
    if (entry === undefined) continue;
    if (entry.assessment !== undefined) {
      read.problem(record, 'unit', msg`the assessment of unit ${entry.unit.code} is given twice`);
      continue;
    }
    entry.assessment = record;
    entry.methods = readMethods(record, read, METHOD_KEYS);
    entry.criteria = read.text(record, 'criteria');
  }
}

/** Outcomes in row order within their unit; `no` must be unique within it. */
function readOutcomes(
  records: readonly CellRecord[],
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): void {
  for (const record of records) {
    const entry = unitOf(record, units, read);
    const no = read.number(record, 'no', OUTCOME_NUMBER, true);
    const given = read.cell(record, 'category').trim();
    const category = outcomeCategoryOf(given);
    if (category === null)
      read.problem(
        record,
        'category',
        msg`unknown category "${given}" (allowed: ${OUTCOME_CATEGORIES.join(', ')})`,
      );
    const uri = read.cell(record, 'escoSkillUri').trim();
    if (uri === '' && read.hasText(record, 'escoSkillLabel'))
      read.problem(record, 'escoSkillUri', msg`an ESCO label needs the ESCO URI`);
    if (entry === undefined) continue;
    if (no !== null) {
      if (entry.numbers.has(no))
        read.problem(record, 'no', msg`unit ${entry.unit.code} has two outcomes numbered ${no}`);
      else entry.numbers.set(no, entry.outcomes.length);
    }
    entry.outcomeRecords.push(record);
    const criteria = read.text(record, 'criteria');
    entry.outcomes.push({
      category: category ?? 'knowledge',
      text: read.text(record, 'text'),
      ...(Object.keys(criteria).length === 0 ? {} : { criteria }),
      ...(uri === '' ? {} : { escoSkills: [{ uri, label: read.text(record, 'escoSkillLabel') }] }),
    });
  }
}

function readSkills(
  records: readonly CellRecord[],
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): void {
  for (const record of records) {
    const entry = unitOf(record, units, read);
    const uri = read.cell(record, 'uri').trim();
    if (uri === '') read.problem(record, 'uri', msg`the ESCO skill URI is required`);
    const no = read.number(record, 'outcome', OUTCOME_NUMBER, true);
    if (entry === undefined) continue;
    const skill = { uri, label: read.text(record, 'label') };
    if (no === null) {
      entry.skillRecords.push(record);
      entry.skills.push(skill);
      continue;
    }
    const index = entry.numbers.get(no);
    if (index === undefined) {
      read.problem(record, 'outcome', msg`unit ${entry.unit.code} has no outcome numbered ${no}`);
      continue;
    }
    if (entry.outcomes[index].escoSkills === undefined)
      read.problem(
        record,
        'outcome',
        msg`further ESCO skills need a main one in the outcomes sheet`,
      );
    entry.moreSkills.set(index, [...(entry.moreSkills.get(index) ?? []), { skill, record }]);
  }
}

/** A period; its outcomes as `<unit code>#<no>` by the numbers of the outcomes sheet. */
function readPeriod(
  record: CellRecord,
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): ContentWorkBasedLearning {
  const W = LIMITS.workBasedLearning;
  return {
    title: read.text(record, 'title'),
    year: read.number(record, 'year', W.year) ?? 1,
    term: read.number(record, 'term', W.term, true),
    durationHours: read.number(record, 'durationHours', W.durationHours) ?? 1,
    companyProfile: read.text(record, 'companyProfile'),
    mentorRole: read.text(record, 'mentorRole'),
    ...readReferences(record, units, read),
    assessment: read.text(record, 'assessment'),
  };
}

/** A part of the assessment plan; its outcomes as `<unit code>#<no>` like a period's. */
function readPart(
  record: CellRecord,
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): ContentAssessmentPart {
  const P = LIMITS.assessmentPart;
  return {
    code: read.code(record, 'code'),
    title: read.text(record, 'title'),
    weight: read.number(record, 'weight', P.weight) ?? 0,
    year: read.number(record, 'year', P.year) ?? 1,
    term: read.number(record, 'term', P.term, true),
    methods: readMethods(record, read, METHOD_KEYS),
    ...readReferences(record, units, read),
  };
}

/** The units (`units`) and outcomes (`outcomes`, `<unit code>#<no>`) a record names. */
function readReferences(
  record: CellRecord,
  units: ReadonlyMap<string, UnitEntry>,
  read: CellReader,
): Pick<ContentWorkBasedLearning, 'unitCodes' | 'outcomeRefs'> {
  const unitCodes = read.items(record, 'units');
  for (const code of unitCodes)
    if (!units.has(code)) read.problem(record, 'units', msg`no unit has the code ${code}`);
  const outcomeRefs = read.items(record, 'outcomes').flatMap((ref) => {
    const m = /^(.+)#\s*(\d+)$/.exec(ref);
    const code = m?.[1].trim() ?? '';
    const unit = units.get(code);
    const index = unit?.numbers.get(Number(m?.[2]));
    if (m === null) read.problem(record, 'outcomes', msg`"${ref}" is not <unit code>#<no>`);
    else if (unit === undefined)
      read.problem(record, 'outcomes', msg`no unit has the code ${code}`);
    else if (index === undefined)
      read.problem(record, 'outcomes', msg`unit ${code} has no outcome numbered ${m[2]}`);
    else return [{ unitCode: code, index }];
    return [];
  });
  return { unitCodes, outcomeRefs };
}
