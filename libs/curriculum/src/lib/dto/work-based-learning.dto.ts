import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { LocalizedText } from '../model/localized-text';
import { MAX_VERSION } from './curriculum.dto';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

/** `POST …/work-based-learning`: a period of learning in a company. */
export class CreateWorkBasedLearningDto {
  @IsLocalizedText({ maxLength: 300, required: true })
  title!: LocalizedText;

  @IsInt()
  @Min(1)
  @Max(10)
  year!: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  term?: number | null;

  @IsInt()
  @Min(1)
  @Max(10000)
  durationHours!: number;

  @OptionalNotNull()
  @IsLocalizedText({ maxLength: 5000 })
  companyProfile?: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText({ maxLength: 1000 })
  mentorRole?: LocalizedText;

  @OptionalNotNull()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'each of unitIds must be the id of a unit' })
  unitIds?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'each of outcomeIds must be the id of a learning outcome' })
  outcomeIds?: string[];

  @OptionalNotNull()
  @IsLocalizedText({ maxLength: 5000 })
  assessment?: LocalizedText;
}

export class UpdateWorkBasedLearningDto extends PartialDto(CreateWorkBasedLearningDto, [
  'title',
  'year',
  'durationHours',
]) {
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}
