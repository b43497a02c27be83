import {
  curriculumAsContent,
  type Curriculum,
  type CurriculumContent,
  type CurriculumStatus,
  type LocalizedText,
} from '@curriculum-builder/curriculum';
import { caseUuid } from './case-ids';
import {
  CaseAssociation,
  CaseItem,
  CaseItemType,
  CaseLink,
  CasePackage,
  EXTENSION_KEY,
  EXTENSION_VERSION,
  OUTCOME_ITEM_TYPE,
  UNIT_ITEM_TYPE,
} from './case-package';

/** Where a CASE provider serves each kind of record (`/ims/case/v1p1/<kind>/<identifier>`). */
export type CaseRecordKind = 'CFDocuments' | 'CFItems' | 'CFAssociations' | 'CFItemTypes';

/** The CASE versions the export writes: 1.1 (strict, the default) and 1.0 for older tools. */
export const CASE_VERSIONS = ['1.1', '1.0'] as const;
export type CaseVersion = (typeof CASE_VERSIONS)[number];

/** When the two item types of the product were defined (their definitions never change). */
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
}: CaseExportInput): CasePackage {
  const v11 = version === '1.1';
  const uri = (kind: CaseRecordKind, identifier: string) => caseUri(kind, identifier, baseUrl);
  const definedTypes = caseItemTypes(baseUrl);
  const itemTypes = { unit: linkTo(definedTypes.unit), outcome: linkTo(definedTypes.outcome) };
  const content: CurriculumContent = curriculumAsContent(curriculum);
  const lang = curriculum.primaryLanguage;
  const changed = new Date(curriculum.updatedAt).toISOString();
  const documentId = caseUuid(curriculum.id);
  const documentLink: CaseLink = {
    title: text(content.title, lang),
    identifier: documentId,
    uri: uri('CFDocuments', documentId),
  };
  /** CASE 1.0's link from every item and association to its document (gone in 1.1). */
  const inDocument = v11 ? {} : { CFDocumentURI: documentLink };
  const extended = (fields: Record<string, unknown>) =>
    v11 ? { extensions: { [EXTENSION_KEY]: fields } } : {};
  const { units, workBasedLearning, ...fields } = content;
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const unitLinks = new Map<string, CaseLink>();
  const association = (
    type: CaseAssociation['associationType'],
    origin: CaseLink,
    destination: CaseLink,
    sequenceNumber?: number,
  ) => {
    const identifier = caseUuid(
      `${curriculum.id}:${type}:${origin.identifier}:${destination.identifier}`,
    );
    associations.push({
      identifier,
      uri: uri('CFAssociations', identifier),
      ...inDocument,
      associationType: type,
      originNodeURI: origin,
      destinationNodeURI: destination,
      ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
      lastChangeDateTime: changed,
    });
  };

  units.forEach((unit, u) => {
    const stored = curriculum.units[u];
    const identifier = caseUuid(stored.id);
    const link: CaseLink = { title: unit.code, identifier, uri: uri('CFItems', identifier) };
    unitLinks.set(unit.code, link);
    const description = text(unit.description, lang);
    const { outcomes, ...unitFields } = unit;
    items.push({
      identifier,
      uri: link.uri,
      ...inDocument,
      fullStatement: text(unit.title, lang),
      humanCodingScheme: unit.code,
      CFItemType: UNIT_ITEM_TYPE,
      ...(v11 ? { CFItemTypeURI: itemTypes.unit } : {}),
      language: lang,
      ...(description === '' ? {} : { notes: description }),
      lastChangeDateTime: changed,
      ...extended({ kind: 'unit', ...unitFields }),
    });
    association('isChildOf', link, documentLink, u + 1);
    outcomes.forEach((outcome, k) => {
      const outcomeId = caseUuid(stored.outcomes[k].id);
      const code = `${unit.code}.${k + 1}`;
      const outcomeLink: CaseLink = {
        title: code,
        identifier: outcomeId,
        uri: uri('CFItems', outcomeId),
      };
      items.push({
        identifier: outcomeId,
        uri: outcomeLink.uri,
        ...inDocument,
        fullStatement: text(outcome.text, lang),
        humanCodingScheme: code,
        CFItemType: OUTCOME_ITEM_TYPE,
        ...(v11 ? { CFItemTypeURI: itemTypes.outcome } : {}),
        language: lang,
        lastChangeDateTime: changed,
        ...extended({
          kind: 'outcome',
          category: outcome.category,
          text: outcome.text,
          escoSkill: outcome.escoSkill ?? null,
        }),
      });
      association('isChildOf', outcomeLink, link, k + 1);
    });
  });
  for (const unit of units) {
    for (const code of unit.prerequisiteCodes) {
      const before = unitLinks.get(code);
      const after = unitLinks.get(unit.code);
      if (before !== undefined && after !== undefined) association('precedes', before, after);
    }
  }

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
  return {
    CFDocument: {
      identifier: documentId,
      uri: documentLink.uri,
      ...(v11
        ? { caseVersion: '1.1' as const }
        : { CFPackageURI: { ...documentLink, uri: `${documentLink.uri}#package` } }),
      creator,
      title: documentLink.title,
      lastChangeDateTime: changed,
      ...(description === '' ? {} : { description }),
      ...(subject === null ? {} : { subject: [subject.title], subjectURI: [subject] }),
      language: lang,
      version: String(curriculum.version),
      adoptionStatus: ADOPTION_STATUS[curriculum.status],
      ...extended({ version: EXTENSION_VERSION, ...fields, workBasedLearning }),
    },
    CFItems: items,
    CFAssociations: associations,
    ...(v11
      ? {
          CFDefinitions: {
            CFItemTypes: [definedTypes.unit, definedTypes.outcome],
            ...(subject === null
              ? {}
              : {
                  CFSubjects: [
                    {
                      ...subject,
                      hierarchyCode: 'ESCO occupation',
                      lastChangeDateTime: changed,
                    },
                  ],
                }),
          },
        }
      : {}),
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
