import type { LocalizedText } from './localized-text';

/*
 * ECVET credit in practice (ADR 0022): learners and their records, Memoranda of Understanding
 * between partner institutions, Learning Agreements of single mobilities and their Personal
 * Transcripts, and the home school's recognition of what was assessed abroad.
 */

/** Where a result was achieved: at the learner's own school, at a host institution, in a company. */
export const ACHIEVEMENT_PLACES = ['home', 'host', 'company'] as const;
export type AchievementPlace = (typeof ACHIEVEMENT_PLACES)[number];

/**
 * How a result came about: assessed by the learner's school; recognised prior learning (with
 * evidence, instead of an assessment); recognised from a Personal Transcript of a mobility.
 */
export const ACHIEVEMENT_KINDS = ['assessed', 'prior-learning', 'mobility'] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export const ASSESSMENT_RESULTS = ['passed', 'failed'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

export const ENROLMENT_STATUSES = ['active', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** A learner's enrolment in one published version of a curriculum (a programme). */
export interface Enrolment {
  readonly id: string;
  readonly curriculumId: string;
  readonly curriculumVersion: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly startedOn: string;
  readonly status: EnrolmentStatus;
}

/**
 * A learner of a school: only what the documents need (docs/security.md). `erased`: an admin erased
 * the personal data; the record stays as anonymised statistics.
 */
export interface Learner {
  readonly id: string;
  readonly version: number;
  readonly institutionId: string;
  readonly institutionName: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string | null;
  readonly learnerNumber: string;
  /** The learner's own account, which reads this record and signs Learning Agreements. */
  readonly userId: string | null;
  readonly enrolments: readonly Enrolment[];
  readonly erased: boolean;
}

/** A result of one unit (outcomeId null) or one learning outcome of a learner's enrolment. */
export interface Achievement {
  readonly id: string;
  readonly enrolmentId: string;
  readonly unitId: string;
  readonly outcomeId: string | null;
  readonly kind: AchievementKind;
  readonly assessedOn: string;
  readonly method: string;
  readonly result: AssessmentResult;
  readonly grade: string | null;
  readonly assessor: string;
  readonly place: AchievementPlace;
  /** The host institution or company where it was achieved (null: the home school). */
  readonly placeName: string | null;
  /** For recognised prior learning: what it was recognised on. */
  readonly evidence: string | null;
  /** For a result recognised from a transcript: its mobility. */
  readonly mobilityId: string | null;
  readonly recordedAt: string;
}

/** The state of a unit in a learner's record. */
export const UNIT_PROGRESS_STATES = ['achieved', 'recognised', 'in-progress', 'remaining'] as const;
export type UnitProgressState = (typeof UNIT_PROGRESS_STATES)[number];

export interface UnitProgress {
  readonly unitId: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly ecvetPoints: number;
  readonly mandatory: boolean;
  readonly electiveGroup: string | null;
  readonly addOn: boolean;
  readonly state: UnitProgressState;
  /** Where the unit was achieved or recognised from (null while it is not). */
  readonly place: AchievementPlace | null;
  readonly placeName: string | null;
  readonly achievedOn: string | null;
  /** Results of single outcomes: passed ones of all outcomes of the unit. */
  readonly outcomesPassed: number;
  readonly outcomes: number;
  /** Planned in a signed Learning Agreement that is not recognised yet. */
  readonly abroad: boolean;
}

/** Points of a record, counted by the choice rules (add-ons apart). */
export interface RecordPoints {
  /** The qualification's points. */
  readonly required: number;
  /** Points that count towards the qualification: mandatory units and electives up to their groups. */
  readonly counted: number;
  /** Of those, from units recognised (prior learning or mobility). */
  readonly recognised: number;
  /** Points of units in progress, as far as they would count. */
  readonly inProgress: number;
  readonly remaining: number;
  /** Points of add-on units achieved: on the record, outside the qualification. */
  readonly addOns: number;
}

export interface EnrolmentRecord {
  readonly enrolment: Enrolment;
  readonly units: readonly UnitProgress[];
  readonly points: RecordPoints;
  readonly achievements: readonly Achievement[];
}

/** `GET /api/v1/learners/:id/record`. */
export interface LearnerRecord {
  readonly learner: Learner;
  readonly enrolments: readonly EnrolmentRecord[];
}

/** An institution as the mobility documents name it. */
export interface InstitutionRef {
  readonly id: string;
  readonly name: string;
  readonly country: string;
}

/** A unit of the curriculum a mobility document is about, with what it is worth. */
export interface UnitRef {
  readonly id: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly ecvetPoints: number;
  readonly outcomes: readonly { readonly id: string; readonly text: LocalizedText }[];
}

/** One entry of the audit trail of a mobility document. */
export interface MobilityEvent {
  readonly at: string;
  readonly action: string;
  readonly by: string | null;
  readonly institution: string | null;
  readonly detail: string | null;
}

/**
 * A Memorandum of Understanding: drafted by one partner (`draft`), sent to the others by its
 * initiator's acceptance (`proposed`), `accepted` when every partner has accepted it. A rejection
 * returns it to `draft` with the reason, and clears the acceptances.
 */
export const MOU_STATUSES = ['draft', 'proposed', 'accepted'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

export interface MouPartner {
  readonly institution: InstitutionRef;
  readonly contactName: string;
  readonly contactEmail: string;
  /** The units of the curriculum this partner can deliver and assess. */
  readonly unitIds: readonly string[];
  readonly acceptedAt: string | null;
  readonly acceptedBy: string | null;
}

export interface Mou {
  readonly id: string;
  readonly version: number;
  readonly status: MouStatus;
  readonly title: string;
  readonly initiator: InstitutionRef;
  readonly curriculum: {
    readonly id: string;
    readonly version: number;
    readonly code: string;
    readonly title: LocalizedText;
    readonly primaryLanguage: string;
  };
  readonly units: readonly UnitRef[];
  readonly partners: readonly MouPartner[];
  readonly assessmentArrangements: string;
  readonly validFrom: string;
  readonly validUntil: string;
  /** Whether the caller's institution is asked to accept it now. */
  readonly awaitingCaller: boolean;
  readonly history: readonly MobilityEvent[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A Learning Agreement: drafted by the home school (`draft`), `proposed` once one party signed,
 * `signed` by home, host and learner, `transcript-issued` when the host issued the Personal
 * Transcript, `completed` when the home school decided on every line of it.
 */
export const MOBILITY_STATUSES = [
  'draft',
  'proposed',
  'signed',
  'transcript-issued',
  'completed',
] as const;
export type MobilityStatus = (typeof MOBILITY_STATUSES)[number];

export const SIGNING_PARTIES = ['home', 'host', 'learner'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];

export interface Signature {
  readonly party: SigningParty;
  readonly at: string | null;
  readonly by: string | null;
}

/** The work-based learning placement of a mobility. */
export interface Placement {
  readonly company: string;
  readonly address: string;
  readonly mentor: string;
  readonly mentorEmail: string;
  readonly hours: number;
}

export interface LearnerRef {
  readonly id: string;
  readonly name: string;
  readonly learnerNumber: string;
  readonly dateOfBirth: string | null;
}

export const TRANSCRIPT_DECISIONS = ['pending', 'recognised', 'refused'] as const;
export type TranscriptDecision = (typeof TRANSCRIPT_DECISIONS)[number];

/** One assessed unit or outcome on a Personal Transcript, and the home school's decision on it. */
export interface TranscriptLine {
  readonly id: string;
  readonly version: number;
  readonly unitId: string;
  readonly outcomeId: string | null;
  readonly assessedOn: string;
  readonly method: string;
  readonly result: AssessmentResult;
  readonly grade: string | null;
  readonly assessor: string;
  readonly place: Exclude<AchievementPlace, 'home'>;
  readonly placeName: string;
  readonly ecvetPoints: number;
  readonly decision: TranscriptDecision;
  readonly reason: string | null;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
}

/** `GET /api/v1/mobilities/:id/transcript`. */
export interface Transcript {
  readonly mobilityId: string;
  readonly version: number;
  readonly issuedAt: string | null;
  readonly issuedBy: string | null;
  readonly lines: readonly TranscriptLine[];
  /** Points of the units passed on it, and of those the home school recognised. */
  readonly points: { readonly passed: number; readonly recognised: number };
}

export interface Mobility {
  readonly id: string;
  readonly version: number;
  readonly status: MobilityStatus;
  readonly mouId: string;
  readonly learner: LearnerRef;
  readonly enrolmentId: string;
  readonly home: InstitutionRef;
  readonly host: InstitutionRef;
  readonly curriculum: Mou['curriculum'];
  readonly startsOn: string;
  readonly endsOn: string;
  /** The units and the single outcomes to be achieved abroad. */
  readonly unitIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly units: readonly UnitRef[];
  readonly placement: Placement;
  /** How the learner is assessed, and how results are recorded and sent home. */
  readonly assessment: string;
  readonly recording: string;
  readonly signatures: readonly Signature[];
  /** The caller's party, when the caller signs for one; null otherwise. */
  readonly callerParty: SigningParty | null;
  readonly awaitingCaller: boolean;
  readonly history: readonly MobilityEvent[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The summary lists of the mobility area. */
export interface MobilitySummary {
  readonly id: string;
  readonly status: MobilityStatus;
  readonly learner: string;
  readonly home: string;
  readonly host: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly awaitingCaller: boolean;
  /** What awaits the caller: signing, recording results, issuing, or deciding transcript lines. */
  readonly awaiting: 'sign' | 'record' | 'decide' | null;
}

export interface MouSummary {
  readonly id: string;
  readonly status: MouStatus;
  readonly title: string;
  readonly partners: readonly string[];
  readonly validUntil: string;
  readonly awaitingCaller: boolean;
}

/** A learner in the list of a school's learners. */
export interface LearnerSummary {
  readonly id: string;
  readonly name: string;
  readonly learnerNumber: string;
  readonly enrolments: readonly Pick<Enrolment, 'curriculumId' | 'code' | 'title'>[];
}
