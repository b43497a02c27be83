/** The parts of a 1EdTech CASE 1.0 CFPackage this API writes (CASE 1.1 `extensions` included). */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

export interface CaseDocument {
  readonly identifier: string;
  readonly uri: string;
  readonly CFPackageURI: CaseLink;
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly description?: string;
  readonly language: string;
  readonly version: string;
  readonly adoptionStatus: string;
  readonly extensions: { readonly curriculumBuilder: Record<string, unknown> };
}

export interface CaseItem {
  readonly identifier: string;
  readonly uri: string;
  readonly CFDocumentURI: CaseLink;
  readonly fullStatement: string;
  readonly humanCodingScheme: string;
  readonly CFItemType: string;
  readonly language: string;
  readonly notes?: string;
  readonly lastChangeDateTime: string;
  readonly extensions: { readonly curriculumBuilder: Record<string, unknown> };
}

export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly CFDocumentURI: CaseLink;
  readonly associationType: 'isChildOf' | 'precedes';
  readonly originNodeURI: CaseLink;
  readonly destinationNodeURI: CaseLink;
  readonly sequenceNumber?: number;
  readonly lastChangeDateTime: string;
}

export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
}

/** Key of our own data in `extensions` (CASE 1.1). */
export const EXTENSION_KEY = 'curriculumBuilder';
/** Version of the extension layout. */
export const EXTENSION_VERSION = 1;
export const UNIT_ITEM_TYPE = 'Unit';
export const OUTCOME_ITEM_TYPE = 'Learning outcome';
