import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  ASSESSMENT_METHODS,
  INDUSTRY_40_AREAS,
  OUTCOME_CATEGORIES,
  outcomeCategoryOf,
  type AssessmentMethod,
  type Industry40Area,
  type OutcomeCategory,
} from '../model/curriculum';
import { fieldCodeMessage, CODE_PATTERN, LIMITS } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import { EscoSkillReferenceDto } from './esco-reference.dto';
import { Bounded, NestedArray, NestedObject } from './json-types';
import { IsLocalizedText } from './localized-text.validator';
import { OptionalNotNull, PartialDto } from './partial-dto';
import { msg } from '../model/message';

// Every number, length and pattern below comes from the limits table (`LIMITS`, model/limits.ts).
const U = LIMITS.unit;
const V = LIMITS.version;

export class AssessmentDto {
  @ArrayMaxSize(U.methods.max)
  @IsIn(ASSESSMENT_METHODS, { each: true })
  methods!: AssessmentMethod[];

  @IsLocalizedText(U.assessmentCriteria)
  criteria!: LocalizedText;
}

/** `POST …/units`: a unit of learning outcomes, appended at the end unless `position` is given. */
export class CreateUnitDto {
  @Matches(CODE_PATTERN, { message: fieldCodeMessage('code') })
  code!: string;

  @IsLocalizedText(U.title)
  title!: LocalizedText;

  @OptionalNotNull()
  @IsLocalizedText(U.description)
  description?: LocalizedText;

  @Bounded(U.eqfLevel)
  eqfLevel!: number;

  @Bounded(U.ecvetPoints)
  ecvetPoints!: number;

  @OptionalNotNull()
  @IsBoolean()
  mandatory?: boolean;

  @IsOptional()
  @Matches(CODE_PATTERN, { message: msg`electiveGroup must be the code of an elective group` })
  electiveGroup?: string | null;

  /** An add-on qualification outside the qualification's total (default false). */
  @OptionalNotNull()
  @IsBoolean()
  addOn?: boolean;

  @Bounded(U.year)
  year!: number;

  @IsOptional()
  @Bounded(U.term)
  term?: number | null;

  /** The last year of a unit spanning several years (default: its start year). */
  @IsOptional()
  @Bounded(U.year)
  endYear?: number | null;

  @IsOptional()
  @Bounded(U.term)
  endTerm?: number | null;

  /** Hours of guided learning. */
  @IsOptional()
  @Bounded(U.guidedHours)
  guidedHours?: number | null;

  /** Credits in the national system. */
  @IsOptional()
  @Bounded(U.nationalCredits)
  nationalCredits?: number | null;

  @OptionalNotNull()
  @ArrayMaxSize(U.areas.max)
  @IsIn(INDUSTRY_40_AREAS, { each: true })
  areas?: Industry40Area[];

  @OptionalNotNull()
  @ArrayMaxSize(U.escoSkills.max)
  @NestedArray(() => EscoSkillReferenceDto)
  escoSkills?: EscoSkillReferenceDto[];

  @OptionalNotNull()
  @ArrayMaxSize(U.prerequisites.max)
  @IsUUID('all', { each: true, message: msg`each of prerequisites must be the id of a unit` })
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
  @Bounded(V)
  version!: number;
}

/** `POST …/units/:unitId/outcomes`. */
export class CreateOutcomeDto {
  /** One of the categories; an alias (ECVET 2009's "competence") is taken as the category it names. */
  @Transform(({ value }: { value: unknown }) => outcomeCategoryOf(value) ?? value)
  @IsIn(OUTCOME_CATEGORIES, {
    message: msg`category must be one of ${OUTCOME_CATEGORIES.join(', ')}`,
  })
  category!: OutcomeCategory;

  @IsLocalizedText(LIMITS.outcome.text)
  text!: LocalizedText;

  /** How its achievement is judged (default none: the unit's criteria apply). */
  @OptionalNotNull()
  @IsLocalizedText(LIMITS.outcome.criteria)
  criteria?: LocalizedText;

  /** The main skill alone (clients of one skill per outcome): see `changedOutcomeSkills`. */
  @IsOptional()
  @NestedObject(() => EscoSkillReferenceDto)
  escoSkill?: EscoSkillReferenceDto | null;

  /** Every ESCO skill of the outcome, the main one first. */
  @OptionalNotNull()
  @ArrayMaxSize(LIMITS.outcome.escoSkills.max)
  @NestedArray(() => EscoSkillReferenceDto)
  escoSkills?: EscoSkillReferenceDto[];
}

export class UpdateOutcomeDto extends PartialDto(CreateOutcomeDto, ['category', 'text']) {
  @Bounded(V)
  version!: number;
}
