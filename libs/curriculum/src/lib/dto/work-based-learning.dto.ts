import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LIMITS } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

// Every number and length below comes from the limits table (`LIMITS`, model/limits.ts).
const W = LIMITS.workBasedLearning;
const V = LIMITS.version;

/** `POST …/work-based-learning`: a period of learning in a company. */
export class CreateWorkBasedLearningDto {
  @IsLocalizedText(W.title)
  title!: LocalizedText;

  @IsInt()
  @Min(W.year.min)
  @Max(W.year.max)
  year!: number;

  @IsOptional()
  @IsInt()
  @Min(W.term.min)
  @Max(W.term.max)
  term?: number | null;

  @IsInt()
  @Min(W.durationHours.min)
  @Max(W.durationHours.max)
  durationHours!: number;

  @OptionalNotNull()
  @IsLocalizedText(W.companyProfile)
  companyProfile?: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(W.mentorRole)
  mentorRole?: LocalizedText;

  @OptionalNotNull()
  @ArrayMaxSize(W.units.max)
  @IsUUID('all', { each: true, message: 'each of unitIds must be the id of a unit' })
  unitIds?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(W.outcomes.max)
  @IsUUID('all', { each: true, message: 'each of outcomeIds must be the id of a learning outcome' })
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
  @IsInt()
  @Min(V.min)
  @Max(V.max)
  version!: number;
}
