import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { LIMITS } from '../model/limits';
import {
  ACHIEVEMENT_PLACES,
  ASSESSMENT_RESULTS,
  type AchievementPlace,
  type AssessmentResult,
} from '../model/mobility';
import { Bounded, IsDate, NestedArray, NestedObject } from './json-types';
import { OptionalNotNull, PartialDto } from './partial-dto';
import { VersionDto } from './curriculum.dto';

const M = LIMITS.mobility;
const Text = (limit: { min: number; max: number }) => (target: object, property: string) => {
  IsString()(target, property);
  Length(limit.min, limit.max)(target, property);
};

/** The facts of a learner that staff enter and change. */
export class LearnerFieldsDto {
  @Text(M.name)
  givenName!: string;

  @Text(M.name)
  familyName!: string;

  /** Optional: only when a document needs it. */
  @OptionalNotNull()
  @IsDate()
  dateOfBirth?: string;

  @Text(M.learnerNumber)
  learnerNumber!: string;

  /** The e-mail of an existing learner account to link: the learner then reads this record. */
  @OptionalNotNull()
  @IsEmail()
  @MaxLength(254)
  accountEmail?: string;
}

/** `POST /api/v1/learners`: a learner of the caller's school, enrolled in a published curriculum. */
export class CreateLearnerDto extends LearnerFieldsDto {
  @IsUUID('all')
  curriculumId!: string;

  @IsDate()
  startedOn!: string;
}

/** `PATCH /api/v1/learners/:id` (the enrolment stays). */
export class UpdateLearnerDto extends PartialDto(LearnerFieldsDto, [
  'givenName',
  'familyName',
  'learnerNumber',
]) {
  @Bounded(LIMITS.version)
  version!: number;
}

/** The result of an assessment, as the home school records it and the host on a transcript. */
export class AssessmentResultDto {
  @IsUUID('all')
  unitId!: string;

  /** A single learning outcome of the unit; absent: the whole unit. */
  @OptionalNotNull()
  @IsUUID('all')
  outcomeId?: string;

  @IsDate()
  assessedOn!: string;

  @Text(M.short)
  method!: string;

  @IsIn(ASSESSMENT_RESULTS)
  result!: AssessmentResult;

  @OptionalNotNull()
  @Text(M.short)
  grade?: string;

  @Text(M.short)
  assessor!: string;

  @IsIn(ACHIEVEMENT_PLACES)
  place!: AchievementPlace;

  /** The host institution or company; required unless the place is home. */
  @OptionalNotNull()
  @Text(M.short)
  placeName?: string;
}

/**
 * `POST /api/v1/learners/:id/achievements`: a result the learner's school assessed, or a unit
 * recognised from prior learning (`evidence` given, the result passed).
 */
export class RecordAchievementDto extends AssessmentResultDto {
  @IsUUID('all')
  enrolmentId!: string;

  @OptionalNotNull()
  @Text(M.long)
  evidence?: string;
}

export class MouPartnerDto {
  @IsUUID('all')
  institutionId!: string;

  @Text(M.short)
  contactName!: string;

  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  @ArrayMaxSize(M.units.max)
  @IsUUID('all', { each: true })
  unitIds!: string[];
}

/** The terms of a MoU its initiator writes and changes while it is a draft. */
export class MouFieldsDto {
  @Text(M.title)
  title!: string;

  @ArrayMinSize(M.partners.min)
  @ArrayMaxSize(M.partners.max)
  @NestedArray(() => MouPartnerDto)
  partners!: MouPartnerDto[];

  @Text(M.long)
  assessmentArrangements!: string;

  @IsDate()
  validFrom!: string;

  @IsDate()
  validUntil!: string;
}

/** `POST /api/v1/mous`: a draft MoU of the caller's school (one of the partners). */
export class CreateMouDto extends MouFieldsDto {
  /** A published curriculum: its latest version is the one the MoU is about. */
  @IsUUID('all')
  curriculumId!: string;
}

/** `PATCH /api/v1/mous/:id` (a draft, by its initiator; the curriculum stays). */
export class UpdateMouDto extends PartialDto(MouFieldsDto, [
  'title',
  'partners',
  'assessmentArrangements',
  'validFrom',
  'validUntil',
]) {
  @Bounded(LIMITS.version)
  version!: number;
}

/** `POST …/reject`: the version it is based on and why. */
export class RejectDto extends VersionDto {
  @Text(M.long)
  reason!: string;
}

export class PlacementDto {
  @Text(M.short)
  company!: string;

  @IsString()
  @MaxLength(M.short.max)
  address!: string;

  @Text(M.short)
  mentor!: string;

  @IsString()
  @MaxLength(254)
  mentorEmail!: string;

  @Bounded(M.hours)
  hours!: number;
}

/** `POST /api/v1/mobilities`: a Learning Agreement drafted by the learner's school. */
export class CreateMobilityDto {
  /** An accepted MoU between the learner's school and the host. */
  @IsUUID('all')
  mouId!: string;

  @IsUUID('all')
  learnerId!: string;

  @IsUUID('all')
  hostInstitutionId!: string;

  @IsDate()
  startsOn!: string;

  @IsDate()
  endsOn!: string;

  @ArrayMinSize(M.units.min)
  @ArrayMaxSize(M.units.max)
  @IsUUID('all', { each: true })
  unitIds!: string[];

  /** Single outcomes of other units, when only some of a unit is achieved abroad. */
  @OptionalNotNull()
  @ArrayMaxSize(M.outcomes.max)
  @IsUUID('all', { each: true })
  outcomeIds?: string[];

  @NestedObject(() => PlacementDto)
  placement!: PlacementDto;

  @Text(M.long)
  assessment!: string;

  @Text(M.long)
  recording!: string;
}

/** `PATCH /api/v1/mobilities/:id` (a draft, by the home school). */
export class UpdateMobilityDto extends PartialDto(CreateMobilityDto, [
  'mouId',
  'learnerId',
  'hostInstitutionId',
  'startsOn',
  'endsOn',
  'unitIds',
  'placement',
  'assessment',
  'recording',
]) {
  @Bounded(LIMITS.version)
  version!: number;
}

/** `POST /api/v1/mobilities/:id/transcript/lines`: a result the host assessed. */
export class TranscriptLineDto extends AssessmentResultDto {}
