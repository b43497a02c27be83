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
  /** `exactMatchOf`/`isRelatedTo`: a unit adopted from the shared library, as is or adapted. */
  readonly associationType: 'isChildOf' | 'precedes' | 'exactMatchOf' | 'isRelatedTo';
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

/*
 * The facts a CASE 1.0 tool can read without our extension, as CFItem `conceptKeywords` (and the
 * EQF level as `educationLevel`): a unit's ECVET points, EQF level and kind, an outcome's
 * category. An import reads them back where an item has no extension (a CASE 1.0 package).
 */
const POINTS_KEYWORD = /^ECVET points: (\d+(?:\.\d+)?)$/;
const LEVEL_KEYWORD = /^EQF level ([1-8])$/;
const WORD_KEYWORDS = [
  'knowledge',
  'skill',
  'responsibility-autonomy',
  'mandatory',
  'elective',
  'add-on',
] as const;

export const unitKeywords = (points: number, level: number, kind: string): string[] => [
  `ECVET points: ${points}`,
  `EQF level ${level}`,
  kind,
];
export const levelKeyword = (level: number): string => `EQF level ${level}`;

/** What an item's keywords state, and whether they are all ours (written by this export). */
export function keywordFacts(item: Readonly<Record<string, unknown>>): {
  readonly ecvetPoints?: number;
  readonly eqfLevel?: number;
  readonly word?: string;
  readonly ours: boolean;
} {
  const keywords = item['conceptKeywords'];
  if (!Array.isArray(keywords) || keywords.length === 0) return { ours: false };
  let ecvetPoints: number | undefined;
  let eqfLevel: number | undefined;
  let word: string | undefined;
  let ours = true;
  for (const keyword of keywords) {
    const text = typeof keyword === 'string' ? keyword : '';
    const points = POINTS_KEYWORD.exec(text);
    const level = LEVEL_KEYWORD.exec(text);
    if (points !== null) ecvetPoints = Number(points[1]);
    else if (level !== null) eqfLevel = Number(level[1]);
    else if ((WORD_KEYWORDS as readonly string[]).includes(text)) word = text;
    else ours = false;
  }
  return { ecvetPoints, eqfLevel, word, ours };
}
