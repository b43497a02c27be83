import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import {
  CreateOutcomeDto,
  CreateUnitDto,
  ReorderDto,
  UpdateOutcomeDto,
  UpdateUnitDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Delete, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId, UnitId, OutcomeId } from '../../common/decorators/route-params';
import { UnitsService } from './units.service';

@ApiTags('units and learning outcomes')
@ApiConflictResponse({
  description:
    'Stale `version` (body has `current`) or curriculum not editable (a published one is reopened first).',
})
@Requires('curriculum.write')
@Controller('curricula/:id/units')
export class UnitsController {
  constructor(private readonly parts: UnitsService) {}

  @Post()
  create(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: CreateUnitDto,
  ): Promise<Unit> {
    return this.parts.createUnit(caller, id, dto);
  }

  /** Body: `{ version: <curriculum version>, ids: [all unit ids in the new order] }`. */
  @Post('reorder')
  @HttpCode(200)
  reorder(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: ReorderDto,
  ): Promise<Curriculum> {
    return this.parts.reorderUnits(caller, id, dto);
  }

  @Patch(':unitId')
  update(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<Unit> {
    return this.parts.updateUnit(caller, id, unitId, dto);
  }

  @Delete(':unitId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.parts.deleteUnit(caller, id, unitId, version);
  }

  @Post(':unitId/outcomes')
  createOutcome(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: CreateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.parts.createOutcome(caller, id, unitId, dto);
  }

  /** Body: `{ version: <unit version>, ids: [all outcome ids of the unit in the new order] }`. */
  @Post(':unitId/outcomes/reorder')
  @HttpCode(200)
  reorderOutcomes(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: ReorderDto,
  ): Promise<Unit> {
    return this.parts.reorderOutcomes(caller, id, unitId, dto);
  }

  @Patch(':unitId/outcomes/:outcomeId')
  updateOutcome(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @OutcomeId() outcomeId: string,
    @Body() dto: UpdateOutcomeDto,
  ): Promise<LearningOutcome> {
    return this.parts.updateOutcome(caller, id, unitId, outcomeId, dto);
  }

  @Delete(':unitId/outcomes/:outcomeId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeOutcome(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @OutcomeId() outcomeId: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.parts.deleteOutcome(caller, id, unitId, outcomeId, version);
  }
}
