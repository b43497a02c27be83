import {
  outcomeSkillsOf,
  curriculumAsContent,
  staleLanguagesOf,
  type TextOwner,
  type CaseOrigin,
  type ContentLicense,
  type Curriculum,
  type CurriculumContent,
  type CurriculumStatus,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import { caseUuid } from './case-ids';
import { isText } from './case-json';
import {
  documentFingerprint,
  keptAssociation,
  keptAssociationFields,
  outcomeFingerprint,
  unitFingerprint,
  withKept,
} from './case-origin';
import {
  CaseAssociation,
  CaseItem,
  CaseItemType,
  CaseLicense,
  CaseLink,
  CasePackage,
  EXTENSION_KEY,
  EXTENSION_VERSION,
  levelKeyword,
  unitKeywords,
  OUTCOME_ITEM_TYPE,
  UNIT_ITEM_TYPE,
} from './case-package';

/** Where a CASE provider serves each kind of record (`/ims/case/v1p1/<kind>/<identifier>`). */
export type CaseRecordKind = 'CFDocuments' | 'CFItems' | 'CFAssociations' | 'CFItemTypes';

/** The CASE versions the export writes: 1.1 (strict, the default) and 1.0 for older tools. */
export const CASE_VERSIONS = ['1.1', '1.0'] as const;
export type CaseVersion = (typeof CASE_VERSIONS)[number];

/** When the product's item types and licences were defined (their definitions never change). */
const ITEM_TYPES_DEFINED = '2026-01-01T00:00:00+00:00';

const ADOPTION_STATUS: Record<CurriculumStatus, string> = {
  draft: 'Draft',
  'in-review': 'Draft',
  'changes-requested': 'Draft',
  approved: 'Draft',
  published: 'Adopted',
  archived: 'Deprecated',
};

/** The text in `language`, else the first non-empty one. */
function text(value: LocalizedText, language: string): string {
  const preferred = value[language];
  if (preferred !== undefined && preferred.trim() !== '') return preferred;
  return Object.values(value).find((t) => t.trim() !== '') ?? '';
}

export interface CaseExportInput {
  readonly curriculum: Curriculum;
  readonly creator: string;
  /** `1.1` (default): strict CASE 1.1 with CFDefinitions; `1.0`: CASE 1.0 without extensions. */
  readonly version?: CaseVersion;
  /**
   * Where this product answers as a CASE provider (its public URL): every `uri` is then
   * `<base>/ims/case/v1p1/<kind>/<identifier>`, resolvable; without one, `urn:uuid:<identifier>`.
   */
  readonly baseUrl?: string;
  /** The licence the curriculum is published under: `licenseURI` and its CFLicense definition. */
  readonly license?: ContentLicense;
}

/** The `uri` of a record: resolvable under the provider's base URL, else the URN of its UUID. */
export function caseUri(
  kind: CaseRecordKind,
  identifier: string,
  baseUrl: string | undefined,
): string {
  return baseUrl === undefined
    ? `urn:uuid:${identifier}`
    : `${baseUrl}/ims/case/v1p1/${kind}/${identifier}`;
}

/**
 * A curriculum as a CASE CFPackage: the curriculum is the CFDocument, units are CFItems of type
 * "Unit" `isChildOf` the document, outcomes CFItems `isChildOf` their unit, order as
 * `sequenceNumber`, prerequisites as `precedes`. In CASE 1.1 (the default) everything CASE has no
 * field for (ECVET points, EQF, year and term, elective groups, areas, assessment, every language,
 * WBL periods, thresholds, ESCO links) is kept in `extensions.curriculumBuilder`, so that an import
 * restores it all, and `CFDefinitions` define the two item types and the ESCO occupation as the
 * subject. CASE 1.0 has no `extensions`: it carries what CASE itself describes, with the 1.0 links
 * to the document (`CFDocumentURI`, `CFPackageURI`), for older tools.
 */
export function buildCasePackage({
  curriculum,
  creator,
  version = '1.1',
  baseUrl,
  license,
}: CaseExportInput): CasePackage {
  const v11 = version === '1.1';
  const uri = (kind: CaseRecordKind, identifier: string) => caseUri(kind, identifier, baseUrl);
  /** A record's identity: the one it was imported with, else derived from its id (made here). */
  const identify = (
    kind: CaseRecordKind,
    record: { readonly id: string; readonly case?: CaseOrigin | null },
  ) => {
    const own = caseUuid(record.id);
    const origin = record.case ?? undefined;
    return origin === undefined || origin.identifier.toLowerCase() === own
      ? { identifier: origin?.identifier ?? own, uri: uri(kind, origin?.identifier ?? own) }
      : { identifier: origin.identifier, uri: origin.uri };
  };
  /**
   * The languages in which a translation of the owners' texts needs review (ADR 0025), as a field
   * of our extension (an import reads past it: the records come with the texts' history, not here).
   */
  const toReview = (...owners: [TextOwner, string | null][]) => {
    const languages = [
      ...new Set(
        owners.flatMap(([owner, id]) => staleLanguagesOf(curriculum.staleTranslations, owner, id)),
      ),
    ].sort();
    return languages.length === 0 ? {} : { translationsToReview: languages };
  };
  const definedTypes = caseItemTypes(baseUrl);
  const itemTypes = { unit: linkTo(definedTypes.unit), outcome: linkTo(definedTypes.outcome) };
  const content: CurriculumContent = curriculumAsContent(curriculum);
  const lang = curriculum.primaryLanguage;
  const changed = new Date(curriculum.updatedAt).toISOString();
  /** The time an origin recorded, while the record's content is what was imported. */
  const changedAt = (origin: CaseOrigin | null | undefined, fingerprint: () => string) =>
    origin?.lastChangeDateTime !== undefined && origin.fingerprint === fingerprint()
      ? origin.lastChangeDateTime
      : changed;
  const documentIdentity = identify('CFDocuments', curriculum);
  const documentLink: CaseLink = { title: text(content.title, lang), ...documentIdentity };
  /** CASE 1.0's link from every item and association to its document (gone in 1.1). */
  const inDocument = v11 ? {} : { CFDocumentURI: documentLink };
  const extended = (fields: Record<string, unknown>) =>
    v11 ? { extensions: { [EXTENSION_KEY]: fields } } : {};
  const { units, workBasedLearning, ...fields } = content;
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const unitLinks = new Map<string, { link: CaseLink; origin: CaseOrigin | undefined }>();
  const association = (
    type: CaseAssociation['associationType'],
    origin: { link: CaseLink; origin: CaseOrigin | undefined },
    destination: CaseLink,
    sequenceNumber?: number,
  ) => {
    const kept = keptAssociation(origin.origin, type, destination.identifier);
    const identifier =
      kept === undefined
        ? caseUuid(`${curriculum.id}:${type}:${origin.link.identifier}:${destination.identifier}`)
        : String(kept['identifier']);
    const same = kept !== undefined && kept['sequenceNumber'] === sequenceNumber;
    associations.push({
      identifier,
      uri:
        kept !== undefined && isText(kept['uri']) ? kept['uri'] : uri('CFAssociations', identifier),
      ...inDocument,
      associationType: type,
      originNodeURI: same ? (kept['originNodeURI'] as CaseLink) : origin.link,
      destinationNodeURI: same ? (kept['destinationNodeURI'] as CaseLink) : destination,
      ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
      lastChangeDateTime:
        same && isText(kept['lastChangeDateTime']) ? kept['lastChangeDateTime'] : changed,
      ...(kept === undefined ? {} : keptAssociationFields(kept)),
    });
  };
  /** An item's language: the one it was imported in where that differs, else the curriculum's. */
  const languageOf = (origin: CaseOrigin | undefined) => {
    const stated = origin?.fields?.['language'];
    return isText(stated) ? stated : lang;
  };

  const unitSequence = sequenceNumbers(
    curriculum.units.map((unit) =>
      keptAssociation(unit.case, 'isChildOf', documentLink.identifier),
    ),
  );
  units.forEach((unit, u) => {
    const stored = curriculum.units[u];
    const origin = stored.case ?? undefined;
    const link: CaseLink = { title: unit.code, ...identify('CFItems', stored) };
    unitLinks.set(unit.code, { link, origin });
    const itemLanguage = languageOf(origin);
    const description = text(unit.description, itemLanguage);
    const { outcomes, ...unitFields } = unit;
    items.push(
      withKept(
        {
          identifier: link.identifier,
          uri: link.uri,
          ...inDocument,
          fullStatement: text(unit.title, itemLanguage),
          humanCodingScheme: origin?.humanCodingScheme ?? unit.code,
          CFItemType: UNIT_ITEM_TYPE,
          ...(v11 ? { CFItemTypeURI: itemTypes.unit } : {}),
          language: itemLanguage,
          ...(description === '' ? {} : { notes: description }),
          // What a CASE 1.0 tool can read without the extension.
          conceptKeywords: unitKeywords(
            unit.ecvetPoints,
            unit.eqfLevel,
            unit.addOn === true ? 'add-on' : unit.mandatory ? 'mandatory' : 'elective',
          ),
          educationLevel: [levelKeyword(unit.eqfLevel)],
          lastChangeDateTime: changedAt(origin, () => unitFingerprint(unit)),
          ...extended({
            kind: 'unit',
            ...unitFields,
            ...guesses(origin),
            ...toReview(['unit', stored.id]),
          }),
        },
        origin,
      ),
    );
    association('isChildOf', { link, origin }, documentLink, unitSequence[u]);
    // A unit adopted from the shared library (ADR 0029) points to the unit it was published
    // from: the same as it is, related once adapted.
    const provenance = stored.provenance;
    if (provenance) {
      const source = caseUuid(provenance.source.unitId);
      association(
        provenance.adapted ? 'isRelatedTo' : 'exactMatchOf',
        { link, origin },
        { title: provenance.attribution, identifier: source, uri: uri('CFItems', source) },
      );
    }
    const outcomeSequence = sequenceNumbers(
      stored.outcomes.map((outcome) => keptAssociation(outcome.case, 'isChildOf', link.identifier)),
    );
    outcomes.forEach((outcome, k) => {
      const storedOutcome = stored.outcomes[k];
      const outcomeOrigin = storedOutcome.case ?? undefined;
      const code = `${unit.code}.${k + 1}`;
      const outcomeLink: CaseLink = { title: code, ...identify('CFItems', storedOutcome) };
      const outcomeLanguage = languageOf(outcomeOrigin);
      items.push(
        withKept(
          {
            identifier: outcomeLink.identifier,
            uri: outcomeLink.uri,
            ...inDocument,
            fullStatement: text(outcome.text, outcomeLanguage),
            humanCodingScheme: outcomeOrigin?.humanCodingScheme ?? code,
            CFItemType: OUTCOME_ITEM_TYPE,
            ...(v11 ? { CFItemTypeURI: itemTypes.outcome } : {}),
            language: outcomeLanguage,
            conceptKeywords: [outcome.category],
            lastChangeDateTime: changedAt(outcomeOrigin, () => outcomeFingerprint(outcome)),
            ...extended({
              kind: 'outcome',
              category: outcome.category,
              text: outcome.text,
              ...(Object.keys(outcome.criteria ?? {}).length > 0 && { criteria: outcome.criteria }),
              escoSkills: outcomeSkillsOf(outcome),
              // The main skill alone, for readers of packages before several skills.
              escoSkill: outcomeSkillsOf(outcome)[0] ?? null,
              ...guesses(outcomeOrigin),
              ...toReview(['outcome', storedOutcome.id]),
            }),
          },
          outcomeOrigin,
        ),
      );
      association(
        'isChildOf',
        { link: outcomeLink, origin: outcomeOrigin },
        link,
        outcomeSequence[k],
      );
    });
  });
  for (const unit of units) {
    for (const code of unit.prerequisiteCodes) {
      const before = unitLinks.get(code);
      const after = unitLinks.get(unit.code);
      if (before === undefined || after === undefined) continue;
      // Order means nothing between prerequisites: a number the package gave is kept.
      const kept = keptAssociation(before.origin, 'precedes', after.link.identifier)?.[
        'sequenceNumber'
      ];
      association(
        'precedes',
        before,
        after.link,
        Number.isSafeInteger(kept) ? (kept as number) : undefined,
      );
    }
  }
  const kept = curriculum.case ?? undefined;
  // A package this product exported and imported back: its creator and version are ours, now.
  const origin =
    kept?.fields === undefined || kept.identifier.toLowerCase() !== caseUuid(curriculum.id)
      ? kept
      : { ...kept, fields: omit(kept.fields, ['creator', 'version']) };
  // Associations of the package a curriculum does not model, while their ends still exist.
  const present = new Set([documentLink.identifier, ...items.map((item) => item.identifier)]);
  for (const { association: kept, inPackage } of origin?.unmodelled ?? [])
    if (inPackage.every((id) => present.has(id)))
      associations.push(kept as unknown as CaseAssociation);

  const description = text(content.description, lang);
  const occupation = content.occupation;
  const subject =
    occupation === null || occupation === undefined
      ? null
      : {
          identifier: caseUuid(occupation.uri),
          uri: occupation.uri,
          title: text(occupation.label, lang) || occupation.uri,
        };
  const { CFDefinitions: keptDefinitions, ...keptPackage } = origin?.package ?? {};
  const licensed = license === undefined ? null : caseLicense(license);
  const definitions = mergeDefinitions(
    {
      CFItemTypes: [definedTypes.unit, definedTypes.outcome],
      ...(licensed === null ? {} : { CFLicenses: [licensed] }),
      ...(subject === null
        ? {}
        : {
            CFSubjects: [
              { ...subject, hierarchyCode: 'ESCO occupation', lastChangeDateTime: changed },
            ],
          }),
    },
    keptDefinitions,
  );
  const documentSubject =
    subject === null ? {} : { subject: [subject.title], subjectURI: [subject] };
  return {
    CFDocument: {
      ...withKept(
        {
          identifier: documentLink.identifier,
          uri: documentLink.uri,
          ...(v11
            ? { caseVersion: '1.1' as const }
            : { CFPackageURI: { ...documentLink, uri: `${documentLink.uri}#package` } }),
          creator,
          title: documentLink.title,
          lastChangeDateTime: changedAt(origin, () => documentFingerprint(content)),
          ...(description === '' ? {} : { description }),
          ...documentSubject,
          language: lang,
          ...(licensed === null ? {} : { licenseURI: linkTo(licensed) }),
          version: String(curriculum.version),
          adoptionStatus: ADOPTION_STATUS[curriculum.status],
          ...extended({
            version: EXTENSION_VERSION,
            ...fields,
            workBasedLearning,
            ...guesses(origin),
            ...toReview(
              ['curriculum', null],
              ...curriculum.electiveGroups.map((g): [TextOwner, string] => ['group', g.code]),
              ...curriculum.assessmentPlan.map((p): [TextOwner, string] => ['part', p.code]),
              ...(curriculum.partialQualifications ?? []).map((p): [TextOwner, string] => [
                'partial',
                p.code,
              ]),
              ...curriculum.workBasedLearning.map((p): [TextOwner, string] => ['wbl', p.id]),
            ),
          }),
        },
        origin,
      ),
      // The occupation as it is now, whatever subject the package once named.
      ...documentSubject,
    },
    CFItems: items,
    CFAssociations: associations,
    ...(v11 ? { CFDefinitions: definitions } : {}),
    ...keptPackage,
  };
}

/** The fields of a record that are still an import's defaults, so that an import keeps them guesses. */
const guesses = (origin: CaseOrigin | null | undefined) =>
  origin?.defaults === undefined ? {} : { defaults: origin.defaults };

const omit = <T extends object>(record: T, keys: readonly string[]): T =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key))) as T;

/**
 * The sequence numbers of siblings in their order: those the package gave, while they still rise
 * in this order (none, where it gave none to any of them), else 1, 2, 3 …
 */
function sequenceNumbers(
  kept: readonly (Record<string, unknown> | undefined)[],
): (number | undefined)[] {
  const given = kept.map((a) => a?.['sequenceNumber']);
  if (kept.every((a) => a !== undefined) && given.every((n) => n === undefined))
    return given as undefined[];
  const rising = given.every(
    (n, i) => Number.isSafeInteger(n) && (i === 0 || (n as number) > (given[i - 1] as number)),
  );
  return rising ? (given as number[]) : given.map((_, i) => i + 1);
}

/** The product's definitions, then those a package brought that the product does not define. */
function mergeDefinitions(
  ours: Readonly<Record<string, readonly object[] | undefined>>,
  kept: unknown,
): NonNullable<CasePackage['CFDefinitions']> {
  const identifierOf = (d: unknown) =>
    typeof d === 'object' && d !== null ? (d as { identifier?: unknown }).identifier : undefined;
  const merged: Record<string, unknown[]> = {};
  for (const [key, list] of Object.entries(ours)) if (list !== undefined) merged[key] = [...list];
  if (typeof kept === 'object' && kept !== null)
    for (const [key, list] of Object.entries(kept)) {
      if (!Array.isArray(list)) continue;
      const known = new Set((merged[key] ?? []).map(identifierOf));
      merged[key] = [...(merged[key] ?? []), ...list.filter((d) => !known.has(identifierOf(d)))];
    }
  return merged as unknown as NonNullable<CasePackage['CFDefinitions']>;
}

/** A licence as a CASE CFLicense (the same record for every curriculum under it). */
function caseLicense(license: ContentLicense): CaseLicense {
  return {
    identifier: caseUuid(`license:${license.id}`),
    uri: license.uri,
    title: license.title,
    licenseText: `${license.title} (${license.id}): ${license.uri}`,
    lastChangeDateTime: ITEM_TYPES_DEFINED,
  };
}

/** The link to a record: its title, identifier and uri alone (CASE's LinkURI). */
const linkTo = ({ title, identifier, uri }: CaseLink): CaseLink => ({ title, identifier, uri });

/**
 * The product's two item types (`CFDefinitions.CFItemTypes` of every 1.1 package, and the records
 * the provider API serves at `CFItemTypes/{identifier}`): the same for every curriculum.
 */
export function caseItemTypes(baseUrl: string | undefined): {
  unit: CaseItemType;
  outcome: CaseItemType;
} {
  const define = (title: string, hierarchyCode: string, typeCode: string, description: string) => {
    const identifier = caseUuid(`item-type:${title}`);
    return {
      title,
      identifier,
      uri: caseUri('CFItemTypes', identifier, baseUrl),
      description,
      hierarchyCode,
      typeCode,
      lastChangeDateTime: ITEM_TYPES_DEFINED,
    };
  };
  return {
    unit: define(
      UNIT_ITEM_TYPE,
      '1',
      'unit',
      'A unit of learning outcomes (ECVET): a set of knowledge, skills and responsibility and autonomy that can be assessed and validated.',
    ),
    outcome: define(
      OUTCOME_ITEM_TYPE,
      '2',
      'learning-outcome',
      'A learning outcome of a unit: what a learner knows, understands and is able to do (knowledge, skill, or responsibility and autonomy).',
    ),
  };
}
