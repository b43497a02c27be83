import {
  ASSESSMENT_METHODS,
  CODE_PATTERN as CODE,
  contentProblems,
  INDUSTRY_40_AREAS,
  ISCED_F_PATTERN as ISCED_F_CODE,
  LANGUAGE_PATTERN as LANGUAGE_CODE,
  LIMITS,
  OUTCOME_CATEGORIES,
  splitContentPath,
  type ContentOutcome,
  type ContentUnit,
  type CurriculumContent,
  type FieldError,
  type OutcomeCategory,
} from '@curriculum-builder/curriculum';
import { EXTENSION_KEY, UNIT_ITEM_TYPE } from './case-package';
import { isObject, isText, type Json, type Node } from './case-json';
import { Reader } from './case-reader';
import { readStructure } from './case-structure';

export { MAX_ASSOCIATIONS, MAX_ITEMS } from './case-structure';

export interface CaseImportReport {
  /** Counts of what the package held and what became of it. */
  readonly items: number;
  readonly associations: number;
  readonly units: number;
  readonly outcomes: number;
  /** Whether our own `extensions` were found (a lossless round trip) or defaults were used. */
  readonly restoredFromExtensions: boolean;
  /** Items below the outcome level, taken as outcomes of their unit-level ancestor. */
  readonly flattened: readonly {
    readonly item: string;
    readonly path: string;
    readonly unit: string;
  }[];
  /** Everything else worth knowing: defaults, renamed codes, ignored items and associations. */
  readonly notes: readonly string[];
}

export interface CaseImportResult {
  readonly content: CurriculumContent;
  readonly report: CaseImportReport;
}

export function readCasePackage(
  body: unknown,
): { ok: true; result: CaseImportResult } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const notes: string[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const fail = () => ({ ok: false as const, problems });

  const structure = readStructure(body, problems, notes);
  if (structure === null) return fail();
  const { doc, documentId, nodes, children, precedes } = structure;
  // The curriculum level.
  const docExt = isObject(doc['extensions']) ? doc['extensions'][EXTENSION_KEY] : undefined;
  const own = isObject(docExt) ? docExt : null;
  const dpath = `CFDocument.extensions.${EXTENSION_KEY}`;
  const read = new Reader(problems, notes);
  const docLanguage = isText(doc['language']) ? doc['language'].trim().toLowerCase() : '';
  const primaryLanguage = read.language(
    own,
    'primaryLanguage',
    dpath,
    LANGUAGE_CODE.test(docLanguage) ? docLanguage : 'en',
  );
  const languages = read.languages(own, dpath, primaryLanguage);
  const localized = (ext: Json | null, key: string, path: string, fallback: string) =>
    read.localized(ext, key, path, primaryLanguage, fallback);

  const title = localized(own, 'title', dpath, doc['title'] as string);
  const curriculumEqf = read.number(
    own,
    'eqfLevel',
    dpath,
    LIMITS.curriculum.eqfLevel,
    4,
    'EQF level',
  );
  const unitNodes = children.get(documentId) ?? [];
  const usedCodes = new Set<string>();
  const codeFor = (wanted: string | undefined, fallback: string, path: string) => {
    let code = (wanted ?? '').trim();
    if (!CODE.test(code)) {
      const cleaned = code
        .replace(/[^A-Za-z0-9 ._\-/]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 50);
      code = CODE.test(cleaned) ? cleaned : fallback;
      if (wanted !== undefined)
        notes.push(`${path}: code "${wanted}" is not a valid unit code; "${code}" is used`);
    }
    let unique = code;
    for (let n = 2; usedCodes.has(unique); n++) unique = `${code.slice(0, 46)}-${n}`;
    if (unique !== code) notes.push(`${path}: code "${code}" is taken; "${unique}" is used`);
    usedCodes.add(unique);
    return unique;
  };

  const flattened: { item: string; path: string; unit: string }[] = [];
  const unitCodeOf = new Map<string, string>();
  const U = LIMITS.unit;
  const outcomeNodes: Node[][] = [];
  const units: (ContentUnit & { readonly node: Node })[] = unitNodes.map((node, u) => {
    const ext = node.ext;
    const path = `${node.path}.extensions.${EXTENSION_KEY}`;
    const statement = node.item['fullStatement'] as string;
    const hcs = isText(node.item['humanCodingScheme']) ? node.item['humanCodingScheme'] : undefined;
    const ownCode = ext !== null && isText(ext['code']) ? ext['code'] : undefined;
    const code = codeFor(ownCode ?? hcs, `U${u + 1}`, node.path);
    unitCodeOf.set(node.id, code);
    const type = node.item['CFItemType'];
    if (ext === null && isText(type) && type !== UNIT_ITEM_TYPE)
      notes.push(`${node.path} (CFItemType "${type}") is taken as a unit`);
    const notesText = isText(node.item['notes']) ? node.item['notes'] : '';
    // Outcomes: every descendant, depth first in sequence order.
    const outcomes: ContentOutcome[] = [];
    outcomeNodes[u] = [];
    const walk = (parent: Node, trail: string[]) => {
      for (const child of children.get(parent.id) ?? []) {
        const label = isText(child.item['humanCodingScheme'])
          ? child.item['humanCodingScheme']
          : child.id;
        if (trail.length > 0)
          flattened.push({ item: child.path, path: [...trail, label].join(' > '), unit: code });
        outcomes.push(outcome(child, read, primaryLanguage));
        outcomeNodes[u].push(child);
        walk(child, [...trail, label]);
      }
    };
    walk(node, []);
    return {
      node,
      code,
      title: read.localized(ext, 'title', path, primaryLanguage, statement),
      description: read.localized(ext, 'description', path, primaryLanguage, notesText),
      eqfLevel: read.number(ext, 'eqfLevel', path, U.eqfLevel, curriculumEqf, 'unit EQF level'),
      ecvetPoints: read.number(ext, 'ecvetPoints', path, U.ecvetPoints, 0, 'unit ECVET points'),
      mandatory: read.bool(ext, 'mandatory', path, true),
      electiveGroup: read.nullableCode(ext, 'electiveGroup', path),
      year: read.number(ext, 'year', path, U.year, 1, 'unit year'),
      term: read.nullableNumber(ext, 'term', path, U.term),
      areas: read.enumList(ext, 'areas', path, INDUSTRY_40_AREAS),
      escoSkills: read.escoList(ext, 'escoSkills', path),
      prerequisiteCodes:
        ext !== null && Array.isArray(ext['prerequisiteCodes'])
          ? read.codes(ext, 'prerequisiteCodes', path)
          : [],
      assessment: {
        methods: read.enumList(
          isObject(ext?.['assessment']) ? (ext?.['assessment'] as Json) : null,
          'methods',
          `${path}.assessment`,
          ASSESSMENT_METHODS,
        ),
        criteria: read.localized(
          isObject(ext?.['assessment']) ? (ext?.['assessment'] as Json) : null,
          'criteria',
          `${path}.assessment`,
          primaryLanguage,
          '',
        ),
      },
      outcomes,
    };
  });
  // Prerequisites of foreign packages: `precedes` between unit-level items.
  if (!units.some((unit) => unit.node.ext !== null)) {
    for (const [before, after] of precedes) {
      const unit = units.find((x) => x.node.id === after);
      const code = unitCodeOf.get(before);
      if (unit !== undefined && code !== undefined) (unit.prerequisiteCodes as string[]).push(code);
    }
  }
  const codes = new Set(units.map((unit) => unit.code));
  units.forEach((unit, u) =>
    unit.prerequisiteCodes.forEach((code, k) => {
      if (!codes.has(code))
        problem(
          `${unit.node.path}.extensions.${EXTENSION_KEY}.prerequisiteCodes[${k}]`,
          `no unit has the code ${code} (unit ${u + 1})`,
        );
    }),
  );

  const sumPoints = units.reduce((sum, unit) => sum + unit.ecvetPoints, 0);
  const C = LIMITS.curriculum;
  const durationMonths = read.number(
    own,
    'durationMonths',
    dpath,
    C.durationMonths,
    12,
    'duration',
  );
  const thresholds = read.thresholds(own, dpath);
  const electiveGroups = read.electiveGroups(own, dpath, primaryLanguage);
  const workBasedLearning = read.periods(own, dpath, primaryLanguage, units);
  const docIdentifier = documentId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  const content: CurriculumContent = {
    code: read.code(own, 'code', dpath, `CASE-${docIdentifier || 'IMPORT'}`),
    title,
    description: localized(
      own,
      'description',
      dpath,
      isText(doc['description']) ? doc['description'] : '',
    ),
    eqfLevel: curriculumEqf,
    nqfLevel: read.nullableNumber(own, 'nqfLevel', dpath, C.nqfLevel),
    iscedFCode: read.pattern(own, 'iscedFCode', dpath, ISCED_F_CODE, '0000', 'ISCED-F code'),
    occupation: read.esco(own, 'occupation', dpath),
    durationMonths,
    fullTime: read.bool(own, 'fullTime', dpath, true),
    ecvetPoints: read.number(
      own,
      'ecvetPoints',
      dpath,
      C.ecvetPoints,
      Math.min(C.ecvetPoints.max, Math.max(C.ecvetPoints.min, sumPoints || 60)),
      'ECVET points',
    ),
    primaryLanguage,
    languages,
    electiveGroups,
    thresholds,
    units: units.map((unit) => {
      const { node, ...rest } = unit;
      void node;
      return rest;
    }),
    workBasedLearning,
  };
  if (problems.length > 0) return fail();
  // Then the whole content against the limits the API's requests apply, as every import is.
  const recordPath = (record: string): string => {
    const [u, o] = [...record.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (record.startsWith('units[')) {
      const node = o === undefined ? units[u].node : outcomeNodes[u][o];
      return node.ext === null ? node.path : `${node.path}.extensions.${EXTENSION_KEY}`;
    }
    return record === '' ? dpath : `${dpath}.${record}`;
  };
  for (const { path, message } of contentProblems(content)) {
    const { record, field } = splitContentPath(path);
    problem(`${recordPath(record)}${field === '' ? '' : `.${field}`}`, message);
  }
  if (problems.length > 0) return fail();
  return {
    ok: true,
    result: {
      content,
      report: {
        items: nodes.size,
        associations: structure.associations,
        units: content.units.length,
        outcomes: content.units.reduce((n, unit) => n + unit.outcomes.length, 0),
        restoredFromExtensions: own !== null,
        flattened,
        notes: [...notes, ...read.defaults()],
      },
    },
  };
}

function outcome(node: Node, read: Reader, primaryLanguage: string): ContentOutcome {
  const ext = node.ext;
  const path = `${node.path}.extensions.${EXTENSION_KEY}`;
  const type = isText(node.item['CFItemType']) ? node.item['CFItemType'].trim().toLowerCase() : '';
  const fromType = OUTCOME_CATEGORIES.find(
    (c) => c === type || c.replace(/-/g, ' and ') === type || (c === 'skill' && type === 'skills'),
  );
  const category = read.enumValue(
    ext,
    'category',
    path,
    OUTCOME_CATEGORIES,
    fromType ?? 'knowledge',
    'outcome category',
  );
  const escoSkill = read.esco(ext, 'escoSkill', path);
  return {
    category: category as OutcomeCategory,
    text: read.localized(ext, 'text', path, primaryLanguage, node.item['fullStatement'] as string),
    ...(escoSkill === null ? {} : { escoSkill }),
  };
}
