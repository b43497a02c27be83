import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  ASSESSMENT_METHODS,
  INDUSTRY_40_AREAS,
  OUTCOME_CATEGORIES,
  type AssessmentMethod,
  type Industry40Area,
  type OutcomeCategory,
} from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import { CODE, MAX_VERSION } from './curriculum.dto';
import { EscoReferenceDto } from './esco-reference.dto';
import { NestedArray, NestedObject } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

export class AssessmentDto {
  @ArrayMaxSize(ASSESSMENT_METHODS.length)
  @IsIn(ASSESSMENT_METHODS, { each: true })
  methods!: AssessmentMethod[];

  @IsLocalizedText({ maxLength: 10000 })
  criteria!: LocalizedText;
}

/** `POST …/units`: a unit of learning outcomes, appended at the end unless `position` is given. */
export class CreateUnitDto {
  @Matches(CODE, {
    message: 'code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes',
  })
  code!: string;

  @IsLocalizedText({ maxLength: 300, required: true })
  title!: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText({ maxLength: 10000 })
  description?: LocalizedText;

  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel!: number;

  @IsInt()
  @Min(0)
  @Max(1000)
  ecvetPoints!: number;

  @OptionalNotNull()
  @IsBoolean()
  mandatory?: boolean;

  @IsOptional()
  @Matches(CODE, { message: 'electiveGroup must be the code of an elective group' })
  electiveGroup?: string | null;

  @IsInt()
  @Min(1)
  @Max(10)
  year!: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  term?: number | null;

  @OptionalNotNull()
  @ArrayMaxSize(INDUSTRY_40_AREAS.length)
  @IsIn(INDUSTRY_40_AREAS, { each: true })
  areas?: Industry40Area[];

  @OptionalNotNull()
  @ArrayMaxSize(50)
  @NestedArray(() => EscoReferenceDto)
  escoSkills?: EscoReferenceDto[];

  @OptionalNotNull()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of prerequisites must be the id of a unit' })
  prerequisites?: string[];

  @OptionalNotNull()
  @NestedObject(() => AssessmentDto)
  assessment?: AssessmentDto;
}

export class UpdateUnitDto extends PartialDto(CreateUnitDto, [
  'code',
  'title',
  'eqfLevel',
  'ecvetPoints',
  'year',
]) {
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

/** `POST …/units/:unitId/outcomes`. */
export class CreateOutcomeDto {
  @IsIn(OUTCOME_CATEGORIES, {
    message: `category must be one of ${OUTCOME_CATEGORIES.join(', ')}`,
  })
  category!: OutcomeCategory;

  @IsLocalizedText({ maxLength: 2000, required: true })
  text!: LocalizedText;

  @IsOptional()
  @NestedObject(() => EscoReferenceDto)
  escoSkill?: EscoReferenceDto | null;
}

export class UpdateOutcomeDto extends PartialDto(CreateOutcomeDto, ['category', 'text']) {
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}
