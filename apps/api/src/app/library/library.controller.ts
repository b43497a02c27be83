import type {
  LibraryEntry,
  LibraryEntrySummary,
  LibraryVersion,
  Unit,
} from '@curriculum-builder/curriculum';
import {
  AdoptFromLibraryDto,
  LibraryQuery,
  PublishToLibraryDto,
} from '@curriculum-builder/curriculum/dto';
import { msg } from '@curriculum-builder/curriculum';
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public, Requires } from '../../common/decorators/auth.decorators';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { LibraryService } from './library.service';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';

const EntryId = () => Param('id', new ParseIdPipe(msg`Library entry`));

/** The shared library of units across institutions (issue #21, ADR 0029). */
@ApiTags('library')
@Controller('library')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  /** Entries under CC BY 4.0, and for members of the publisher's network also theirs. */
  @Public()
  @RateLimit('searches')
  @Get()
  search(
    @CurrentCaller() caller: Caller | null,
    @Query() query: LibraryQuery,
  ): Promise<{ items: LibraryEntrySummary[]; total: number }> {
    return this.library.search(caller, query);
  }

  /**
   * A unit of the own school's published curriculum, as the published version has it; without
   * `unitId` the whole published version as a good-practice example.
   */
  @Requires('library.publish')
  @Post()
  @ApiCreatedResponse({ description: 'A new entry, or a new version of the unit’s entry.' })
  @ApiOkResponse({ description: 'Unchanged since the latest version: the entry.' })
  async publish(
    @CurrentCaller() caller: Caller,
    @Body() dto: PublishToLibraryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LibraryEntry> {
    const { entry, created } = await this.library.publish(caller, dto);
    if (!created) reply.status(200);
    return entry;
  }

  @Public()
  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such entry, or one for network members only.' })
  get(@CurrentCaller() caller: Caller | null, @EntryId() id: string): Promise<LibraryEntry> {
    return this.library.get(caller, id);
  }

  @Public()
  @Get(':id/versions/:number')
  version(
    @CurrentCaller() caller: Caller | null,
    @EntryId() id: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<LibraryVersion> {
    return this.library.version(caller, id, number);
  }

  /**
   * A copy of the entry's unit (a version of it) into a draft of the caller's school; of a
   * curriculum entry one of its units (`unitId`), or without `curriculumId` the whole curriculum
   * as a new draft.
   */
  @Requires('library.adopt')
  @Post(':id/adopt')
  @ApiCreatedResponse({
    description:
      'The new unit, with its provenance; `{ id }` of the new draft for a whole curriculum.',
  })
  adopt(
    @CurrentCaller() caller: Caller,
    @EntryId() id: string,
    @Body() dto: AdoptFromLibraryDto,
  ): Promise<Unit | { id: string }> {
    return this.library.adopt(caller, id, dto);
  }
}
