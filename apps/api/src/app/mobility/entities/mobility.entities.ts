import type {
  AchievementKind,
  AchievementPlace,
  AssessmentResult,
  EnrolmentStatus,
  MobilityStatus,
  MouStatus,
  Placement,
  SigningParty,
  TranscriptDecision,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A learner of a school (personal data: names, date of birth, learner number; docs/security.md). */
@Entity('learner')
export class LearnerEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('varchar', { name: 'given_name', length: 100 })
  givenName!: string;

  @Column('varchar', { name: 'family_name', length: 100 })
  familyName!: string;

  @Column('varchar', { name: 'date_of_birth', length: 10, nullable: true })
  dateOfBirth!: string | null;

  @Column('varchar', { name: 'learner_number', length: 40 })
  learnerNumber!: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('varchar', { name: 'erased_at', length: 30, nullable: true })
  erasedAt!: string | null;

  @Column('int')
  version!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}

/** A learner's enrolment in one published version of a curriculum. */
@Entity('enrolment')
export class EnrolmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'learner_id' })
  learnerId!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('int', { name: 'curriculum_version' })
  curriculumVersion!: number;

  @Column('varchar', { name: 'started_on', length: 10 })
  startedOn!: string;

  @Column('varchar', { length: 20 })
  status!: EnrolmentStatus;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;
}

/** A result of a unit or an outcome: assessed at home, recognised prior learning or mobility. */
@Entity('achievement')
export class AchievementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'outcome_id', nullable: true })
  outcomeId!: string | null;

  @Column('varchar', { length: 20 })
  kind!: AchievementKind;

  @Column('varchar', { name: 'assessed_on', length: 10 })
  assessedOn!: string;

  @Column('varchar', { length: 200 })
  method!: string;

  @Column('varchar', { length: 20 })
  result!: AssessmentResult;

  @Column('varchar', { length: 200, nullable: true })
  grade!: string | null;

  @Column('varchar', { length: 200 })
  assessor!: string;

  @Column('varchar', { length: 20 })
  place!: AchievementPlace;

  @Column('varchar', { name: 'place_name', length: 200, nullable: true })
  placeName!: string | null;

  @Column('text', { nullable: true })
  evidence!: string | null;

  @Column('uuid', { name: 'mobility_id', nullable: true })
  mobilityId!: string | null;

  @Column('uuid', { name: 'transcript_line_id', nullable: true })
  transcriptLineId!: string | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column('varchar', { name: 'recorded_at', length: 30 })
  recordedAt!: string;
}

/** A Memorandum of Understanding about the units of one published curriculum version. */
@Entity('mou')
export class MouEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 20 })
  status!: MouStatus;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('uuid', { name: 'initiator_id' })
  initiatorId!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('int', { name: 'curriculum_version' })
  curriculumVersion!: number;

  @Column('text', { name: 'assessment_arrangements' })
  assessmentArrangements!: string;

  @Column('varchar', { name: 'valid_from', length: 10 })
  validFrom!: string;

  @Column('varchar', { name: 'valid_until', length: 10 })
  validUntil!: string;

  @Column('int')
  version!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}

/** A partner of a MoU: its contact, the units it delivers and assesses, its acceptance. */
@Entity('mou_partner')
export class MouPartnerEntity {
  @PrimaryColumn('uuid', { name: 'mou_id' })
  mouId!: string;

  @PrimaryColumn('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('int')
  position!: number;

  @Column('varchar', { name: 'contact_name', length: 200 })
  contactName!: string;

  @Column('varchar', { name: 'contact_email', length: 254 })
  contactEmail!: string;

  @Column('simple-json', { name: 'unit_ids' })
  unitIds!: string[];

  @Column('varchar', { name: 'accepted_at', length: 30, nullable: true })
  acceptedAt!: string | null;

  @Column('varchar', { name: 'accepted_by', length: 200, nullable: true })
  acceptedBy!: string | null;
}

/** Who signed a Learning Agreement for each party, and when. */
export type Signatures = Partial<Record<SigningParty, { at: string; by: string }>>;

/** A Learning Agreement of one mobility, with the state of its Personal Transcript. */
@Entity('mobility')
export class MobilityEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 20 })
  status!: MobilityStatus;

  @Column('uuid', { name: 'mou_id' })
  mouId!: string;

  @Column('uuid', { name: 'learner_id' })
  learnerId!: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId!: string;

  @Column('uuid', { name: 'home_id' })
  homeId!: string;

  @Column('uuid', { name: 'host_id' })
  hostId!: string;

  @Column('varchar', { name: 'starts_on', length: 10 })
  startsOn!: string;

  @Column('varchar', { name: 'ends_on', length: 10 })
  endsOn!: string;

  @Column('simple-json', { name: 'unit_ids' })
  unitIds!: string[];

  @Column('simple-json', { name: 'outcome_ids' })
  outcomeIds!: string[];

  @Column('simple-json')
  placement!: Placement;

  @Column('text')
  assessment!: string;

  @Column('text')
  recording!: string;

  @Column('simple-json')
  signatures!: Signatures;

  @Column('varchar', { name: 'transcript_issued_at', length: 30, nullable: true })
  transcriptIssuedAt!: string | null;

  @Column('varchar', { name: 'transcript_issued_by', length: 200, nullable: true })
  transcriptIssuedBy!: string | null;

  @Column('int')
  version!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}

/** A result the host recorded on a Personal Transcript, and the home school's decision. */
@Entity('transcript_line')
export class TranscriptLineEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'mobility_id' })
  mobilityId!: string;

  @Column('int')
  position!: number;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'outcome_id', nullable: true })
  outcomeId!: string | null;

  @Column('varchar', { name: 'assessed_on', length: 10 })
  assessedOn!: string;

  @Column('varchar', { length: 200 })
  method!: string;

  @Column('varchar', { length: 20 })
  result!: AssessmentResult;

  @Column('varchar', { length: 200, nullable: true })
  grade!: string | null;

  @Column('varchar', { length: 200 })
  assessor!: string;

  @Column('varchar', { length: 20 })
  place!: 'host' | 'company';

  @Column('varchar', { name: 'place_name', length: 200 })
  placeName!: string;

  @Column('varchar', { length: 20 })
  decision!: TranscriptDecision;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('varchar', { name: 'decided_at', length: 30, nullable: true })
  decidedAt!: string | null;

  @Column('varchar', { name: 'decided_by', length: 200, nullable: true })
  decidedBy!: string | null;

  @Column('int')
  version!: number;
}

/** The audit trail of learners' records and the mobility documents (no learner data in it). */
@Entity('mobility_event')
export class MobilityEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { name: 'subject_type', length: 20 })
  subjectType!: 'learner' | 'mou' | 'mobility';

  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  @Column('varchar', { length: 60 })
  action!: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('varchar', { name: 'by_name', length: 200, nullable: true })
  byName!: string | null;

  @Column('varchar', { name: 'institution_name', length: 200, nullable: true })
  institutionName!: string | null;

  @Column('text', { nullable: true })
  detail!: string | null;

  @Column('varchar', { length: 30 })
  at!: string;
}
