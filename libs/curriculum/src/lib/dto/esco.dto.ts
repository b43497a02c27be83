import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ESCO_OCCUPATION_PATTERN, ESCO_SKILL_PATTERN, LANGUAGE_PATTERN } from '../model/limits';
import { msg } from '../model/message';
import { NumberFromQuery } from './json-types';

/** `GET /api/v1/esco/occupations?q=&lang=&limit=` (ADR 0027). */
export class EscoOccupationsQuery {
  /** Words of a label or an alternative label; empty lists the catalogue. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** The language of the labels shown (English where ESCO has none in it). */
  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: msg`lang must be a language code such as de or en` })
  lang?: string;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** `GET /api/v1/esco/skills?q=&occupation=&lang=&limit=`: `occupation` keeps to its skills. */
export class EscoSkillsQuery extends EscoOccupationsQuery {
  @IsOptional()
  @Matches(ESCO_OCCUPATION_PATTERN, { message: msg`occupation must be an ESCO occupation URI` })
  occupation?: string;
}

/** A comma-separated query value as a list (`a,b` → `['a', 'b']`); a repeated parameter too. */
function ListFromQuery(): PropertyDecorator {
  return Transform(
    ({ value }: { value: unknown }) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')
        : Array.isArray(value)
          ? value.flatMap((item: unknown) => (typeof item === 'string' ? item.split(',') : [item]))
          : value,
    { toClassOnly: true },
  );
}

/**
 * `GET /api/v1/esco/suggestions?text=&context=&occupation=&lang=&limit=&exclude=` (ADR 0028): the
 * skills that best match the text of an outcome being written.
 */
export class EscoSuggestionsQuery {
  /** The text being written (an outcome's statement). */
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  text!: string;

  /** Text around it that counts as well (the unit's title). */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  context?: string;

  /** The curriculum's target occupation: its essential skills rank first among equals. */
  @IsOptional()
  @Matches(ESCO_OCCUPATION_PATTERN, { message: msg`occupation must be an ESCO occupation URI` })
  occupation?: string;

  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: msg`lang must be a language code such as de or en` })
  lang?: string;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;

  /** Skills not to propose, comma-separated (those already linked). */
  @IsOptional()
  @ListFromQuery()
  @ArrayMaxSize(200)
  @Matches(ESCO_SKILL_PATTERN, { each: true, message: msg`exclude must list ESCO skill URIs` })
  exclude?: string[];
}

/** `GET /api/v1/curricula/:id/coverage?lang=&format=` (ADR 0028). */
export class CoverageQuery {
  /** The language of the skills' labels (English where the catalogue has none in it). */
  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: msg`lang must be a language code such as de or en` })
  lang?: string;

  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/**
 * `GET /api/v1/coverage?institution=|partnership=&occupations=&lang=&format=` (ADR 0028): the
 * published curricula of an institution, or of a partnership (an MoU's institutions, or an
 * association and the schools that work with it), against a list of occupations.
 */
export class CoverageInventoryQuery extends CoverageQuery {
  @IsOptional()
  @IsUUID('all')
  institution?: string;

  @IsOptional()
  @IsUUID('all')
  partnership?: string;

  /** ESCO occupation URIs, comma-separated; default: the curricula's own target occupations. */
  @IsOptional()
  @ListFromQuery()
  @ArrayMaxSize(50)
  @Matches(ESCO_OCCUPATION_PATTERN, {
    each: true,
    message: msg`occupations must list ESCO occupation URIs`,
  })
  occupations?: string[];
}
