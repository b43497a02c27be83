import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import {
  CreateOutcomeDto,
  CreateUnitDto,
  ReorderDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { CurriculumPartsService } from './curriculum-parts.service';

const CurriculumId = () => Param('id', new ParseIdPipe('Curriculum'));
const UnitId = () => Param('unitId', new ParseIdPipe('Unit'));
const OutcomeId = () => Param('outcomeId', new ParseIdPipe('Learning outcome'));

@ApiTags('units and learning outcomes')
@ApiConflictResponse({
  description: 'Stale `version` (body has `current`) or curriculum not editable.',
})
@Controller('curricula/:id/units')
export class UnitsController {
  constructor(private readonly parts: CurriculumPartsService) {}

  @Post()
  create(@CurriculumId() id: string, @Body() dto: CreateUnitDto): Promise<Unit> {
    return this.parts.createUnit(id, dto);
  }

  /** Body: `{ version: <curriculum version>, ids: [all unit ids in the new order] }`. */
  @Post('reorder')
  @HttpCode(200)
  reorder(@CurriculumId() id: string, @Body() dto: ReorderDto): Promise<Curriculum> {
    return this.parts.reorderUnits(id, dto);
  }

  @Patch(':unitId')
  update(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<Unit> {
    return this.parts.updateUnit(id, unitId, dto);
  }

  @Delete(':unitId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.parts.deleteUnit(id, unitId, version);
  }

  @Post(':unitId/outcomes')
  createOutcome(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: CreateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.parts.createOutcome(id, unitId, dto);
  }

  /** Body: `{ version: <unit version>, ids: [all outcome ids of the unit in the new order] }`. */
  @Post(':unitId/outcomes/reorder')
  @HttpCode(200)
  reorderOutcomes(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: ReorderDto,
  ): Promise<Unit> {
    return this.parts.reorderOutcomes(id, unitId, dto);
  }

  @Patch(':unitId/outcomes/:outcomeId')
  updateOutcome(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @OutcomeId() outcomeId: string,
    @Body() dto: UpdateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.parts.updateOutcome(id, unitId, outcomeId, dto);
  }

  @Delete(':unitId/outcomes/:outcomeId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeOutcome(
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @OutcomeId() outcomeId: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.parts.deleteOutcome(id, unitId, outcomeId, version);
  }
}
