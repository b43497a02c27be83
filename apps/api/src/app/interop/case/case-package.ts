/**
 * The parts of a 1EdTech CASE CFPackage this API writes: CASE 1.1 (with `extensions`,
 * `caseVersion`, `CFItemTypeURI`, `CFDefinitions`) or CASE 1.0 (with `CFDocumentURI` and
 * `CFPackageURI` instead).
 */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

/** Our own data in a 1.1 record (absent in 1.0). */
type Extended = { readonly extensions?: { readonly curriculumBuilder: Record<string, unknown> } };

export interface CaseDocument extends Extended {
  readonly identifier: string;
  readonly uri: string;
  readonly caseVersion?: '1.1';
  readonly CFPackageURI?: CaseLink;
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly description?: string;
  readonly subject?: readonly string[];
  readonly subjectURI?: readonly CaseLink[];
  readonly language: string;
  readonly licenseURI?: CaseLink;
  readonly version: string;
  readonly adoptionStatus: string;
}

export interface CaseItem extends Extended {
  readonly identifier: string;
  readonly uri: string;
  readonly CFDocumentURI?: CaseLink;
  readonly fullStatement: string;
  readonly humanCodingScheme: string;
  readonly CFItemType: string;
  readonly CFItemTypeURI?: CaseLink;
  readonly language: string;
  readonly notes?: string;
  readonly lastChangeDateTime: string;
}

export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly CFDocumentURI?: CaseLink;
  readonly associationType: 'isChildOf' | 'precedes';
  readonly originNodeURI: CaseLink;
  readonly destinationNodeURI: CaseLink;
  readonly sequenceNumber?: number;
  readonly lastChangeDateTime: string;
}

export interface CaseItemType extends CaseLink {
  readonly description: string;
  readonly hierarchyCode: string;
  readonly typeCode: string;
  readonly lastChangeDateTime: string;
}

export interface CaseSubject extends CaseLink {
  readonly hierarchyCode: string;
  readonly lastChangeDateTime: string;
}

export interface CaseLicense {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly licenseText: string;
  readonly lastChangeDateTime: string;
}

export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
  readonly CFDefinitions?: {
    readonly CFItemTypes: readonly CaseItemType[];
    readonly CFSubjects?: readonly CaseSubject[];
    readonly CFLicenses?: readonly CaseLicense[];
  };
}

/** Key of our own data in `extensions` (CASE 1.1). */
export const EXTENSION_KEY = 'curriculumBuilder';
/** Version of the extension layout. */
export const EXTENSION_VERSION = 1;
export const UNIT_ITEM_TYPE = 'Unit';
export const OUTCOME_ITEM_TYPE = 'Learning outcome';
