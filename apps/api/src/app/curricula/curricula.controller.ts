import type { Curriculum, CurriculumSummary, Page } from '@curriculum-builder/curriculum';
import {
  CreateCurriculumDto,
  UpdateCurriculumDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { InstitutionsService } from '../institutions/institutions.service';
import { CurriculaService } from './curricula.service';
import { CurriculumValidationService } from './curriculum-validation.service';
import { ListCurriculaQuery } from './list-curricula.query';
import type { ValidationReport } from '@curriculum-builder/curriculum';

const CurriculumId = () => Param('id', new ParseIdPipe('Curriculum'));

@ApiTags('curricula')
@Controller('curricula')
export class CurriculaController {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly validation: CurriculumValidationService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @ApiOkResponse({ description: '`{ items, total }`, most recently changed first.' })
  list(@Query() query: ListCurriculaQuery): Promise<Page<CurriculumSummary>> {
    return this.curricula.list({
      q: query.q,
      status: query.status,
      eqfLevel: query.eqfLevel,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  }

  @Post()
  @ApiCreatedResponse({ description: 'The new draft, as a whole tree.' })
  async create(@Body() dto: CreateCurriculumDto): Promise<Curriculum> {
    return this.curricula.create(dto, await this.institutions.authoringInstitution());
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The whole tree: curriculum, units with outcomes, WBL periods.' })
  @ApiNotFoundResponse()
  get(@CurriculumId() id: string): Promise<Curriculum> {
    return this.curricula.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'The edited curriculum tree.' })
  @ApiConflictResponse({ description: 'Stale `version` (body has `current`) or not editable.' })
  update(@CurriculumId() id: string, @Body() dto: UpdateCurriculumDto): Promise<Curriculum> {
    return this.curricula.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Stale `version` or not a draft.' })
  remove(@CurriculumId() id: string, @Query() { version }: VersionDto): Promise<void> {
    return this.curricula.remove(id, version);
  }

  @Post(':id/duplicate')
  @ApiCreatedResponse({ description: '`{ id }` of the new draft copy.' })
  async duplicate(@CurriculumId() id: string): Promise<{ id: string }> {
    return this.curricula.duplicate(id, await this.institutions.authoringInstitution());
  }

  @Get(':id/validation')
  @ApiOkResponse({
    description: '`{ findings: [{ ruleId, severity, message, messages, path }], summary }`',
  })
  validate(@CurriculumId() id: string): Promise<ValidationReport> {
    return this.validation.report(id);
  }
}
