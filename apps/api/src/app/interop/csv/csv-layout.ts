import {
  ASSESSMENT_METHODS,
  CODE_MESSAGE,
  CODE_PATTERN,
  contentProblems,
  INDUSTRY_40_AREAS,
  LANGUAGE_PATTERN,
  LIMITS,
  OUTCOME_CATEGORIES,
  type AssessmentMethod,
  type ContentOutcome,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type ElectiveGroup,
  type EscoReference,
  type FieldError,
  type Industry40Area,
  type LocalizedText,
  type NumberLimit,
  type OutcomeCategory,
} from '@curriculum-builder/curriculum';
import { csvProblemPath, type CsvOrigins } from './csv-problem-paths';

/*
 * The spreadsheet layout (documented in csv.controller.ts): one header row, then rows told apart by
 * the `record` column — `curriculum` (exactly one), `group` (elective groups), `wbl` (work-based
 * learning periods), `outcome` (one per learning outcome, repeating its unit's columns) and `unit`
 * (a unit without outcomes). Texts have one column per language, `<field>.<lang>`. Lists are
 * separated by `|`; outcome references are `<unit code>#<1-based position>`.
 */

export const LIST_SEPARATOR = '|';

/** Columns with one cell per language (`title.de`, `title.en`, …). */
const LOCALIZED = [
  'title',
  'description',
  'occupationLabel',
  'assessmentCriteria',
  'companyProfile',
  'mentorRole',
  'outcomeText',
  'outcomeEscoLabel',
] as const;
type LocalizedColumn = (typeof LOCALIZED)[number];

/** Every column in order; localized ones expand to one column per language. */
const COLUMNS = [
  'record',
  'code',
  'title',
  'description',
  'eqfLevel',
  'nqfLevel',
  'iscedFCode',
  'occupationUri',
  'occupationLabel',
  'durationMonths',
  'fullTime',
  'ecvetPoints',
  'primaryLanguage',
  'languages',
  'pointsPerYear',
  'yearLoadTolerance',
  'hoursPerYear',
  'minWblShare',
  'mandatory',
  'electiveGroup',
  'year',
  'term',
  'areas',
  'escoSkills',
  'prerequisites',
  'assessmentMethods',
  'assessmentCriteria',
  'durationHours',
  'companyProfile',
  'mentorRole',
  'unitCodes',
  'outcomeRefs',
  'outcomeCategory',
  'outcomeText',
  'outcomeEscoUri',
  'outcomeEscoLabel',
] as const;
type Column = (typeof COLUMNS)[number];

const isLocalized = (c: string): c is LocalizedColumn =>
  (LOCALIZED as readonly string[]).includes(c);

const UNIT_COLUMNS: readonly Column[] = [
  'code',
  'title',
  'description',
  'eqfLevel',
  'ecvetPoints',
  'mandatory',
  'electiveGroup',
  'year',
  'term',
  'areas',
  'escoSkills',
  'prerequisites',
  'assessmentMethods',
  'assessmentCriteria',
];
const OUTCOME_COLUMNS: readonly Column[] = [
  'outcomeCategory',
  'outcomeText',
  'outcomeEscoUri',
  'outcomeEscoLabel',
];

/** Which columns each kind of row uses (the others must stay empty). */
const USED: Record<RecordKind, readonly Column[]> = {
  curriculum: [
    'code',
    'title',
    'description',
    'eqfLevel',
    'nqfLevel',
    'iscedFCode',
    'occupationUri',
    'occupationLabel',
    'durationMonths',
    'fullTime',
    'ecvetPoints',
    'primaryLanguage',
    'languages',
    'pointsPerYear',
    'yearLoadTolerance',
    'hoursPerYear',
    'minWblShare',
  ],
  group: ['code', 'title', 'ecvetPoints'],
  wbl: [
    'title',
    'year',
    'term',
    'durationHours',
    'companyProfile',
    'mentorRole',
    'unitCodes',
    'outcomeRefs',
    'assessmentCriteria',
  ],
  outcome: [...UNIT_COLUMNS, ...OUTCOME_COLUMNS],
  unit: UNIT_COLUMNS,
};
const RECORD_KINDS = ['curriculum', 'group', 'wbl', 'outcome', 'unit'] as const;
type RecordKind = (typeof RECORD_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Export

/** Every language any text of the content has: the curriculum's languages first. */
function languagesOf(content: CurriculumContent): string[] {
  const found = new Set<string>();
  const add = (text: LocalizedText | undefined) =>
    Object.keys(text ?? {}).forEach((l) => found.add(l));
  add(content.title);
  add(content.description);
  add(content.occupation?.label);
  content.electiveGroups.forEach((g) => add(g.title));
  for (const u of content.units) {
    [u.title, u.description, u.assessment.criteria].forEach(add);
    u.escoSkills.forEach((s) => add(s.label));
    u.outcomes.forEach((o) => [o.text, o.escoSkill?.label].forEach(add));
  }
  for (const p of content.workBasedLearning) {
    [p.title, p.companyProfile, p.mentorRole, p.assessment].forEach(add);
  }
  const extra = [...found].filter((l) => !content.languages.includes(l)).sort();
  return [...content.languages, ...extra];
}

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
      title: content.title,
      description: content.description,
      eqfLevel: num(content.eqfLevel),
      nqfLevel: num(content.nqfLevel),
      iscedFCode: content.iscedFCode,
      occupationUri: content.occupation?.uri ?? '',
      occupationLabel: content.occupation?.label,
      durationMonths: num(content.durationMonths),
      fullTime: bool(content.fullTime),
      ecvetPoints: num(content.ecvetPoints),
      primaryLanguage: content.primaryLanguage,
      languages: list(content.languages),
      pointsPerYear: num(t.pointsPerYear),
      yearLoadTolerance: num(t.yearLoadTolerance),
      hoursPerYear: num(t.hoursPerYear),
      minWblShare: num(t.minWblShare),
    }),
  );
  for (const g of content.electiveGroups) {
    rows.push(row('group', { code: g.code, title: g.title, ecvetPoints: num(g.pointsRequired) }));
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
      year: num(u.year),
      term: num(u.term),
      areas: list(u.areas),
      escoSkills: u.escoSkills.length > 0 ? JSON.stringify(u.escoSkills) : '',
      prerequisites: list(u.prerequisiteCodes),
      assessmentMethods: list(u.assessment.methods),
      assessmentCriteria: u.assessment.criteria,
    };
    if (u.outcomes.length === 0) rows.push(row('unit', unit));
    for (const o of u.outcomes) {
      rows.push(
        row('outcome', {
          ...unit,
          outcomeCategory: o.category,
          outcomeText: o.text,
          outcomeEscoUri: o.escoSkill?.uri ?? '',
          outcomeEscoLabel: o.escoSkill?.label,
        }),
      );
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Import

/** A record of the file: its spreadsheet row number and its cells by header name. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: ReadonlyMap<string, string>;
}

/**
 * Reads header + records into content, collecting every problem; `content` only when none. Numbers,
 * codes and languages are checked cell by cell against the limits table (`LIMITS`), then the whole
 * content by the shared content validator (`contentProblems`), as every import is.
 */
export function rowsToContent(
  header: readonly string[],
  records: readonly CsvRecord[],
): { content?: CurriculumContent; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const at = (row: number, column?: string) =>
    column === undefined ? `row ${row}` : `row ${row}, column ${column}`;
  const problem = (row: number, column: string | undefined, message: string) =>
    problems.push({ path: at(row, column), message });

  // Header: every plain column once, localized columns as `<field>.<lang>`.
  const languages: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problem(1, name, 'the column appears more than once');
    seen.add(name);
    const dot = name.indexOf('.');
    if (dot > 0 && isLocalized(name.slice(0, dot))) {
      const lang = name.slice(dot + 1);
      if (!LANGUAGE_PATTERN.test(lang)) problem(1, name, `"${lang}" is not a language code`);
      else if (!languages.includes(lang)) languages.push(lang);
    } else if (!(COLUMNS as readonly string[]).includes(name) || isLocalized(name)) {
      problem(1, name || '(empty)', 'unknown column');
    }
  }
  for (const c of COLUMNS) {
    if (!isLocalized(c) && !seen.has(c)) problem(1, c, 'missing column');
  }
  if (problems.length > 0) return { problems };

  const cell = (r: CsvRecord, c: Column) => r.cells.get(c) ?? '';
  const text = (r: CsvRecord, c: LocalizedColumn): LocalizedText => {
    const out: Record<string, string> = {};
    for (const l of languages) {
      const v = r.cells.get(`${c}.${l}`) ?? '';
      if (v !== '') out[l] = v;
    }
    return out;
  };
  const hasText = (r: CsvRecord, c: LocalizedColumn) => Object.keys(text(r, c)).length > 0;
  const number = (r: CsvRecord, c: Column, rule: NumberLimit, optional = false): number | null => {
    const raw = cell(r, c).trim();
    if (raw === '') {
      if (!optional) problem(r.row, c, 'a number is required');
      return null;
    }
    const normal = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    const n = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : NaN;
    if (!Number.isFinite(n)) problem(r.row, c, `"${raw}" is not a number`);
    else if (rule.integer && !Number.isInteger(n))
      problem(r.row, c, `${raw} is not a whole number`);
    else if (n < rule.min || n > rule.max)
      problem(r.row, c, `${raw} is outside ${rule.min}..${rule.max}`);
    else return n;
    return null;
  };
  const boolean = (r: CsvRecord, c: Column): boolean => {
    const raw = cell(r, c).trim().toLowerCase();
    if (['true', 'yes', '1', 'y', 'x', 'wahr', 'ja'].includes(raw)) return true;
    if (['false', 'no', '0', 'n', '', 'falsch', 'nein'].includes(raw)) return false;
    problem(r.row, c, `"${cell(r, c)}" is not true or false`);
    return false;
  };
  const items = (r: CsvRecord, c: Column): string[] =>
    cell(r, c)
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const oneOf = <T extends string>(r: CsvRecord, c: Column, allowed: readonly T[]): T[] =>
    items(r, c).filter((v) => {
      const ok = (allowed as readonly string[]).includes(v);
      if (!ok) problem(r.row, c, `unknown value "${v}" (allowed: ${allowed.join(', ')})`);
      return ok;
    }) as T[];
  const code = (r: CsvRecord, c: Column): string => {
    const v = cell(r, c).trim();
    if (v === '') problem(r.row, c, 'a code is required');
    else if (!CODE_PATTERN.test(v)) problem(r.row, c, `a code ${CODE_MESSAGE}`);
    return v;
  };
  const escoSkills = (r: CsvRecord): EscoReference[] => {
    const raw = cell(r, 'escoSkills').trim();
    if (raw === '') return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        Array.isArray(parsed) &&
        parsed.every(
          (s) =>
            typeof s === 'object' &&
            s !== null &&
            typeof s.uri === 'string' &&
            typeof s.label === 'object' &&
            s.label !== null &&
            !Array.isArray(s.label) &&
            Object.values(s.label).every((v) => typeof v === 'string'),
        )
      ) {
        return (parsed as EscoReference[]).map((s) => ({ uri: s.uri, label: s.label }));
      }
    } catch {
      // reported below
    }
    problem(r.row, 'escoSkills', 'must be a JSON list of {"uri": …, "label": {"<lang>": …}}');
    return [];
  };

  // Rows by kind; cells a kind does not use must be empty.
  const byKind: Record<RecordKind, CsvRecord[]> = {
    curriculum: [],
    group: [],
    wbl: [],
    outcome: [],
    unit: [],
  };
  for (const r of records) {
    const kind = cell(r, 'record').trim().toLowerCase() as RecordKind;
    if (!RECORD_KINDS.includes(kind)) {
      problem(r.row, 'record', `must be one of ${RECORD_KINDS.join(', ')}`);
      continue;
    }
    byKind[kind].push(r);
    const used = new Set<string>(['record', ...USED[kind]]);
    for (const [name, value] of r.cells) {
      const base = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
      if (value.trim() !== '' && !used.has(base))
        problem(r.row, name, `not used in a ${kind} row; leave it empty`);
    }
  }

  // Curriculum.
  const [head, ...more] = byKind.curriculum;
  if (head === undefined) problems.push({ path: 'file', message: 'no row with record curriculum' });
  for (const r of more) problem(r.row, 'record', 'only one curriculum row is allowed');
  let curriculum: Omit<CurriculumContent, 'units' | 'workBasedLearning' | 'electiveGroups'> | null =
    null;
  if (head !== undefined) {
    const r = head;
    const langs = items(r, 'languages');
    if (langs.length === 0) problem(r.row, 'languages', 'at least one language is required');
    for (const l of langs) {
      if (!LANGUAGE_PATTERN.test(l)) problem(r.row, 'languages', `"${l}" is not a language code`);
    }
    if (new Set(langs).size !== langs.length)
      problem(r.row, 'languages', 'a language is listed twice');
    const primary = cell(r, 'primaryLanguage').trim();
    if (!langs.includes(primary))
      problem(r.row, 'primaryLanguage', `"${primary}" is not one of the languages`);
    const uri = cell(r, 'occupationUri').trim();
    if (uri === '' && hasText(r, 'occupationLabel'))
      problem(r.row, 'occupationUri', 'an occupation label needs the occupation URI');
    const C = LIMITS.curriculum;
    const T = LIMITS.thresholds;
    curriculum = {
      code: code(r, 'code'),
      title: text(r, 'title'),
      description: text(r, 'description'),
      eqfLevel: number(r, 'eqfLevel', C.eqfLevel) ?? 1,
      nqfLevel: number(r, 'nqfLevel', C.nqfLevel, true),
      iscedFCode: cell(r, 'iscedFCode').trim(),
      occupation: uri === '' ? null : { uri, label: text(r, 'occupationLabel') },
      durationMonths: number(r, 'durationMonths', C.durationMonths) ?? 1,
      fullTime: boolean(r, 'fullTime'),
      ecvetPoints: number(r, 'ecvetPoints', C.ecvetPoints) ?? 1,
      primaryLanguage: primary,
      languages: langs,
      thresholds: {
        pointsPerYear: number(r, 'pointsPerYear', T.pointsPerYear) ?? 60,
        yearLoadTolerance: number(r, 'yearLoadTolerance', T.yearLoadTolerance) ?? 0,
        hoursPerYear: number(r, 'hoursPerYear', T.hoursPerYear) ?? 1600,
        minWblShare: number(r, 'minWblShare', T.minWblShare) ?? 0,
      },
    };
  }

  // Elective groups.
  const groupCodes = new Set<string>();
  const electiveGroups: ElectiveGroup[] = byKind.group.map((r) => {
    const c = code(r, 'code');
    if (groupCodes.has(c)) problem(r.row, 'code', `elective group ${c} appears twice`);
    groupCodes.add(c);
    return {
      code: c,
      title: text(r, 'title'),
      pointsRequired: number(r, 'ecvetPoints', LIMITS.electiveGroup.pointsRequired) ?? 0,
    };
  });

  // Units: rows of one unit code repeat the same unit columns; outcomes in row order.
  const unitRows = records.filter((r) => {
    const kind = cell(r, 'record').trim().toLowerCase();
    return kind === 'outcome' || kind === 'unit';
  });
  const unitColumns = header.filter((h) => {
    const base = h.includes('.') ? h.slice(0, h.indexOf('.')) : h;
    return (UNIT_COLUMNS as readonly string[]).includes(base);
  });
  const units = new Map<
    string,
    { first: CsvRecord; unit: ContentUnit; outcomes: ContentOutcome[]; outcomeRows: number[] }
  >();
  const U = LIMITS.unit;
  for (const r of unitRows) {
    const c = code(r, 'code');
    if (c === '') continue;
    let entry = units.get(c);
    if (entry === undefined) {
      const mandatory = boolean(r, 'mandatory');
      const group = cell(r, 'electiveGroup').trim();
      if (group !== '' && byKind.group.length > 0 && !groupCodes.has(group))
        problem(r.row, 'electiveGroup', `no elective group has the code ${group}`);
      entry = {
        first: r,
        outcomes: [],
        outcomeRows: [],
        unit: {
          code: c,
          title: text(r, 'title'),
          description: text(r, 'description'),
          eqfLevel: number(r, 'eqfLevel', U.eqfLevel) ?? 1,
          ecvetPoints: number(r, 'ecvetPoints', U.ecvetPoints) ?? 0,
          mandatory,
          electiveGroup: group === '' ? null : group,
          year: number(r, 'year', U.year) ?? 1,
          term: number(r, 'term', U.term, true),
          areas: oneOf<Industry40Area>(r, 'areas', INDUSTRY_40_AREAS),
          escoSkills: escoSkills(r),
          prerequisiteCodes: items(r, 'prerequisites'),
          assessment: {
            methods: oneOf<AssessmentMethod>(r, 'assessmentMethods', ASSESSMENT_METHODS),
            criteria: text(r, 'assessmentCriteria'),
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
          problem(
            r.row,
            col,
            `unit ${c} has different data in row ${entry.first.row} ("${short(a)}" there, "${short(b)}" here)`,
          );
      }
    }
    if (cell(r, 'record').trim().toLowerCase() === 'outcome') {
      const category = cell(r, 'outcomeCategory').trim();
      if (!(OUTCOME_CATEGORIES as readonly string[]).includes(category))
        problem(
          r.row,
          'outcomeCategory',
          `unknown category "${category}" (allowed: ${OUTCOME_CATEGORIES.join(', ')})`,
        );
      const uri = cell(r, 'outcomeEscoUri').trim();
      if (uri === '' && hasText(r, 'outcomeEscoLabel'))
        problem(r.row, 'outcomeEscoUri', 'an ESCO label needs the ESCO URI');
      entry.outcomeRows.push(r.row);
      entry.outcomes.push({
        category: category as OutcomeCategory,
        text: text(r, 'outcomeText'),
        ...(uri === '' ? {} : { escoSkill: { uri, label: text(r, 'outcomeEscoLabel') } }),
      });
    }
  }

  // Prerequisites: known codes, no unit its own prerequisite, no cycles.
  for (const { first, unit } of units.values()) {
    for (const p of unit.prerequisiteCodes) {
      if (!units.has(p)) problem(first.row, 'prerequisites', `no unit has the code ${p}`);
      else if (p === unit.code) problem(first.row, 'prerequisites', 'a unit cannot require itself');
    }
  }
  for (const cycle of prerequisiteCycles(units)) {
    const first = units.get(cycle[0])?.first.row ?? 0;
    problem(first, 'prerequisites', `prerequisite cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  }

  // Work-based learning periods.
  const workBasedLearning: ContentWorkBasedLearning[] = byKind.wbl.map((r) => {
    const unitCodes = items(r, 'unitCodes');
    for (const u of unitCodes)
      if (!units.has(u)) problem(r.row, 'unitCodes', `no unit has the code ${u}`);
    const outcomeRefs = items(r, 'outcomeRefs').flatMap((ref) => {
      const m = /^(.+)#(\d+)$/.exec(ref);
      const unit = m ? units.get(m[1].trim()) : undefined;
      const index = m ? Number(m[2]) - 1 : -1;
      if (m === null) problem(r.row, 'outcomeRefs', `"${ref}" is not <unit code>#<number>`);
      else if (unit === undefined) problem(r.row, 'outcomeRefs', `no unit has the code ${m[1]}`);
      else if (index < 0 || index >= unit.outcomes.length)
        problem(r.row, 'outcomeRefs', `unit ${m[1]} has no outcome ${m[2]}`);
      else return [{ unitCode: m[1].trim(), index }];
      return [];
    });
    const W = LIMITS.workBasedLearning;
    return {
      title: text(r, 'title'),
      year: number(r, 'year', W.year) ?? 1,
      term: number(r, 'term', W.term, true),
      durationHours: number(r, 'durationHours', W.durationHours) ?? 1,
      companyProfile: text(r, 'companyProfile'),
      mentorRole: text(r, 'mentorRole'),
      unitCodes,
      outcomeRefs,
      assessment: text(r, 'assessmentCriteria'),
    };
  });

  if (problems.length > 0 || curriculum === null || head === undefined) return { problems };
  const content: CurriculumContent = {
    ...curriculum,
    electiveGroups,
    units: [...units.values()].map(({ unit, outcomes }) => ({ ...unit, outcomes })),
    workBasedLearning,
  };
  const origins: CsvOrigins = {
    curriculum: head.row,
    electiveGroups: byKind.group.map((r) => r.row),
    units: [...units.values()].map(({ first, outcomeRows }) => ({ row: first.row, outcomeRows })),
    workBasedLearning: byKind.wbl.map((r) => r.row),
  };
  const invalid = contentProblems(content).map((p) => ({
    path: csvProblemPath(p.path, origins),
    message: p.message,
  }));
  return invalid.length > 0 ? { problems: invalid } : { problems, content };
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
