import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { LIMITS } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { Bounded } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';
import { msg } from '../model/message';

// Every number and length below comes from the limits table (`LIMITS`, model/limits.ts).
const W = LIMITS.workBasedLearning;
const V = LIMITS.version;

/** `POST …/work-based-learning`: a period of learning in a company. */
export class CreateWorkBasedLearningDto {
  @IsLocalizedText(W.title)
  title!: LocalizedText;

  @Bounded(W.year)
  year!: number;

  @IsOptional()
  @Bounded(W.term)
  term?: number | null;

  @Bounded(W.durationHours)
  durationHours!: number;

  @OptionalNotNull()
  @IsLocalizedText(W.companyProfile)
  companyProfile?: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(W.mentorRole)
  mentorRole?: LocalizedText;

  @OptionalNotNull()
  @ArrayMaxSize(W.units.max)
  @IsUUID('all', { each: true, message: msg`each of unitIds must be the id of a unit` })
  unitIds?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(W.outcomes.max)
  @IsUUID('all', {
    each: true,
    message: msg`each of outcomeIds must be the id of a learning outcome`,
  })
  outcomeIds?: string[];

  @OptionalNotNull()
  @IsLocalizedText(W.assessment)
  assessment?: LocalizedText;
}

export class UpdateWorkBasedLearningDto extends PartialDto(CreateWorkBasedLearningDto, [
  'title',
  'year',
  'durationHours',
]) {
  @Bounded(V)
  version!: number;
}
