import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { OptionalNotNull } from './partial-dto';
import type { LocalizedText } from '../model/localized-text';
import {
  REVIEW_TARGETS,
  REVIEW_VERDICTS,
  type ReviewTargetType,
  type ReviewVerdict,
} from '../model/review';
import { LIMITS } from '../model/limits';
import { IsLocalizedText } from './localized-text.validator';
import { msg } from '../model/message';

const R = LIMITS.review;

/** `POST …/reviews`: a reviewer's comment on the curriculum, a unit, an outcome or a WBL period. */
export class CreateReviewCommentDto {
  @IsIn(REVIEW_TARGETS)
  targetType!: ReviewTargetType;

  /** Required unless the target is the curriculum itself. */
  @OptionalNotNull()
  @IsUUID('all')
  targetId?: string;

  @IsIn(REVIEW_VERDICTS)
  verdict!: ReviewVerdict;

  @IsString()
  @Length(R.text.min, R.text.max)
  text!: string;

  @OptionalNotNull()
  @IsLocalizedText(R.proposedText)
  proposedText?: LocalizedText;
}

/** `POST …/reviews/:commentId/replies`. */
export class ReplyDto {
  @IsString()
  @Length(R.text.min, R.text.max)
  text!: string;
}

/**
 * `POST …/approve`: while the reviewer's association has open "disagree" threads the approval is
 * refused (409), unless the reviewer gives the reason to approve all the same.
 */
export class ApproveDto {
  @OptionalNotNull()
  @IsString()
  @Length(R.text.min, R.text.max)
  overrideReason?: string;
}

/** `POST …/presence`: this tab has the curriculum open, at `part` (leaving: closed). */
export class PresenceDto {
  @IsUUID('all', { message: msg`tabId must be a UUID the tab made up` })
  tabId!: string;

  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  part?: string;

  @OptionalNotNull()
  @IsBoolean()
  leaving?: boolean;
}
