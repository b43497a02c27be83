import type { LibraryUpdate, Unit } from '@curriculum-builder/curriculum';
import { TakeLibraryUpdateDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId, UnitId } from '../../common/decorators/route-params';
import { LibraryUpdatesService } from './library-updates.service';

/** New versions of the library entries a curriculum's units were adopted from (ADR 0029). */
@ApiTags('library')
@Requires('library.adopt')
@Controller('curricula/:id/updates')
export class LibraryUpdatesController {
  constructor(private readonly updates: LibraryUpdatesService) {}

  /** The updates waiting: per adopted unit, the source's outcome-level diff and the school's edits. */
  @Get()
  list(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
  ): Promise<{ items: LibraryUpdate[] }> {
    return this.updates.list(caller, id);
  }

  /** Body `{}` takes the whole update (keeping outcomes edited here); `{ outcomes: [...] }` only those. */
  @Post(':unitId/take')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'No update waiting, or the curriculum is not editable.' })
  take(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
    @Body() dto: TakeLibraryUpdateDto,
  ): Promise<Unit> {
    return this.updates.take(caller, id, unitId, dto);
  }

  /** Not this version: the unit stays as it is until the entry's next version. */
  @Post(':unitId/dismiss')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'No update waiting, or the curriculum is not editable.' })
  dismiss(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @UnitId() unitId: string,
  ): Promise<void> {
    return this.updates.dismiss(caller, id, unitId);
  }
}
