import {
  contentProblems,
  type CaseOrigin,
  ISCED_F_PATTERN,
  LANGUAGE_PATTERN,
  LIMITS,
  PROGRAMME_FORMS,
  splitContentPath,
  type CurriculumContent,
  type FieldError,
  msg,
} from '@curriculum-builder/curriculum';
import { EXTENSION_KEY } from './case-package';
import { isObject, isText, type Json, type Node } from './case-json';
import {
  documentFingerprint,
  documentOrigin,
  itemOrigin,
  outcomeFingerprint,
  unitFingerprint,
} from './case-origin';
import { Reader } from './case-reader';
import { readStructure, type CaseStructure } from './case-structure';
import { readUnits } from './case-units';

export { MAX_ASSOCIATIONS, MAX_ITEMS } from './case-structure';

/** An ISCED-F code, or empty: not known yet (as a foreign package left it). */
const ISCED_F_OR_UNKNOWN = new RegExp(`^$|${ISCED_F_PATTERN.source}`);

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
  /**
   * Each value the package did not state and a default stood in for (an ECVET point count, an EQF
   * level, an outcome's category …), at its path: the teacher checks them before confirming.
   */
  readonly warnings: readonly FieldError[];
}

/**
 * Fields of a package this import reads (or that only identify and date a node); anything else a
 * package holds has no counterpart in a curriculum yet and is reported, never dropped unnoted.
 */
const READ_FIELDS = {
  package: ['CFDocument', 'CFItems', 'CFAssociations', 'extensions'],
  document: [
    'identifier',
    'uri',
    'CFPackageURI',
    'title',
    'description',
    'language',
    'extensions',
    'lastChangeDateTime',
    'creator',
    'version',
    'adoptionStatus',
  ],
  item: [
    'identifier',
    'uri',
    'CFDocumentURI',
    'fullStatement',
    'humanCodingScheme',
    'CFItemType',
    'CFItemTypeURI',
    'language',
    'notes',
    'extensions',
    'lastChangeDateTime',
  ],
} as const;

/** One note per field a package holds that the import does not keep, with how often. */
function unreadFields(body: Json, doc: Json, items: readonly Json[]): string[] {
  const notes: string[] = [];
  const unread = (where: string, objects: readonly Json[], read: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const object of objects)
      for (const key of Object.keys(object))
        if (!read.includes(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, n] of counts)
      notes.push(
        `${where}.${key}${objects.length > 1 ? ` (${n} of ${objects.length})` : ''} has no field in a curriculum: it is kept as it came and given back by the CASE export`,
      );
  };
  unread('package', [body], READ_FIELDS.package);
  unread('CFDocument', [doc], READ_FIELDS.document);
  unread('CFItems[*]', items, READ_FIELDS.item);
  return notes;
}

/**
 * `content` with the CASE identity of every record (document, units, outcomes): identifiers, URIs,
 * foreign codes and fields, the associations, and fingerprints that tell later whether it changed.
 */
function withCaseOrigins(
  content: CurriculumContent,
  body: Json,
  structure: CaseStructure,
  units: readonly { readonly node: Node }[],
  outcomeNodes: readonly (readonly Node[])[],
  /** The fields of an item (the document: null) that the import filled with a default. */
  defaultsOf: (node: Node | null) => readonly string[],
): CurriculumContent {
  const guessed = (origin: CaseOrigin, fields: readonly string[]): CaseOrigin =>
    fields.length === 0 ? origin : { ...origin, defaults: [...new Set(fields)] };
  const language = content.primaryLanguage;
  const associationsOf = (node: Node) => structure.modelledByOrigin.get(node.id);
  const withUnits: CurriculumContent = {
    ...content,
    units: content.units.map((unit, u) => {
      const node = units[u].node;
      return {
        ...unit,
        case: guessed(
          itemOrigin(node.item, 'unit', {
            fingerprint: unitFingerprint(unit),
            documentLanguage: language,
            code: unit.code,
            associations: associationsOf(node),
          }),
          defaultsOf(node),
        ),
        outcomes: unit.outcomes.map((outcome, k) => ({
          ...outcome,
          case: guessed(
            itemOrigin(outcomeNodes[u][k].item, 'outcome', {
              fingerprint: outcomeFingerprint(outcome),
              documentLanguage: language,
              code: `${unit.code}.${k + 1}`,
              associations: associationsOf(outcomeNodes[u][k]),
            }),
            defaultsOf(outcomeNodes[u][k]),
          ),
        })),
      };
    }),
  };
  return {
    ...withUnits,
    case: guessed(
      documentOrigin(body, structure.doc, {
        fingerprint: documentFingerprint(content),
        unmodelled: structure.unmodelled,
        itemIdentifiers: new Set(structure.nodes.keys()),
      }),
      defaultsOf(null),
    ),
  };
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
  notes.push(
    ...unreadFields(
      body as Json,
      doc,
      [...nodes.values()].map((node) => node.item),
    ),
  );
  // The curriculum level.
  const docExt = isObject(doc['extensions']) ? doc['extensions'][EXTENSION_KEY] : undefined;
  const own = isObject(docExt) ? docExt : null;
  const dpath = `CFDocument.extensions.${EXTENSION_KEY}`;
  const read = new Reader(problems, notes);
  // Values an earlier import guessed stay guesses through an export and this import.
  read.stillGuessed(own, dpath);
  for (const node of nodes.values())
    read.stillGuessed(node.ext, `${node.path}.extensions.${EXTENSION_KEY}`);
  const docLanguage = isText(doc['language']) ? doc['language'].trim().toLowerCase() : '';
  const primaryLanguage = read.language(
    own,
    'primaryLanguage',
    dpath,
    LANGUAGE_PATTERN.test(docLanguage) ? docLanguage : 'en',
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
    msg`EQF level`,
  );
  const { units, outcomeNodes, flattened, unitCodeOf, itemLanguages } = readUnits(
    children.get(documentId) ?? [],
    children,
    read,
    notes,
    primaryLanguage,
    curriculumEqf,
  );
  if (units.length === 0) {
    problem(
      'CFItems',
      msg`no item hangs below the CFDocument (by isChildOf or isPartOf): the import would create an empty curriculum`,
    );
    return fail();
  }
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
          msg`no unit has the code ${code} (unit ${u + 1})`,
        );
    }),
  );

  // Texts are kept in the language their item states; that language joins the curriculum's.
  for (const language of itemLanguages) {
    if (!languages.includes(language)) {
      languages.push(language);
      notes.push(
        `CFItems: items state the language "${language}"; their texts are kept in it and "${language}" is added to the curriculum's languages`,
      );
    }
  }
  const sumPoints = units.reduce((sum, unit) => sum + unit.ecvetPoints, 0);
  const C = LIMITS.curriculum;
  const durationMonths = read.number(
    own,
    'durationMonths',
    dpath,
    C.durationMonths,
    12,
    msg`duration`,
  );
  const thresholds = read.thresholds(own, dpath);
  const electiveGroups = read.electiveGroups(own, dpath, primaryLanguage);
  const workBasedLearning = read.periods(own, dpath, primaryLanguage, units);
  const assessmentPlan = read.assessmentPlan(own, dpath, primaryLanguage, units);
  const partialQualifications = read.partialQualifications(own, dpath, primaryLanguage, units);
  const docIdentifier = documentId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  const content: CurriculumContent = {
    code: read.code(own, 'code', dpath, `CASE-${docIdentifier || 'IMPORT'}`),
    qualificationCode: read.nullableCode(own, 'qualificationCode', dpath),
    title,
    description: localized(
      own,
      'description',
      dpath,
      isText(doc['description']) ? doc['description'] : '',
    ),
    eqfLevel: curriculumEqf,
    nqfLevel: read.nullableNumber(own, 'nqfLevel', dpath, C.nqfLevel),
    // Unknown stays unknown: no invented field of education that an ELM export would state as a
    // fact (ELM then asks for it by name).
    iscedFCode: read.pattern(own, 'iscedFCode', dpath, ISCED_F_OR_UNKNOWN, '', msg`ISCED-F code`),
    occupation: read.esco(own, 'occupation', dpath),
    durationMonths,
    referenceDurationMonths: read.number(
      own,
      'referenceDurationMonths',
      dpath,
      C.referenceDurationMonths,
      durationMonths,
      msg`reference duration`,
    ),
    programmeForm: read.enumValue(
      own,
      'programmeForm',
      dpath,
      PROGRAMME_FORMS,
      'school-based',
      msg`form of study`,
    ),
    intensity: read.number(own, 'intensity', dpath, C.intensity, 1, msg`intensity`),
    fullTime: read.bool(own, 'fullTime', dpath, true),
    ecvetPoints: read.number(
      own,
      'ecvetPoints',
      dpath,
      C.ecvetPoints,
      Math.min(C.ecvetPoints.max, Math.max(C.ecvetPoints.min, sumPoints || 60)),
      msg`ECVET points`,
    ),
    primaryLanguage,
    languages,
    requiredLanguages: read.requiredLanguages(own, dpath, languages),
    electiveGroups,
    assessmentPlan,
    partialQualifications,
    thresholds,
    units: units.map((unit) => {
      const { node, ...rest } = unit;
      void node;
      return rest;
    }),
    workBasedLearning,
  };
  if (problems.length > 0) return fail();
  const identified = withCaseOrigins(
    content,
    body as Json,
    structure,
    units,
    outcomeNodes,
    (node) => read.defaultedAt(node === null ? dpath : `${node.path}.extensions.${EXTENSION_KEY}`),
  );
  // Then the whole content against the limits the API's requests apply, as every import is.
  const recordPath = (record: string): string => {
    const [u, o] = [...record.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (record.startsWith('units[')) {
      const node = o === undefined ? units[u].node : outcomeNodes[u][o];
      return node.ext === null ? node.path : `${node.path}.extensions.${EXTENSION_KEY}`;
    }
    return record === '' ? dpath : `${dpath}.${record}`;
  };
  for (const { path, message } of contentProblems(identified)) {
    const { record, field } = splitContentPath(path);
    problem(`${recordPath(record)}${field === '' ? '' : `.${field}`}`, message);
  }
  if (problems.length > 0) return fail();
  return {
    ok: true,
    result: {
      content: identified,
      report: {
        items: nodes.size,
        associations: structure.associations,
        units: content.units.length,
        outcomes: content.units.reduce((n, unit) => n + unit.outcomes.length, 0),
        restoredFromExtensions: own !== null,
        flattened,
        notes: [...notes, ...read.defaults()],
        warnings: read.defaultsUsed(),
      },
    },
  };
}
