import type { Curriculum, PublishedVersion } from '@curriculum-builder/curriculum';
import { ApproveDto, SubmitDto } from '@curriculum-builder/curriculum/dto';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import { sendRepresentation } from '../../infrastructure/web/send-representation';
import { WorkflowService } from './workflow.service';

@ApiTags('workflow and versions')
@Controller('curricula/:id')
export class WorkflowController {
  constructor(private readonly workflow: WorkflowService) {}

  /** To the associations named, or to those the institution works with; refused while rules report errors. */
  @Requires('curriculum.write')
  @Post('submit')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not a draft, or the rule engine reports errors.' })
  submit(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: SubmitDto,
  ): Promise<Curriculum> {
    return this.workflow.submit(caller, id, dto.associationIds);
  }

  @Requires('curriculum.review')
  @Post('request-changes')
  @HttpCode(200)
  requestChanges(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<Curriculum> {
    return this.workflow.requestChanges(caller, id);
  }

  /** Refused (409) while the reviewer's association disagrees in open threads, unless a reason is given. */
  @Requires('curriculum.review')
  @Post('approve')
  @HttpCode(200)
  @ApiConflictResponse({
    description: 'Not in review, or open disagreements of the association and no overrideReason.',
  })
  approve(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: ApproveDto,
  ): Promise<Curriculum> {
    return this.workflow.approve(caller, id, dto.overrideReason);
  }

  /** Freezes the approved curriculum as the next numbered version. */
  @Requires('curriculum.write')
  @Post('publish')
  @HttpCode(200)
  publish(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<Curriculum> {
    return this.workflow.publish(caller, id);
  }

  @Requires('curriculum.archive')
  @Post('archive')
  @HttpCode(200)
  archive(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<Curriculum> {
    return this.workflow.archive(caller, id);
  }

  /**
   * Reopens a published curriculum for editing: the working copy becomes a draft again (recorded
   * in the audit trail); learners keep the published version until the next one is published.
   */
  @Requires('curriculum.write')
  @Post('reopen')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The curriculum tree, now a draft.' })
  @ApiConflictResponse({ description: 'Not published (only a published curriculum is reopened).' })
  reopen(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<Curriculum> {
    return this.workflow.reopen(caller, id);
  }

  @Public()
  @Get('versions')
  @ApiOkResponse({ description: 'Published versions, newest first.' })
  versions(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
  ): Promise<PublishedVersion[]> {
    return this.workflow.versions(caller, id);
  }

  @Public()
  @Get('versions/:n')
  @ApiOkResponse({
    description:
      'The whole tree as published in version `n`. Versions never change: clients and shared caches may keep them for an hour, and revalidate with `If-None-Match` (304).',
  })
  async version(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Param('n', ParseIntPipe) n: number,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const representation = await this.workflow.version(caller, id, n);
    return sendRepresentation(request, reply, representation, 'public, max-age=3600');
  }

  /** Outcome-level differences; `from`/`to` are version numbers or `draft`. */
  @Public()
  @Get('diff')
  @ApiOkResponse({
    description:
      '`{ from, to, units: { added, removed, changed }, … }` (CurriculumDiff); between published versions served from a cache.',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'Version number or `draft`; default: the latest published version.',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description: 'Version number or `draft`; default: the draft (if visible).',
  })
  async diff(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<FastifyReply> {
    const diff = await this.workflow.diff(caller, id, from, to);
    return sendRepresentation(request, reply, diff, 'private, no-cache');
  }
}
