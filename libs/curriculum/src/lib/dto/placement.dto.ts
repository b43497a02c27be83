import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { LANGUAGE_PATTERN, LIMITS, ESCO_SKILL_PATTERN } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { msg } from '../model/message';
import { PLACEMENT_OFFER_STATUSES, type PlacementOfferStatus } from '../model/placement';
import { EscoSkillReferenceDto } from './esco-reference.dto';
import { Bounded, IsDate, NestedArray, NestedObject } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';

const P = LIMITS.placement;
const Name = () => (target: object, property: string) => {
  IsString()(target, property);
  Length(P.name.min, P.name.max)(target, property);
};

/** Whom schools talk to about an offer. */
export class PlacementContactDto {
  @Name()
  name!: string;

  @IsEmail({}, { message: msg`email must be an e-mail address` })
  email!: string;
}

/** `POST /api/v1/placements`: places the caller's company (or association) offers. */
export class CreatePlacementOfferDto {
  /** The company where learners work; the offerer's name when left out. */
  @IsOptional()
  @Name()
  company?: string;

  @IsLocalizedText(P.title)
  title!: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(P.activities)
  activities?: LocalizedText;

  @Name()
  city!: string;

  @Matches(/^[A-Z]{2}$/, { message: msg`country must be an ISO 3166-1 alpha-2 code such as DE` })
  country!: string;

  @IsDate()
  startsOn!: string;

  @IsDate()
  endsOn!: string;

  @Bounded(P.hoursPerWeek)
  hoursPerWeek!: number;

  @Bounded(P.capacity)
  capacity!: number;

  @ArrayMinSize(P.skills.min)
  @ArrayMaxSize(P.skills.max)
  @NestedArray(() => EscoSkillReferenceDto)
  escoSkills!: EscoSkillReferenceDto[];

  @ArrayMinSize(P.languages.min)
  @ArrayMaxSize(P.languages.max)
  @Matches(LANGUAGE_PATTERN, {
    each: true,
    message: msg`languages must be language codes such as de or en`,
  })
  languages!: string[];

  @NestedObject(() => PlacementContactDto)
  contact!: PlacementContactDto;
}

/** `PATCH /api/v1/placements/{id}`: any field, `status: "closed"` to take it off the matches. */
export class UpdatePlacementOfferDto extends PartialDto(CreatePlacementOfferDto, [
  'title',
  'city',
  'country',
  'startsOn',
  'endsOn',
  'hoursPerWeek',
  'capacity',
  'escoSkills',
  'languages',
  'contact',
]) {
  @Bounded(LIMITS.version)
  version!: number;

  @IsOptional()
  @IsIn(PLACEMENT_OFFER_STATUSES)
  status?: PlacementOfferStatus;
}

/** `GET /api/v1/placements?…`: every filter optional. */
export class PlacementQuery {
  @IsOptional()
  @Matches(ESCO_SKILL_PATTERN, { message: msg`skill must be an ESCO skill URI` })
  skill?: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: msg`country must be an ISO 3166-1 alpha-2 code such as DE` })
  country?: string;

  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: msg`language must be a language code such as de or en` })
  language?: string;

  @IsOptional()
  @IsIn(PLACEMENT_OFFER_STATUSES)
  status?: PlacementOfferStatus;
}

/** `GET …/work-based-learning/{wblId}/matches?from=&to=`: when the school plans the period. */
export class PlacementMatchQuery {
  @IsOptional()
  @IsDate()
  from?: string;

  @IsOptional()
  @IsDate()
  to?: string;
}

/** `POST /api/v1/placements/{id}/requests`: places for a WBL period of the caller's curriculum. */
export class CreatePlacementRequestDto {
  @IsUUID('all', { message: msg`curriculumId must be a curriculum id` })
  curriculumId!: string;

  @IsUUID('all', { message: msg`wblId must be the id of a work-based learning period` })
  wblId!: string;

  @Bounded(P.places)
  places!: number;

  @IsOptional()
  @IsString()
  @Length(P.message.min, P.message.max)
  message?: string;

  @IsOptional()
  @IsDate()
  startsOn?: string;

  @IsOptional()
  @IsDate()
  endsOn?: string;
}

/** `POST /api/v1/placement-requests/{id}/accept|decline`: the offerer's answer. */
export class AnswerPlacementRequestDto {
  @IsOptional()
  @IsString()
  @Length(P.message.min, P.message.max)
  answer?: string;
}
