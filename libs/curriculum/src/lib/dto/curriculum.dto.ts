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
import {
  CODE_MESSAGE,
  CODE_PATTERN,
  ISCED_F_PATTERN,
  LANGUAGE_PATTERN,
  LIMITS,
} from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { EscoOccupationReferenceDto } from './esco-reference.dto';
import { NestedArray, NestedObject, NumberFromQuery } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

// Every number, length and pattern below comes from the limits table (`LIMITS`, model/limits.ts),
// which the importers' content validator and the web forms read too.
const C = LIMITS.curriculum;
const T = LIMITS.thresholds;
const G = LIMITS.electiveGroup;
const V = LIMITS.version;

export class ElectiveGroupDto implements ElectiveGroup {
  @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  code!: string;

  @IsLocalizedText(G.title)
  title!: LocalizedText;

  @IsInt()
  @Min(G.pointsRequired.min)
  @Max(G.pointsRequired.max)
  pointsRequired!: number;
}

export class RuleThresholdsDto implements Partial<RuleThresholds> {
  @OptionalNotNull()
  @IsInt()
  @Min(T.pointsPerYear.min)
  @Max(T.pointsPerYear.max)
  pointsPerYear?: number;

  @OptionalNotNull()
  @IsInt()
  @Min(T.yearLoadTolerance.min)
  @Max(T.yearLoadTolerance.max)
  yearLoadTolerance?: number;

  @OptionalNotNull()
  @IsInt()
  @Min(T.hoursPerYear.min)
  @Max(T.hoursPerYear.max)
  hoursPerYear?: number;

  @OptionalNotNull()
  @IsNumber()
  @Min(T.minWblShare.min)
  @Max(T.minWblShare.max)
  minWblShare?: number;
}

/** `POST /api/v1/curricula`: a new draft. `ecvetPoints` defaults to 60 per full-time year. */
export class CreateCurriculumDto {
  @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  code!: string;

  @IsLocalizedText(C.title)
  title!: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(C.description)
  description?: LocalizedText;

  @IsInt()
  @Min(C.eqfLevel.min)
  @Max(C.eqfLevel.max)
  eqfLevel!: number;

  @IsOptional()
  @IsInt()
  @Min(C.nqfLevel.min)
  @Max(C.nqfLevel.max)
  nqfLevel?: number | null;

  @OptionalNotNull()
  @Matches(ISCED_F_PATTERN, {
    message: 'iscedFCode must be an ISCED-F 2013 code of 2 to 4 digits, e.g. 0715',
  })
  iscedFCode?: string;

  @IsOptional()
  @NestedObject(() => EscoOccupationReferenceDto)
  occupation?: EscoOccupationReferenceDto | null;

  @IsInt()
  @Min(C.durationMonths.min)
  @Max(C.durationMonths.max)
  durationMonths!: number;

  @OptionalNotNull()
  @IsBoolean()
  fullTime?: boolean;

  @OptionalNotNull()
  @IsInt()
  @Min(C.ecvetPoints.min)
  @Max(C.ecvetPoints.max)
  ecvetPoints?: number;

  @Matches(LANGUAGE_PATTERN, {
    message: 'primaryLanguage must be a language code such as de or en',
  })
  primaryLanguage!: string;

  @OptionalNotNull()
  @ArrayMinSize(C.languages.min)
  @ArrayMaxSize(C.languages.max)
  @Matches(LANGUAGE_PATTERN, {
    each: true,
    message: 'each of languages must be a language code such as de or en',
  })
  languages?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(C.electiveGroups.max)
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
  @Min(V.min)
  @Max(V.max)
  version!: number;
}

/** The version a delete, reorder or other write is based on. */
export class VersionDto {
  @NumberFromQuery()
  @IsInt()
  @Min(V.min)
  @Max(V.max)
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
