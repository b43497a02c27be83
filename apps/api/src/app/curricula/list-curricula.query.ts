import { CURRICULUM_STATUSES, type CurriculumStatus } from '@curriculum-builder/curriculum';
import { NumberFromQuery } from '@curriculum-builder/curriculum/dto';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `GET /api/v1/curricula?q=&status=&eqfLevel=&page=&pageSize=` */
export class ListCurriculaQuery {
  /** Text to find in the title (any language) or the code. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(CURRICULUM_STATUSES)
  status?: CurriculumStatus;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel?: number;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @IsOptional()
  @NumberFromQuery()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
