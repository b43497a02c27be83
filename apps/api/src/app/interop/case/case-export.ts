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
  CaseLink,
  CasePackage,
  EXTENSION_KEY,
  EXTENSION_VERSION,
  OUTCOME_ITEM_TYPE,
  UNIT_ITEM_TYPE,
} from './case-package';

/** Base of the `uri` of every node: URNs of the UUIDs, resolvable by identifier alone. */
const urn = (identifier: string) => `urn:uuid:${identifier}`;

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
}

/**
 * A curriculum as a CASE CFPackage: the curriculum is the CFDocument, units are CFItems of type
 * "Unit" `isChildOf` the document, outcomes CFItems `isChildOf` their unit, order as
 * `sequenceNumber`, prerequisites as `precedes`. Everything CASE has no field for (ECVET points,
 * EQF, year and term, elective groups, areas, assessment, every language, WBL periods, thresholds,
 * ESCO links) is kept in `extensions.curriculumBuilder`, so that an import restores it all.
 */
export function buildCasePackage({ curriculum, creator }: CaseExportInput): CasePackage {
  const content: CurriculumContent = curriculumAsContent(curriculum);
  const lang = curriculum.primaryLanguage;
  const changed = new Date(curriculum.updatedAt).toISOString();
  const documentId = caseUuid(curriculum.id);
  const documentLink: CaseLink = {
    title: text(content.title, lang),
    identifier: documentId,
    uri: urn(documentId),
  };
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
      uri: urn(identifier),
      CFDocumentURI: documentLink,
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
    const link: CaseLink = { title: unit.code, identifier, uri: urn(identifier) };
    unitLinks.set(unit.code, link);
    const description = text(unit.description, lang);
    const { outcomes, ...unitFields } = unit;
    items.push({
      identifier,
      uri: link.uri,
      CFDocumentURI: documentLink,
      fullStatement: text(unit.title, lang),
      humanCodingScheme: unit.code,
      CFItemType: UNIT_ITEM_TYPE,
      language: lang,
      ...(description === '' ? {} : { notes: description }),
      lastChangeDateTime: changed,
      extensions: { [EXTENSION_KEY]: { kind: 'unit', ...unitFields } },
    });
    association('isChildOf', link, documentLink, u + 1);
    outcomes.forEach((outcome, k) => {
      const outcomeId = caseUuid(stored.outcomes[k].id);
      const code = `${unit.code}.${k + 1}`;
      const outcomeLink: CaseLink = { title: code, identifier: outcomeId, uri: urn(outcomeId) };
      items.push({
        identifier: outcomeId,
        uri: outcomeLink.uri,
        CFDocumentURI: documentLink,
        fullStatement: text(outcome.text, lang),
        humanCodingScheme: code,
        CFItemType: OUTCOME_ITEM_TYPE,
        language: lang,
        lastChangeDateTime: changed,
        extensions: {
          [EXTENSION_KEY]: {
            kind: 'outcome',
            category: outcome.category,
            text: outcome.text,
            escoSkill: outcome.escoSkill ?? null,
          },
        },
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
  return {
    CFDocument: {
      identifier: documentId,
      uri: documentLink.uri,
      CFPackageURI: { ...documentLink, uri: `${documentLink.uri}#package` },
      creator,
      title: documentLink.title,
      lastChangeDateTime: changed,
      ...(description === '' ? {} : { description }),
      language: lang,
      version: String(curriculum.version),
      adoptionStatus: ADOPTION_STATUS[curriculum.status],
      extensions: {
        [EXTENSION_KEY]: { version: EXTENSION_VERSION, ...fields, workBasedLearning },
      },
    },
    CFItems: items,
    CFAssociations: associations,
  };
}
