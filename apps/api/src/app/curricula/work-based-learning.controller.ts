import type { Curriculum, WorkBasedLearningPeriod } from '@curriculum-builder/curriculum';
import {
  CreateWorkBasedLearningDto,
  ReorderDto,
  UpdateWorkBasedLearningDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Delete, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId, PeriodId } from '../../common/decorators/route-params';
import { WorkBasedLearningService } from './work-based-learning.service';

@ApiTags('work-based learning')
@ApiConflictResponse({
  description:
    'Stale `version` (body has `current`) or curriculum not editable (a published one is reopened first).',
})
@Requires('curriculum.write')
@Controller('curricula/:id/work-based-learning')
export class WorkBasedLearningController {
  constructor(private readonly parts: WorkBasedLearningService) {}

  @Post()
  create(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: CreateWorkBasedLearningDto,
  ): Promise<WorkBasedLearningPeriod> {
    return this.parts.createWorkBasedLearning(caller, id, dto);
  }

  /** Body: `{ version: <curriculum version>, ids: [all period ids in the new order] }`. */
  @Post('reorder')
  @HttpCode(200)
  reorder(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: ReorderDto,
  ): Promise<Curriculum> {
    return this.parts.reorderWorkBasedLearning(caller, id, dto);
  }

  @Patch(':wblId')
  update(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @PeriodId() wblId: string,
    @Body() dto: UpdateWorkBasedLearningDto,
  ): Promise<WorkBasedLearningPeriod> {
    return this.parts.updateWorkBasedLearning(caller, id, wblId, dto);
  }

  @Delete(':wblId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @PeriodId() wblId: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.parts.deleteWorkBasedLearning(caller, id, wblId, version);
  }
}
