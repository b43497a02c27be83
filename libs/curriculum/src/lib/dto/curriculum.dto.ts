import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { ElectiveGroup, RuleThresholds } from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import { EscoReferenceDto } from './esco-reference.dto';
import { NestedArray, NestedObject, NumberFromQuery } from './json-types';
import { IsLocalizedText, LANGUAGE_CODE } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

export const CODE = /^[A-Za-z0-9][A-Za-z0-9 ._\-/]{0,49}$/;
const CODE_MESSAGE = 'must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes';
export const ISCED_F_CODE = /^\d{2,4}$/;
/**
 * The largest `version` (and published version number) there can be: the database stores them as
 * 32-bit integers, and PostgreSQL refuses to even compare with a larger number.
 */
export const MAX_VERSION = 2_147_483_647;

export class ElectiveGroupDto implements ElectiveGroup {
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
  code!: string;

  @IsLocalizedText({ maxLength: 300, required: true })
  title!: LocalizedText;

  @IsInt()
  @Min(0)
  @Max(1000)
  pointsRequired!: number;
}

export class RuleThresholdsDto implements Partial<RuleThresholds> {
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(200)
  pointsPerYear?: number;

  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  yearLoadTolerance?: number;

  @OptionalNotNull()
  @IsInt()
  @Min(100)
  @Max(4000)
  hoursPerYear?: number;

  @OptionalNotNull()
  @IsNumber()
  @Min(0)
  @Max(1)
  minWblShare?: number;
}

/** `POST /api/v1/curricula`: a new draft. `ecvetPoints` defaults to 60 per full-time year. */
export class CreateCurriculumDto {
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
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

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  nqfLevel?: number | null;

  @OptionalNotNull()
  @Matches(ISCED_F_CODE, {
    message: 'iscedFCode must be an ISCED-F 2013 code of 2 to 4 digits, e.g. 0715',
  })
  iscedFCode?: string;

  @IsOptional()
  @NestedObject(() => EscoReferenceDto)
  occupation?: EscoReferenceDto | null;

  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths!: number;

  @OptionalNotNull()
  @IsBoolean()
  fullTime?: boolean;

  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(2000)
  ecvetPoints?: number;

  @Matches(LANGUAGE_CODE, { message: 'primaryLanguage must be a language code such as de or en' })
  primaryLanguage!: string;

  @OptionalNotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Matches(LANGUAGE_CODE, {
    each: true,
    message: 'each of languages must be a language code such as de or en',
  })
  languages?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(50)
  @NestedArray(() => ElectiveGroupDto)
  electiveGroups?: ElectiveGroupDto[];

  @OptionalNotNull()
  @NestedObject(() => RuleThresholdsDto)
  thresholds?: RuleThresholdsDto;
}

/** `PATCH /api/v1/curricula/:id`: the version the edit is based on, and the fields to change. */
export class UpdateCurriculumDto extends PartialDto(CreateCurriculumDto, [
  'code',
  'title',
  'eqfLevel',
  'durationMonths',
  'primaryLanguage',
]) {
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

/** The version a delete, reorder or other write is based on. */
export class VersionDto {
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

/** `POST …/reorder`: the new order as the complete list of ids, based on the parent's version. */
export class ReorderDto extends VersionDto {
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(64, { each: true })
  ids!: string[];
}
