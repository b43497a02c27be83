import {
  contentProblems,
  LANGUAGE_PATTERN,
  splitContentPath,
  type ContentOutcome,
  type ContentUnit,
  type CurriculumContent,
  type OutcomeCategory,
  msg,
} from '@curriculum-builder/curriculum';
import { CellReader, type CellRecord } from '../xlsx/cell-reader';
import {
  checkPrerequisites,
  readCurriculum,
  readGroups,
  readMethods,
  readUnitCore,
  type UnitCore,
} from '../xlsx/content-records';
import { languageName, type Findings } from '../xlsx/xlsx-tables';
import type { ImportOutcome } from '../xlsx/xlsx-import';
import { OUTCOME_LABELS, ROWS, TABLE_KINDS, type TableKind } from './docx-layout';
import type { WordTable } from './docx-tables';

/** A table of the template read into records: its own fields, and (units) one per outcome. */
interface TemplateTable {
  readonly kind: TableKind;
  readonly record: CellRecord;
  readonly outcomes: { readonly record: CellRecord; readonly category: string }[];
  readonly languages: readonly string[];
  readonly name: string;
}

/**
 * The tables of a Word document in the template's layout (docx-layout.ts) as content; every problem
 * with its table, row and column, a warning for everything that was not read.
 */
export function tablesToContent(tables: readonly WordTable[]): ImportOutcome {
  const found: Findings = { problems: [], warnings: [] };
  const read = tables.flatMap((table) => {
    const t = readTemplateTable(table, found);
    return t === undefined ? [] : [t];
  });
  const curricula = read.filter((t) => t.kind === 'curriculum');
  if (curricula.length !== 1) {
    found.problems.push({
      path: curricula.length === 0 ? 'document' : curricula[1].name,
      message:
        curricula.length === 0
          ? msg`has no curriculum table (a table whose first cell is "curriculum")`
          : msg`a document describes one curriculum: this is its second curriculum table`,
    });
  }
  // Unknown rows were left out with a problem each; the rest is still read to list every problem.
  if (curricula.length !== 1) return { ...found };
  const head = curricula[0];
  const declared = new CellReader([])
    .items(head.record, 'languages')
    .filter((l) => LANGUAGE_PATTERN.test(l));
  const reader = new CellReader([...new Set([...declared, ...read.flatMap((t) => t.languages)])]);
  for (const t of read) {
    for (const language of declared) {
      if (!t.languages.includes(language))
        found.warnings.push({
          path: `${t.name}, column ${language}`,
          message: msg`is missing: the ${languageName(language)} texts of this table are left empty (${language} is one of the curriculum's languages)`,
        });
    }
  }
  const curriculum = readCurriculum(head.record, reader);
  const groupTables = read.filter((t) => t.kind === 'electiveGroup');
  const { electiveGroups, groupCodes } = readGroups(
    groupTables.map((t) => t.record),
    reader,
  );
  const unitTables = read.filter((t) => t.kind === 'unit');
  const units = new Map<string, { record: CellRecord; unit: UnitCore; table: TemplateTable }>();
  for (const table of unitTables) {
    const unit = readUnitCore(table.record, reader, groupCodes, ['areas']);
    if (unit.code === '') continue;
    const first = units.get(unit.code);
    if (first !== undefined)
      reader.problem(
        table.record,
        'code',
        msg`unit ${unit.code} appears twice (also ${first.table.name})`,
      );
    else units.set(unit.code, { record: table.record, unit, table });
  }
  checkPrerequisites(units, reader);
  const contentUnits: ContentUnit[] = [...units.values()].map(({ unit, table }) => ({
    ...unit,
    escoSkills: [],
    assessment: {
      methods: readMethods(table.record, reader, ['assessmentMethods']),
      criteria: reader.text(table.record, 'assessmentCriteria'),
    },
    outcomes: table.outcomes.map((o): ContentOutcome => ({
      category: o.category as OutcomeCategory,
      text: reader.text(o.record, 'text'),
    })),
  }));
  const problems = [...found.problems, ...reader.problems];
  if (problems.length > 0) return { problems, warnings: found.warnings };
  const content: CurriculumContent = {
    ...curriculum,
    electiveGroups,
    units: contentUnits,
    workBasedLearning: [],
  };
  const tablesOfUnits = [...units.values()].map((u) => u.table);
  const invalid = contentProblems(content).map((p) => ({
    path: docxProblemPath(p.path, head, groupTables, tablesOfUnits),
    message: p.message,
  }));
  return invalid.length > 0
    ? { problems: invalid, warnings: found.warnings }
    : { content, problems: [], warnings: found.warnings };
}

/** Column of each grid position: the language of the header cell that starts there. */
function headerLanguages(table: WordTable, name: string, found: Findings): Map<number, string> {
  const languages = new Map<number, string>();
  let column = 0;
  for (const [i, cell] of (table.rows[0]?.cells ?? []).entries()) {
    const text = cell.text.trim();
    if (i > 0) {
      if (LANGUAGE_PATTERN.test(text) && ![...languages.values()].includes(text))
        languages.set(column, text);
      else if (text !== '')
        found.warnings.push({
          path: `${name}, column ${text}`,
          message: msg`is not a language code (or it is given twice); the column was not read`,
        });
    }
    column += cell.span;
  }
  return languages;
}

/** One table of the template, or undefined (with a warning) for a table of one's own. */
function readTemplateTable(table: WordTable, found: Findings): TemplateTable | undefined {
  const first = table.rows[0]?.cells[0]?.text.trim() ?? '';
  const kind = TABLE_KINDS.find((k) => k.toLowerCase() === first.toLowerCase());
  if (kind === undefined) {
    found.warnings.push({
      path: `table ${table.index}`,
      message: msg`is not a table of the template (its first cell is "${first.slice(0, 40)}", not ${TABLE_KINDS.join(', ')}); it was not read`,
    });
    return undefined;
  }
  const codeRow = table.rows.find((r) => r.cells[0]?.text.trim() === 'code');
  const code = codeRow?.cells[1]?.text.trim() ?? '';
  const name = `table ${table.index} (${kind}${code === '' || kind === 'curriculum' ? '' : ` ${code}`})`;
  const languages = headerLanguages(table, name, found);
  const rows = new Map(ROWS[kind].map((r) => [r.key, r]));
  const cells = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const at = (rowNumber: number | undefined, label: string, language?: string) =>
    `${name}, row ${rowNumber === undefined ? label : `${rowNumber} (${label})`}${language === undefined ? '' : `, column ${language}`}`;
  const outcomes: TemplateTable['outcomes'] = [];
  table.rows.slice(1).forEach((row, i) => {
    const number = i + 2;
    const label = row.cells[0]?.text.trim() ?? '';
    const values = new Map<string, string>();
    let column = row.cells[0]?.span ?? 1;
    for (const cell of row.cells.slice(1)) {
      const language = languages.get(column);
      if (language !== undefined) values.set(language, cell.text);
      column += cell.span;
    }
    const valueCells = row.cells.slice(1);
    if (label === '' && valueCells.every((c) => c.text.trim() === '')) return;
    if (kind === 'unit' && OUTCOME_LABELS.includes(label)) {
      const text = new Map([...values].map(([l, v]) => [`text.${l}`, v]));
      outcomes.push({
        category: label,
        record: {
          cells: text,
          at: (key) =>
            at(number, label, key.includes('.') ? key.slice(key.indexOf('.') + 1) : undefined),
        },
      });
      return;
    }
    const spec = rows.get(label);
    if (spec === undefined) {
      const allowed = [...rows.keys(), ...(kind === 'unit' ? OUTCOME_LABELS : [])].join(', ');
      found.problems.push({
        path: at(number, label || '(empty)'),
        message: msg`is not a row of a ${kind} table; the first cell must be one of ${allowed}`,
      });
      return;
    }
    if (rowOf.has(label)) {
      found.problems.push({
        path: at(number, label),
        message: msg`the row appears twice (row ${rowOf.get(label)})`,
      });
      return;
    }
    rowOf.set(label, number);
    if (spec.localized) for (const [l, v] of values) cells.set(`${label}.${l}`, v);
    else cells.set(label, valueCells.map((c) => c.text).find((t) => t.trim() !== '') ?? '');
  });
  for (const spec of ROWS[kind]) {
    if (!rowOf.has(spec.key) && spec.optional !== true)
      found.problems.push({ path: at(undefined, spec.key), message: msg`missing row` });
  }
  const record: CellRecord = {
    cells,
    at: (key) => {
      const dot = key.indexOf('.');
      const label = dot > 0 ? key.slice(0, dot) : key;
      return at(rowOf.get(label), label, dot > 0 ? key.slice(dot + 1) : undefined);
    },
  };
  return { kind, record, outcomes, languages: [...languages.values()], name };
}

const UNIT_KEYS: Readonly<Record<string, string>> = {
  prerequisiteCodes: 'prerequisites',
  'assessment.methods': 'assessmentMethods',
  'assessment.criteria': 'assessmentCriteria',
};

/** Where a content problem is in the document: `table 4 (unit ZM-02), row 6 (ecvetPoints)`. */
function docxProblemPath(
  contentPath: string,
  head: TemplateTable,
  groups: readonly TemplateTable[],
  units: readonly TemplateTable[],
): string {
  const { record, field } = splitContentPath(contentPath);
  const indexes = [...record.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const plain = field.replace(/\[\d+\].*$/, '');
  if (record.startsWith('electiveGroups[')) return groups[indexes[0]].record.at(plain);
  if (record.startsWith('units[')) {
    const unit = units[indexes[0]];
    if (indexes.length > 1) return unit.outcomes[indexes[1]].record.at(field);
    const key = Object.entries(UNIT_KEYS).find(
      ([from]) => plain === from || plain.startsWith(`${from}.`),
    );
    return unit.record.at(key === undefined ? plain : key[1]);
  }
  if (plain.startsWith('thresholds.')) return head.record.at(plain.slice('thresholds.'.length));
  if (plain === 'occupation.uri') return head.record.at('occupationUri');
  if (plain.startsWith('occupation.label')) return head.record.at('occupationLabel');
  return head.record.at(plain);
}
