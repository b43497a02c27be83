import { msg, type Institution } from '@curriculum-builder/curriculum';
import { AddPartnerDto, CreateInstitutionDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../common/decorators/auth.decorators';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { InstitutionsService } from './institutions.service';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  /** Schools and associations (any logged-in user: e.g. to pick associations for a review). */
  @Get()
  list(): Promise<Institution[]> {
    return this.institutions.list();
  }

  @Requires('institution.manage')
  @Post()
  create(@Body() dto: CreateInstitutionDto): Promise<Institution> {
    return this.institutions.createInstitution(dto);
  }

  /** The school works with the association: its curricula go there for review by default. */
  @Requires('institution.manage')
  @Post(':id/partners')
  @HttpCode(204)
  addPartner(
    @Param('id', new ParseIdPipe(msg`Institution`)) id: string,
    @Body() dto: AddPartnerDto,
  ): Promise<void> {
    return this.institutions.addPartner(id, dto.associationId);
  }
}
