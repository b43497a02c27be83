import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  PROGRAMME_FORMS,
  type AssessmentMethod,
  type AssessmentPart,
  type PartialQualification,
  type ChoiceRule,
  type ElectiveGroupInput,
  type ProgrammeForm,
  type RuleThresholds,
} from '../model/curriculum';
import {
  fieldCodeMessage,
  CODE_PATTERN,
  ISCED_F_PATTERN,
  LANGUAGE_PATTERN,
  LIMITS,
} from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { EscoOccupationReferenceDto } from './esco-reference.dto';
import { Bounded, NestedArray, NestedObject, NumberFromQuery } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';
import { msg } from '../model/message';

// Every number, length and pattern below comes from the limits table (`LIMITS`, model/limits.ts),
// which the importers' content validator and the web forms read too.
const C = LIMITS.curriculum;
const T = LIMITS.thresholds;
const G = LIMITS.electiveGroup;
const V = LIMITS.version;

export class ElectiveGroupDto implements ElectiveGroupInput {
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('code') })
  code!: string;

  @IsLocalizedText(G.title)
  title!: LocalizedText;

  /** The points the group counts towards the qualification's total. */
  @Bounded(G.pointsRequired)
  pointsRequired!: number;

  /** How a learner chooses (default `points-at-least`). */
  @OptionalNotNull()
  @IsIn(CHOICE_RULES, { message: msg`rule must be one of ${CHOICE_RULES.join(', ')}` })
  rule?: ChoiceRule;

  /** For the rule `units`: how many units a learner chooses (default 1). */
  @IsOptional()
  @Bounded(G.unitsRequired)
  unitsRequired?: number | null;
}

const P = LIMITS.assessmentPart;

/** A part of the examination; units and outcomes by id (of this curriculum). */
export class AssessmentPartDto implements AssessmentPart {
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('code') })
  code!: string;

  @IsLocalizedText(P.title)
  title!: LocalizedText;

  /** Its share of the final result in percent. */
  @Bounded(P.weight)
  weight!: number;

  @Bounded(P.year)
  year!: number;

  @IsOptional()
  @Bounded(P.term)
  term!: number | null;

  @ArrayMaxSize(P.methods.max)
  @IsIn(ASSESSMENT_METHODS, { each: true })
  methods!: AssessmentMethod[];

  @ArrayMaxSize(P.units.max)
  @IsUUID('all', { each: true, message: msg`each of unitIds must be the id of a unit` })
  unitIds!: string[];

  @ArrayMaxSize(P.outcomes.max)
  @IsUUID('all', {
    each: true,
    message: msg`each of outcomeIds must be the id of a learning outcome`,
  })
  outcomeIds!: string[];
}

const Q = LIMITS.partialQualification;

/** A partial qualification; its units by id (of this curriculum). */
export class PartialQualificationDto implements PartialQualification {
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('code') })
  code!: string;

  @IsLocalizedText(Q.title)
  title!: LocalizedText;

  @ArrayMinSize(Q.units.min)
  @ArrayMaxSize(Q.units.max)
  @IsUUID('all', { each: true, message: msg`each of unitIds must be the id of a unit` })
  unitIds!: string[];
}

export class RuleThresholdsDto implements Partial<RuleThresholds> {
  @OptionalNotNull()
  @Bounded(T.pointsPerYear)
  pointsPerYear?: number;

  @OptionalNotNull()
  @Bounded(T.yearLoadTolerance)
  yearLoadTolerance?: number;

  @OptionalNotNull()
  @Bounded(T.hoursPerYear)
  hoursPerYear?: number;

  @OptionalNotNull()
  @Bounded(T.minWblShare)
  minWblShare?: number;
}

/** `POST /api/v1/curricula`: a new draft. `ecvetPoints` defaults to 60 per full-time year. */
export class CreateCurriculumDto {
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('code') })
  code!: string;

  /** The qualification it delivers, shared by its programmes (null: a qualification of its own). */
  @IsOptional()
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('qualificationCode') })
  qualificationCode?: string | null;

  @IsLocalizedText(C.title)
  title!: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(C.description)
  description?: LocalizedText;

  @Bounded(C.eqfLevel)
  eqfLevel!: number;

  @IsOptional()
  @Bounded(C.nqfLevel)
  nqfLevel?: number | null;

  @OptionalNotNull()
  @Matches(ISCED_F_PATTERN, {
    message: msg`iscedFCode must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715`,
  })
  iscedFCode?: string;

  @IsOptional()
  @NestedObject(() => EscoOccupationReferenceDto)
  occupation?: EscoOccupationReferenceDto | null;

  /** The delivered duration of the programme in months. */
  @Bounded(C.durationMonths)
  durationMonths!: number;

  /** The qualification's reference full-time duration (default: `durationMonths` × `intensity`). */
  @OptionalNotNull()
  @Bounded(C.referenceDurationMonths)
  referenceDurationMonths?: number;

  @OptionalNotNull()
  @IsIn(PROGRAMME_FORMS, {
    message: msg`programmeForm must be one of ${PROGRAMME_FORMS.join(', ')}`,
  })
  programmeForm?: ProgrammeForm;

  /** Share of full-time study, 0.1 to 1 (default 1; `fullTime: false` alone means 0.5). */
  @OptionalNotNull()
  @Bounded(C.intensity)
  intensity?: number;

  @OptionalNotNull()
  @IsBoolean()
  fullTime?: boolean;

  @OptionalNotNull()
  @Bounded(C.ecvetPoints)
  ecvetPoints?: number;

  @Matches(LANGUAGE_PATTERN, {
    message: msg`primaryLanguage must be a language code such as de or en`,
  })
  primaryLanguage!: string;

  @OptionalNotNull()
  @ArrayMinSize(C.languages.min)
  @ArrayMaxSize(C.languages.max)
  @Matches(LANGUAGE_PATTERN, {
    each: true,
    message: msg`each of languages must be a language code such as de or en`,
  })
  languages?: string[];

  /** Declared languages every text must have before review and publication (default: primary). */
  @OptionalNotNull()
  @ArrayMaxSize(C.languages.max)
  @Matches(LANGUAGE_PATTERN, {
    each: true,
    message: msg`each of requiredLanguages must be a language code such as de or en`,
  })
  requiredLanguages?: string[];

  @OptionalNotNull()
  @ArrayMaxSize(C.electiveGroups.max)
  @NestedArray(() => ElectiveGroupDto)
  electiveGroups?: ElectiveGroupDto[];

  /** The examination's parts (default none). */
  @OptionalNotNull()
  @ArrayMaxSize(C.assessmentPlan.max)
  @NestedArray(() => AssessmentPartDto)
  assessmentPlan?: AssessmentPartDto[];

  /** Named sets of units certified alone (default none). */
  @OptionalNotNull()
  @ArrayMaxSize(C.partialQualifications.max)
  @NestedArray(() => PartialQualificationDto)
  partialQualifications?: PartialQualificationDto[];

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
  @Bounded(V)
  version!: number;
}

/** The version a delete, reorder or other write is based on. */
export class VersionDto {
  @NumberFromQuery()
  @Bounded(V)
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
