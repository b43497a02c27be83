import {
  ASSESSMENT_METHODS,
  CODE_PATTERN as CODE,
  contentProblems,
  DEFAULT_THRESHOLDS,
  INDUSTRY_40_AREAS,
  ISCED_F_PATTERN as ISCED_F_CODE,
  LANGUAGE_PATTERN as LANGUAGE_CODE,
  LIMITS,
  OUTCOME_CATEGORIES,
  splitContentPath,
  type ContentOutcome,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type CurriculumContent,
  type ElectiveGroup,
  type EscoReference,
  type FieldError,
  type LocalizedText,
  type NumberLimit,
  type OutcomeCategory,
  type RuleThresholds,
} from '@curriculum-builder/curriculum';
import { EXTENSION_KEY, UNIT_ITEM_TYPE } from './case-package';

/** At most this many CFItems (and five times as many associations) per package. */
export const MAX_ITEMS = 5000;
export const MAX_ASSOCIATIONS = 5 * MAX_ITEMS;

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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

interface Node {
  readonly id: string;
  readonly index: number;
  readonly item: Json;
  readonly ext: Json | null;
  readonly path: string;
}

/**
 * Reads a CASE 1.0/1.1 CFPackage as curriculum content. Children of the CFDocument become units,
 * their descendants outcomes (deeper levels flattened into the unit-level ancestor, each noted in
 * the report). Our own `extensions.curriculumBuilder` restore everything CASE lacks; foreign
 * packages get defaults, listed in the report. Every problem is collected; any problem rejects the
 * whole package (`problems` non-empty, no content).
 */
export function readCasePackage(
  body: unknown,
): { ok: true; result: CaseImportResult } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const notes: string[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const fail = () => ({ ok: false as const, problems });

  if (!isObject(body)) {
    problem('', 'the package must be a JSON object with a CFDocument');
    return fail();
  }
  const doc = body['CFDocument'];
  if (!isObject(doc)) {
    problem('CFDocument', 'is missing or not an object');
  } else {
    if (!isText(doc['identifier']) || doc['identifier'].trim() === '')
      problem('CFDocument.identifier', 'is missing');
    if (!isText(doc['title'])) problem('CFDocument.title', 'is missing or not a string');
  }
  const rawItems = body['CFItems'] ?? [];
  const rawAssociations = body['CFAssociations'] ?? [];
  if (!Array.isArray(rawItems)) problem('CFItems', 'must be an array');
  if (!Array.isArray(rawAssociations)) problem('CFAssociations', 'must be an array');
  if (Array.isArray(rawItems) && rawItems.length > MAX_ITEMS)
    problem('CFItems', `has ${rawItems.length} items; at most ${MAX_ITEMS} are accepted`);
  if (Array.isArray(rawAssociations) && rawAssociations.length > MAX_ASSOCIATIONS)
    problem(
      'CFAssociations',
      `has ${rawAssociations.length} associations; at most ${MAX_ASSOCIATIONS} are accepted`,
    );
  if (
    problems.length > 0 ||
    !isObject(doc) ||
    !Array.isArray(rawItems) ||
    !Array.isArray(rawAssociations)
  )
    return fail();

  // Items: identifiers present and unique (also against the document).
  const documentId = doc['identifier'] as string;
  const nodes = new Map<string, Node>();
  rawItems.forEach((item: unknown, i) => {
    const path = `CFItems[${i}]`;
    if (!isObject(item)) return problem(path, 'must be an object');
    const id = item['identifier'];
    if (!isText(id) || id.trim() === '') return problem(`${path}.identifier`, 'is missing');
    if (!isText(item['fullStatement']))
      problem(`${path}.fullStatement`, 'is missing or not a string');
    if (id === documentId || nodes.has(id))
      return problem(`${path}.identifier`, `duplicate identifier ${id}`);
    const ext = isObject(item['extensions']) ? item['extensions'][EXTENSION_KEY] : undefined;
    nodes.set(id, { id, index: i, item, ext: isObject(ext) ? ext : null, path });
  });

  // Associations: hierarchy (isChildOf) and order; prerequisites (precedes).
  const parents = new Map<string, { parent: string; seq: number; at: number }>();
  const precedes: [string, string][] = [];
  rawAssociations.forEach((a: unknown, i) => {
    const path = `CFAssociations[${i}]`;
    if (!isObject(a)) return problem(path, 'must be an object');
    const type = a['associationType'];
    const origin = isObject(a['originNodeURI']) ? a['originNodeURI']['identifier'] : undefined;
    const destination = isObject(a['destinationNodeURI'])
      ? a['destinationNodeURI']['identifier']
      : undefined;
    if (!isText(type)) return problem(`${path}.associationType`, 'is missing');
    if (!isText(origin)) return problem(`${path}.originNodeURI.identifier`, 'is missing');
    if (!isText(destination)) return problem(`${path}.destinationNodeURI.identifier`, 'is missing');
    const seqRaw = a['sequenceNumber'];
    if (seqRaw !== undefined && seqRaw !== null && !Number.isSafeInteger(seqRaw))
      problem(`${path}.sequenceNumber`, 'must be an integer');
    const seq = Number.isSafeInteger(seqRaw) ? (seqRaw as number) : Number.MAX_SAFE_INTEGER;
    if (type === 'isChildOf') {
      if (!nodes.has(origin))
        return problem(
          `${path}.originNodeURI`,
          `points to ${origin}, which is no CFItem of the package`,
        );
      if (destination !== documentId && !nodes.has(destination))
        return problem(
          `${path}.destinationNodeURI`,
          `points to ${destination}, which is neither the CFDocument nor a CFItem of the package`,
        );
      if (origin === destination) return problem(path, `${origin} is a child of itself (cycle)`);
      const known = parents.get(origin);
      if (known !== undefined && known.parent !== destination) {
        notes.push(
          `${nodes.get(origin)?.path} has several parents; the first (${known.parent}) is used`,
        );
        return;
      }
      parents.set(origin, { parent: destination, seq, at: i });
    } else if (type === 'precedes') {
      if (nodes.has(origin) && nodes.has(destination)) precedes.push([origin, destination]);
      else notes.push(`${path} (precedes) refers outside the package; ignored`);
    } else {
      notes.push(`${path} (${type}) has no counterpart in a curriculum; ignored`);
    }
  });

  // Depth of every item; cycles and items that never reach the document.
  const depth = new Map<string, number>();
  for (const node of nodes.values()) {
    const chain: string[] = [];
    let current = node.id;
    let result: number | undefined;
    const seen = new Set<string>();
    while (result === undefined) {
      if (depth.has(current)) {
        result = depth.get(current) as number;
        break;
      }
      if (seen.has(current)) {
        problem(
          `${nodes.get(current)?.path}`,
          `isChildOf associations form a cycle through ${current}`,
        );
        result = -1;
        break;
      }
      seen.add(current);
      chain.push(current);
      const parent = parents.get(current)?.parent;
      if (parent === undefined) {
        result = -1;
        break;
      }
      if (parent === documentId) {
        result = 0;
        break;
      }
      current = parent;
    }
    // chain[0] is `node`, chain[last] is the highest; depth counts from the document (units = 1).
    for (let k = chain.length - 1; k >= 0; k--) {
      const below = chain.length - 1 - k;
      depth.set(chain[k], result < 0 ? -1 : result + below + 1);
    }
  }
  // Structural problems do not stop here: the extension checks below report theirs as well.
  const detached = [...nodes.values()].filter((n) => depth.get(n.id) === -1);
  if (detached.length > 0)
    notes.push(
      `${detached.length} item(s) not attached to the document by isChildOf were skipped: ${detached
        .slice(0, 20)
        .map((n) => n.path)
        .join(', ')}${detached.length > 20 ? ', …' : ''}`,
    );

  // Children in order.
  const children = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const parent = parents.get(node.id);
    if (parent === undefined || depth.get(node.id) === -1) continue;
    const list = children.get(parent.parent) ?? [];
    list.push(node);
    children.set(parent.parent, list);
  }
  // By sequenceNumber; without one, by humanCodingScheme in natural order (L1.2 before L1.10).
  const label = (n: Node) =>
    isText(n.item['humanCodingScheme']) ? n.item['humanCodingScheme'] : '';
  const order = (a: Node, b: Node) => {
    const pa = parents.get(a.id) as { seq: number };
    const pb = parents.get(b.id) as { seq: number };
    return (
      pa.seq - pb.seq ||
      label(a).localeCompare(label(b), 'en', { numeric: true }) ||
      a.index - b.index
    );
  };
  for (const list of children.values()) list.sort(order);

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
        associations: rawAssociations.length,
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

/** Reads fields of our extension objects, checking types and ranges; defaults are counted. */
class Reader {
  private readonly used = new Map<string, number>();
  constructor(
    private readonly problems: FieldError[],
    private readonly notes: string[],
  ) {}

  defaults(): string[] {
    return [...this.used].map(
      ([what, n]) => `${what}: not in the package, a default was used (${n}×) — please check`,
    );
  }

  private fallback<T>(what: string, value: T): T {
    this.used.set(what, (this.used.get(what) ?? 0) + 1);
    return value;
  }

  private bad(path: string, key: string, message: string) {
    this.problems.push({ path: `${path}.${key}`, message });
  }

  /** A number within `limit` (a row of `LIMITS`); `dflt` when absent. */
  number(
    ext: Json | null,
    key: string,
    path: string,
    limit: NumberLimit,
    dflt: number,
    what = key,
  ): number {
    const v = ext?.[key];
    if (ext === null || v === undefined) return this.fallback(what, dflt);
    const { min, max, integer } = limit;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (integer && !Number.isInteger(v))
    ) {
      const kind = integer ? 'an integer' : 'a number';
      this.bad(path, key, `must be ${kind} from ${min} to ${max}, got ${JSON.stringify(v)}`);
      return dflt;
    }
    return v;
  }

  nullableNumber(ext: Json | null, key: string, path: string, limit: NumberLimit): number | null {
    if (ext === null || ext[key] === null || ext[key] === undefined) return null;
    return this.number(ext, key, path, limit, limit.min);
  }

  bool(ext: Json | null, key: string, path: string, dflt: boolean): boolean {
    const v = ext?.[key];
    if (ext === null || v === undefined) return dflt;
    if (typeof v !== 'boolean') this.bad(path, key, 'must be true or false');
    return typeof v === 'boolean' ? v : dflt;
  }

  pattern(
    ext: Json | null,
    key: string,
    path: string,
    re: RegExp,
    dflt: string,
    what = key,
  ): string {
    const v = ext?.[key];
    if (ext === null || v === undefined) return this.fallback(what, dflt);
    if (!isText(v) || !re.test(v)) {
      this.bad(path, key, `is not a valid ${what}: ${JSON.stringify(v)}`);
      return dflt;
    }
    return v;
  }

  code(ext: Json | null, key: string, path: string, dflt: string): string {
    return this.pattern(ext, key, path, CODE, dflt, 'curriculum code');
  }

  nullableCode(ext: Json | null, key: string, path: string): string | null {
    if (ext === null || ext[key] === null || ext[key] === undefined) return null;
    return this.pattern(ext, key, path, CODE, '', 'elective group code');
  }

  codes(ext: Json, key: string, path: string): string[] {
    const v = ext[key] as unknown[];
    return v.flatMap((c, k) => {
      if (isText(c)) return [c];
      this.bad(path, `${key}[${k}]`, 'must be a unit code');
      return [];
    });
  }

  language(ext: Json | null, key: string, path: string, dflt: string): string {
    return this.pattern(ext, key, path, LANGUAGE_CODE, dflt, 'language');
  }

  languages(ext: Json | null, path: string, primary: string): string[] {
    const v = ext?.['languages'];
    if (ext === null || v === undefined) return [primary];
    if (
      !Array.isArray(v) ||
      v.length === 0 ||
      v.length > LIMITS.curriculum.languages.max ||
      !v.every((l) => isText(l) && LANGUAGE_CODE.test(l))
    ) {
      this.bad(path, 'languages', 'must be a list of 1 to 30 language codes');
      return [primary];
    }
    if (!v.includes(primary))
      this.bad(path, 'languages', `must include the primary language ${primary}`);
    return v as string[];
  }

  localized(
    ext: Json | null,
    key: string,
    path: string,
    primary: string,
    statement: string,
  ): LocalizedText {
    const v = ext?.[key];
    if (ext === null || v === undefined) return statement === '' ? {} : { [primary]: statement };
    if (
      !isObject(v) ||
      !Object.entries(v).every(([l, t]) => LANGUAGE_CODE.test(l) && isText(t) && t.length <= 20000)
    ) {
      this.bad(path, key, 'must map language codes to texts');
      return {};
    }
    const texts = v as Record<string, string>;
    // Edited elsewhere: the CASE statement wins over the stored primary-language text.
    if (statement !== '' && (texts[primary] ?? '').trim() !== '' && texts[primary] !== statement) {
      this.notes.push(
        `${path}.${key}: the ${primary} text differs from the CASE statement; the statement is used`,
      );
      return { ...texts, [primary]: statement };
    }
    return texts;
  }

  enumValue<T extends string>(
    ext: Json | null,
    key: string,
    path: string,
    values: readonly T[],
    dflt: T,
    what: string,
  ): T {
    const v = ext?.[key];
    if (ext === null || v === undefined)
      return dflt === 'knowledge' ? this.fallback(what, dflt) : dflt;
    if (!values.includes(v as T)) {
      this.bad(path, key, `must be one of ${values.join(', ')}`);
      return dflt;
    }
    return v as T;
  }

  enumList<T extends string>(
    ext: Json | null,
    key: string,
    path: string,
    values: readonly T[],
  ): T[] {
    const v = ext?.[key];
    if (ext === null || v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => values.includes(x as T))) {
      this.bad(path, key, `must be a list of ${values.join(', ')}`);
      return [];
    }
    return [...new Set(v as T[])];
  }

  esco(ext: Json | null, key: string, path: string): EscoReference | null {
    const v = ext?.[key];
    if (ext === null || v === undefined || v === null) return null;
    if (
      !isObject(v) ||
      !isText(v['uri']) ||
      !/^http:\/\/data\.europa\.eu\/esco\//.test(v['uri']) ||
      !isObject(v['label'])
    ) {
      this.bad(path, key, 'must be an ESCO reference { uri, label }');
      return null;
    }
    return { uri: v['uri'], label: this.localized(v, 'label', `${path}.${key}`, '', '') };
  }

  escoList(ext: Json | null, key: string, path: string): EscoReference[] {
    const v = ext?.[key];
    if (ext === null || v === undefined) return [];
    const { max } = LIMITS.unit.escoSkills;
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, key, `must be a list of at most ${max} ESCO references`);
      return [];
    }
    return v.flatMap((_, k) => this.esco(v as unknown as Json, String(k), `${path}.${key}`) ?? []);
  }

  thresholds(ext: Json | null, path: string): RuleThresholds {
    const v = ext?.['thresholds'];
    if (ext === null || v === undefined) return DEFAULT_THRESHOLDS;
    if (!isObject(v)) {
      this.bad(path, 'thresholds', 'must be an object');
      return DEFAULT_THRESHOLDS;
    }
    const p = `${path}.thresholds`;
    const keys = Object.keys(LIMITS.thresholds) as (keyof RuleThresholds)[];
    return Object.fromEntries(
      keys.map((key) => [
        key,
        this.number(v, key, p, LIMITS.thresholds[key], DEFAULT_THRESHOLDS[key]),
      ]),
    ) as unknown as RuleThresholds;
  }

  electiveGroups(ext: Json | null, path: string, primary: string): ElectiveGroup[] {
    const v = ext?.['electiveGroups'];
    if (ext === null || v === undefined) return [];
    const { max } = LIMITS.curriculum.electiveGroups;
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, 'electiveGroups', `must be a list of at most ${max} groups`);
      return [];
    }
    return v.flatMap((g: unknown, i) => {
      const p = `${path}.electiveGroups[${i}]`;
      if (!isObject(g)) {
        this.problems.push({ path: p, message: 'must be an object' });
        return [];
      }
      return [
        {
          code: this.pattern(g, 'code', p, CODE, 'G', 'group code'),
          title: this.localized(g, 'title', p, primary, ''),
          pointsRequired: this.number(
            g,
            'pointsRequired',
            p,
            LIMITS.electiveGroup.pointsRequired,
            0,
          ),
        },
      ];
    });
  }

  periods(
    ext: Json | null,
    path: string,
    primary: string,
    units: readonly ContentUnit[],
  ): ContentWorkBasedLearning[] {
    const v = ext?.['workBasedLearning'];
    if (ext === null || v === undefined) return [];
    if (!Array.isArray(v) || v.length > 500) {
      this.bad(path, 'workBasedLearning', 'must be a list of at most 500 periods');
      return [];
    }
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const W = LIMITS.workBasedLearning;
    return v.flatMap((w: unknown, i) => {
      const p = `${path}.workBasedLearning[${i}]`;
      if (!isObject(w)) {
        this.problems.push({ path: p, message: 'must be an object' });
        return [];
      }
      const unitCodes = Array.isArray(w['unitCodes']) ? this.codes(w, 'unitCodes', p) : [];
      unitCodes.forEach((code, k) => {
        if (!byCode.has(code)) this.bad(p, `unitCodes[${k}]`, `no unit has the code ${code}`);
      });
      const refs = Array.isArray(w['outcomeRefs']) ? (w['outcomeRefs'] as unknown[]) : [];
      const outcomeRefs = refs.flatMap((r, k) => {
        const unit = isObject(r) && isText(r['unitCode']) ? byCode.get(r['unitCode']) : undefined;
        const index = isObject(r) ? r['index'] : undefined;
        if (
          unit === undefined ||
          !Number.isInteger(index) ||
          (index as number) < 0 ||
          (index as number) >= unit.outcomes.length
        ) {
          this.bad(
            p,
            `outcomeRefs[${k}]`,
            'must name a unit code and the index of one of its outcomes',
          );
          return [];
        }
        return [{ unitCode: unit.code, index: index as number }];
      });
      return [
        {
          title: this.localized(w, 'title', p, primary, ''),
          year: this.number(w, 'year', p, W.year, 1),
          term: this.nullableNumber(w, 'term', p, W.term),
          durationHours: this.number(w, 'durationHours', p, W.durationHours, 1),
          companyProfile: this.localized(w, 'companyProfile', p, primary, ''),
          mentorRole: this.localized(w, 'mentorRole', p, primary, ''),
          unitCodes,
          outcomeRefs,
          assessment: this.localized(w, 'assessment', p, primary, ''),
        },
      ];
    });
  }
}
