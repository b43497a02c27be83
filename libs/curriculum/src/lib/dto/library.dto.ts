import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { INDUSTRY_40_AREAS } from '../model/curriculum';
import {
  LIBRARY_ENTRY_KINDS,
  LIBRARY_LICENCES,
  type LibraryEntryKind,
  type LibraryLicence,
} from '../model/library';
import { ESCO_OCCUPATION_PATTERN, ESCO_SKILL_PATTERN, LANGUAGE_PATTERN } from '../model/limits';
import { msg } from '../model/message';
import { NumberFromQuery } from './json-types';

/**
 * `POST /api/v1/library`: a unit of a published curriculum, or without `unitId` the whole
 * curriculum as a good-practice example, into the shared library (ADR 0029).
 */
export class PublishToLibraryDto {
  @IsUUID('all', { message: msg`curriculumId must be a curriculum id` })
  curriculumId!: string;

  /** The unit, as it is in the curriculum's published version; absent: the whole curriculum. */
  @IsOptional()
  @IsUUID('all', { message: msg`unitId must be a unit id` })
  unitId?: string;

  /** CC BY 4.0 (default), or only the members of the publisher's network. */
  @IsOptional()
  @IsIn(LIBRARY_LICENCES)
  licence?: LibraryLicence;

  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];
}

/** `GET /api/v1/library?…`: every filter optional; words match titles, descriptions, outcomes, keywords. */
export class LibraryQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Units, or whole curricula (good-practice examples); both when left out. */
  @IsOptional()
  @IsIn(LIBRARY_ENTRY_KINDS)
  kind?: LibraryEntryKind;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(8)
  eqf?: number;

  @IsOptional()
  @NumberFromQuery()
  @IsNumber()
  @Min(0)
  @Max(1000)
  minPoints?: number;

  @IsOptional()
  @NumberFromQuery()
  @IsNumber()
  @Min(0)
  @Max(1000)
  maxPoints?: number;

  @IsOptional()
  @IsIn(INDUSTRY_40_AREAS)
  area?: string;

  @IsOptional()
  @Matches(ESCO_SKILL_PATTERN, { message: msg`skill must be an ESCO skill URI` })
  skill?: string;

  /** Entries with at least one skill the occupation needs (essential or optional). */
  @IsOptional()
  @Matches(ESCO_OCCUPATION_PATTERN, { message: msg`occupation must be an ESCO occupation URI` })
  occupation?: string;

  /** A language its texts are written in. */
  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: msg`language must be a language code such as de or en` })
  language?: string;

  @IsOptional()
  @IsUUID('all', { message: msg`institution must be an institution id` })
  institution?: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: msg`country must be an ISO 3166-1 alpha-2 code such as DE` })
  country?: string;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}

/**
 * `POST /api/v1/library/{id}/adopt`: a copy into a draft of the caller's school. Of a curriculum
 * entry: one of its units (`unitId`) into the draft, or without `curriculumId` the whole
 * curriculum as a new draft.
 */
export class AdoptFromLibraryDto {
  /** The draft to copy the unit into; absent only for a whole curriculum, copied as a new draft. */
  @IsOptional()
  @IsUUID('all', { message: msg`curriculumId must be a curriculum id` })
  curriculumId?: string;

  /** The unit of a curriculum entry to copy into the draft. */
  @IsOptional()
  @IsUUID('all', { message: msg`unitId must be a unit id` })
  unitId?: string;

  /** The version to take; the latest when left out. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;
}

/**
 * `POST /api/v1/curricula/{id}/updates/{unitId}/take`: the latest version of the entry an adopted
 * unit came from, whole (without `outcomes`) or only some of its outcomes.
 */
export class TakeLibraryUpdateDto {
  /** Ids of the source's outcomes (the update's `outcomes[].id`) to take; absent: the whole update. */
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: msg`outcomes must be outcome ids of the update` })
  outcomes?: string[];

  /**
   * Taking the whole update: the unit's own outcomes kept as they are (default: those the school
   * edited since the version it holds).
   */
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: msg`keep must be outcome ids of the unit` })
  keep?: string[];
}
