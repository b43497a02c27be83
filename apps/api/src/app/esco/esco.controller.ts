import type { EscoOccupation, EscoPage, EscoSkill } from '@curriculum-builder/curriculum';
import { EscoOccupationsQuery, EscoSkillsQuery } from '@curriculum-builder/curriculum/dto';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EscoCatalogueService } from './esco-catalogue.service';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';

/** The ESCO catalogue (issue #20, ADR 0027), for any signed-in user. */
@ApiTags('esco')
@Controller('esco')
export class EscoController {
  constructor(private readonly esco: EscoCatalogueService) {}

  /** Occupations by label and alternative label, ranked (prefix and word matches first). */
  @Get('occupations')
  occupations(@Query() query: EscoOccupationsQuery): Promise<EscoPage<EscoOccupation>> {
    return this.esco.occupations(query);
  }

  /** Skills by label, or an occupation's essential and optional skills (essential first). */
  @RateLimit('searches')
  @Get('skills')
  skills(@Query() query: EscoSkillsQuery): Promise<EscoPage<EscoSkill>> {
    return this.esco.skills(query);
  }
}
