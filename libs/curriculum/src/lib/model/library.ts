/**
 * The shared library of units across institutions (issue #21, ADR 0029): an author publishes a
 * unit of a published curriculum, or the whole curriculum as a good-practice example, with a
 * licence; other schools find it and adopt a copy into a draft, which keeps where it came from.
 */
import type { Curriculum, EqfLevel, Industry40Area, Unit } from './curriculum';
import type { LocalizedText } from './localized-text';
import type { Institution } from './institution';

/**
 * Who may reuse an entry: everybody under CC BY 4.0 (attribution required), or only the members
 * of the publisher's network (an association and the schools that work with it).
 */
export const LIBRARY_LICENCES = ['CC-BY-4.0', 'network-members'] as const;
export type LibraryLicence = (typeof LIBRARY_LICENCES)[number];

/** The words a licence goes by in an attribution. */
export const LIBRARY_LICENCE_NAMES: Readonly<Record<LibraryLicence, string>> = {
  'CC-BY-4.0': 'CC BY 4.0',
  'network-members': 'network members only',
};

/** What an entry holds: one unit, or a whole published curriculum as a good-practice example. */
export const LIBRARY_ENTRY_KINDS = ['unit', 'curriculum'] as const;
export type LibraryEntryKind = (typeof LIBRARY_ENTRY_KINDS)[number];

/**
 * One version of an entry as the library lists it: what a search filters and shows. For a
 * curriculum the code, titles and EQF level are the curriculum's, the points its total, the areas,
 * skills and languages those of all its units.
 */
export interface LibraryEntrySummary {
  readonly id: string;
  readonly kind: LibraryEntryKind;
  /** How many units it holds: 1 for a unit. */
  readonly units: number;
  /** The latest version's number. */
  readonly version: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly eqfLevel: EqfLevel;
  readonly ecvetPoints: number;
  readonly areas: readonly Industry40Area[];
  /** ESCO skills of the unit and its outcomes, each once. */
  readonly escoSkills: readonly string[];
  /** The languages its texts are written in. */
  readonly languages: readonly string[];
  readonly keywords: readonly string[];
  readonly licence: LibraryLicence;
  readonly institution: Institution;
  readonly publishedAt: string;
  /** How many curricula hold a copy. */
  readonly adoptions: number;
}

/**
 * A published version of an entry: the unit, or the curriculum, as it was published then (the
 * other one null).
 */
export interface LibraryVersion {
  readonly number: number;
  readonly publishedAt: string;
  /** The curriculum and its published version the content was taken from. */
  readonly source: { readonly curriculumId: string; readonly curriculumVersion: number };
  readonly unit: Unit | null;
  readonly curriculum: Curriculum | null;
}

/** Where an entry is used: institution names and how many curricula, never a draft's content. */
export interface LibraryUsage {
  readonly institution: Pick<Institution, 'id' | 'name' | 'country'>;
  readonly curricula: number;
}

/** `GET /api/v1/library/{id}`: the entry, its versions (newest first, the latest in full), its usage. */
export interface LibraryEntry extends LibraryEntrySummary {
  readonly versions: readonly Omit<LibraryVersion, 'unit' | 'curriculum'>[];
  readonly latest: LibraryVersion;
  readonly usage: readonly LibraryUsage[];
}

/**
 * Where an adopted unit came from: the entry, the version taken, the publisher and the licence,
 * and the attribution to show in the editor and the exports. `adapted` says whether the unit's
 * content (texts, points, outcomes, assessment, skills, areas; not its place in the programme)
 * differs from that version's now.
 */
export interface Provenance {
  readonly entryId: string;
  readonly version: number;
  /**
   * The unit published and its curriculum (their CASE items are the exports' associations); for a
   * unit of a good-practice curriculum, that unit of it.
   */
  readonly source: { readonly curriculumId: string; readonly unitId: string };
  readonly institution: Pick<Institution, 'id' | 'name' | 'country'>;
  readonly licence: LibraryLicence;
  /** "ZM-07 Additive manufacturing — Partner School, CC BY 4.0, library entry version 2". */
  readonly attribution: string;
  readonly adapted: boolean;
}

/** What a unit row keeps of its provenance: `adapted` is decided on reading, from the hash. */
export type ProvenanceRecord = Omit<Provenance, 'adapted'> & {
  /** SHA-256 of the canonical JSON of `unitLibraryContent` of the unit as adopted. */
  readonly contentHash: string;
  /** The unit's outcome id → the id of the source's outcome it is a copy of (for updates). */
  readonly outcomeSources: Readonly<Record<string, string>>;
  /** A newer version the school dismissed: no update is offered until a later one. */
  readonly dismissedVersion?: number;
};

/**
 * The content of a unit that adoption copies and "adapted" compares: not its ids, version, code,
 * place in the programme (year, term, elective group, mandatory), prerequisites or CASE identity.
 */
export function unitLibraryContent(unit: Unit): unknown {
  return {
    title: unit.title,
    description: unit.description,
    eqfLevel: unit.eqfLevel,
    ecvetPoints: unit.ecvetPoints,
    guidedHours: unit.guidedHours,
    nationalCredits: unit.nationalCredits,
    areas: unit.areas,
    escoSkills: unit.escoSkills.map((skill) => skill.uri),
    assessment: unit.assessment,
    outcomes: unit.outcomes.map((outcome) => ({
      category: outcome.category,
      text: outcome.text,
      criteria: outcome.criteria,
      escoSkills: outcome.escoSkills.map((skill) => skill.uri),
    })),
  };
}

/**
 * The content of a curriculum that makes a new version of a good-practice entry: everything but
 * its state (status, versions, times), its CASE identity and its translations' review state.
 */
export function curriculumLibraryContent(curriculum: Curriculum): unknown {
  const {
    version: _version,
    status: _status,
    publishedVersion: _published,
    createdAt: _created,
    updatedAt: _updated,
    case: _case,
    staleTranslations: _stale,
    units,
    workBasedLearning,
    ...fields
  } = curriculum;
  return {
    ...fields,
    units: units.map((unit) => ({
      code: unit.code,
      place: [unit.year, unit.term, unit.mandatory, unit.electiveGroup, unit.addOn],
      prerequisites: unit.prerequisites,
      content: unitLibraryContent(unit),
    })),
    workBasedLearning: workBasedLearning.map(({ version: _v, ...period }) => period),
  };
}
