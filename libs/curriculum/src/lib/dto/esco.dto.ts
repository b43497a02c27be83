import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ESCO_OCCUPATION_PATTERN, LANGUAGE_PATTERN } from '../model/limits';
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
