import {
  canonicalJson,
  type CaseOrigin,
  type ContentOutcome,
  type ContentUnit,
  type CurriculumContent,
  UNIT_EXTENT_FIELDS,
  withChoiceRule,
} from '@curriculum-builder/curriculum';
import { createHash } from 'node:crypto';
import { isObject, isText, type Json } from './case-json';
import { EXTENSION_KEY, keywordFacts, OUTCOME_ITEM_TYPE, UNIT_ITEM_TYPE } from './case-package';

/**
 * CASE identity through import and export (issue #16): what an import keeps of each record as its
 * `CaseOrigin`, and how an export gives it back — the same identifiers and URIs, foreign codes,
 * types, languages and fields, the associations' identities, and `lastChangeDateTime` of every
 * record whose content has not changed since.
 */

/** A short fingerprint of the product's content of a record (changed content = another one). */
function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex').slice(0, 24);
}

/*
 * Fingerprints are taken of the content as it was before fields were added (ADR 0015): an added
 * field counts only where it is not at its default, so that a record imported earlier and left
 * unchanged keeps its fingerprint — whether or not the file and the store fill in the default.
 */

export const unitFingerprint = ({ outcomes: _o, case: _c, addOn, ...unit }: ContentUnit): string =>
  fingerprint({
    ...Object.fromEntries(
      Object.entries(unit).filter(
        ([key, value]) =>
          !(UNIT_EXTENT_FIELDS as readonly string[]).includes(key) ||
          (value !== null && value !== undefined),
      ),
    ),
    ...(addOn === true && { addOn }),
  });

export const outcomeFingerprint = ({ case: _c, ...outcome }: ContentOutcome): string =>
  fingerprint(outcome);

export const documentFingerprint = ({
  units: _u,
  case: _c,
  requiredLanguages,
  electiveGroups,
  assessmentPlan,
  partialQualifications,
  ...fields
}: CurriculumContent): string => {
  const required = [...new Set([fields.primaryLanguage, ...(requiredLanguages ?? [])])];
  return fingerprint({
    ...fields,
    ...(required.length > 1 && { requiredLanguages: required }),
    ...(assessmentPlan !== undefined && assessmentPlan.length > 0 && { assessmentPlan }),
    ...(partialQualifications !== undefined &&
      partialQualifications.length > 0 && { partialQualifications }),
    electiveGroups: electiveGroups.map((group) => {
      const { rule, unitsRequired, ...rest } = withChoiceRule(group);
      return rule === 'points-at-least' ? rest : { ...rest, rule, unitsRequired };
    }),
  });
};

/** Fields of a record the export writes itself; the rest of a record is kept as it came. */
const WRITTEN = {
  document: [
    'identifier',
    'uri',
    'caseVersion',
    'CFPackageURI',
    'title',
    'lastChangeDateTime',
    'description',
    'language',
    'adoptionStatus',
    'extensions',
  ],
  item: [
    'identifier',
    'uri',
    'CFDocumentURI',
    'fullStatement',
    'humanCodingScheme',
    'lastChangeDateTime',
    'extensions',
  ],
  association: [
    'identifier',
    'uri',
    'CFDocumentURI',
    'associationType',
    'originNodeURI',
    'destinationNodeURI',
    'sequenceNumber',
    'lastChangeDateTime',
  ],
  package: ['CFDocument', 'CFItems', 'CFAssociations'],
} as const;

/** The members of `record` not in `written`; foreign `extensions` beside ours are kept too. */
function keptFields(record: Json, written: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!written.includes(key)) kept[key] = value;
  const extensions = record['extensions'];
  if (isObject(extensions)) {
    const { [EXTENSION_KEY]: _ours, ...foreign } = extensions;
    if (Object.keys(foreign).length > 0) kept['extensions'] = foreign;
  }
  return kept;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

const nonEmpty = (fields: Record<string, unknown>) =>
  Object.keys(fields).length > 0 ? fields : undefined;

/** The identity every origin starts from: identifier, uri and change time as the package gave them. */
function identity(record: Json): Pick<CaseOrigin, 'identifier' | 'uri' | 'lastChangeDateTime'> {
  const identifier = String(record['identifier']);
  return {
    identifier,
    uri: isText(record['uri']) && record['uri'] !== '' ? record['uri'] : `urn:uuid:${identifier}`,
    ...optional(
      'lastChangeDateTime',
      isText(record['lastChangeDateTime']) ? record['lastChangeDateTime'] : undefined,
    ),
  };
}

/**
 * The origin of a unit or outcome item: `documentLanguage` and the product's item types are not
 * kept (the export writes them), a foreign type or another language is; a unit's `notes` are its
 * description, an outcome's are kept.
 */
export function itemOrigin(
  item: Json,
  kind: 'unit' | 'outcome',
  options: {
    readonly fingerprint: string;
    readonly documentLanguage: string;
    /** The code the export would write; the package's `humanCodingScheme` is kept if it differs. */
    readonly code: string;
    readonly associations: readonly Json[] | undefined;
  },
): CaseOrigin {
  const fields = keptFields(item, WRITTEN.item);
  if (fields['CFItemType'] === UNIT_ITEM_TYPE || fields['CFItemType'] === OUTCOME_ITEM_TYPE) {
    delete fields['CFItemType'];
    delete fields['CFItemTypeURI'];
  }
  if (
    isText(fields['language']) &&
    fields['language'].trim().toLowerCase() === options.documentLanguage
  )
    delete fields['language'];
  if (kind === 'unit') delete fields['notes'];
  // The keywords and level the export writes for CASE 1.0 tools are derived, not kept.
  if (keywordFacts(item).ours) {
    delete fields['conceptKeywords'];
    delete fields['educationLevel'];
  }
  const hcs = item['humanCodingScheme'];
  // Parsed JSON: every value kept is a CaseValue.
  return {
    ...identity(item),
    fingerprint: options.fingerprint,
    ...optional('humanCodingScheme', isText(hcs) && hcs !== options.code ? hcs : undefined),
    ...optional('fields', nonEmpty(fields)),
    ...optional(
      'associations',
      options.associations === undefined || options.associations.length === 0
        ? undefined
        : options.associations,
    ),
  } as CaseOrigin;
}

/** The origin of the CFDocument, with the package's unmodelled associations and other members. */
export function documentOrigin(
  body: Json,
  doc: Json,
  options: {
    readonly fingerprint: string;
    readonly unmodelled: readonly Json[];
    readonly itemIdentifiers: ReadonlySet<string>;
  },
): CaseOrigin {
  const ends = (a: Json) =>
    ['originNodeURI', 'destinationNodeURI'].flatMap((end) => {
      const link = a[end];
      const id = isObject(link) ? link['identifier'] : undefined;
      return isText(id) && options.itemIdentifiers.has(id) ? [id] : [];
    });
  return {
    ...identity(doc),
    fingerprint: options.fingerprint,
    ...optional('fields', nonEmpty(keptFields(doc, WRITTEN.document))),
    ...optional(
      'unmodelled',
      options.unmodelled.length === 0
        ? undefined
        : options.unmodelled.map((association) => ({ association, inPackage: ends(association) })),
    ),
    ...optional('package', nonEmpty(keptFields(body, WRITTEN.package))),
  } as CaseOrigin;
}

/** What an export writes for a record with this origin: its members, then what was kept. */
export function withKept<T extends object>(written: T, origin: CaseOrigin | null | undefined): T {
  const fields = origin?.fields;
  if (fields === undefined) return written;
  const { extensions, ...rest } = fields;
  const merged: Record<string, unknown> = { ...written, ...rest };
  const ours = (written as { extensions?: Record<string, unknown> }).extensions;
  if (isObject(extensions) && ours !== undefined) merged['extensions'] = { ...extensions, ...ours };
  return merged as T;
}

/** The kept association of `origin` of `type` towards `destination`, if the package had it. */
export function keptAssociation(
  origin: CaseOrigin | null | undefined,
  type: string,
  destination: string,
): Json | undefined {
  return origin?.associations?.find((a) => {
    const end = a['destinationNodeURI'];
    return (
      a['associationType'] === type &&
      isObject(end) &&
      isText(end['identifier']) &&
      end['identifier'].toLowerCase() === destination.toLowerCase()
    );
  }) as Json | undefined;
}

/** The members of a kept association the export does not write itself. */
export const keptAssociationFields = (association: Json) =>
  keptFields(association, WRITTEN.association);
