import type {
  AuditEvent,
  Curriculum,
  CurriculumSummary,
  Page,
  ProgrammeSummary,
} from '@curriculum-builder/curriculum';
import {
  CreateCurriculumDto,
  UpdateCurriculumDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiHeader,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import { sendRepresentation } from '../../infrastructure/web/send-representation';
import { CurriculaService } from './curricula.service';
import { CurriculumAuditService } from './curriculum-audit.service';
import { CurriculumValidationService } from './curriculum-validation.service';
import { ListCurriculaQuery } from './list-curricula.query';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';

@ApiTags('curricula')
@Controller('curricula')
export class CurriculaController {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly validation: CurriculumValidationService,
    private readonly audit: CurriculumAuditService,
  ) {}

  @Public()
  @RateLimit('searches')
  @Get()
  @ApiOkResponse({
    description: '`{ items, total }`, most recently changed first; only what the caller may see.',
  })
  list(
    @CurrentCaller() caller: Caller | null,
    @Query() query: ListCurriculaQuery,
  ): Promise<Page<CurriculumSummary>> {
    return this.curricula.list(caller, {
      q: query.q,
      status: query.status,
      eqfLevel: query.eqfLevel,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  }

  @Requires('curriculum.write')
  @Post()
  @ApiCreatedResponse({
    description: "The new draft in the caller's institution, as a whole tree.",
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateCurriculumDto): Promise<Curriculum> {
    return this.curricula.create(caller, dto);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({
    description:
      'The whole tree: the working copy for its authors, reviewers and admins; the latest published version for everyone else.',
  })
  @ApiNotFoundResponse()
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'The `ETag` of a copy held: 304 without a body while it is current.',
  })
  @ApiResponse({ status: 304, description: 'The copy named by `If-None-Match` is current.' })
  async get(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const read = await this.curricula.read(caller, id);
    if (read.kind === 'published') {
      // The latest published version may be superseded: clients revalidate (cheap 304s).
      return sendRepresentation(request, reply, read.representation, 'public, no-cache');
    }
    return reply
      .headers({ 'cache-control': 'private, no-cache', vary: 'Authorization, Cookie' })
      .send(read.curriculum);
  }

  @Requires('curriculum.write')
  @Patch(':id')
  @ApiOkResponse({ description: 'The edited curriculum tree.' })
  @ApiConflictResponse({
    description:
      'Stale `version` (body has `current`), or not editable: in review, archived, or published (`POST …/reopen` first).',
  })
  update(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: UpdateCurriculumDto,
  ): Promise<Curriculum> {
    return this.curricula.update(caller, id, dto);
  }

  @Requires('curriculum.write')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Stale `version`, in review, or published before.' })
  remove(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Query() { version }: VersionDto,
  ): Promise<void> {
    return this.curricula.remove(caller, id, version);
  }

  /**
   * The author confirms the values an import guessed (the IMPORT-DEFAULT findings) as they are:
   * none is a guess any longer, and the ELM export states them.
   */
  @Requires('curriculum.write')
  @Post(':id/imported-values/confirm')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The curriculum, without guessed values.' })
  @ApiConflictResponse({
    description: 'The curriculum changed since `version`, or is not editable now.',
  })
  confirmImportedValues(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() { version }: VersionDto,
  ): Promise<Curriculum> {
    return this.curricula.confirmImportedValues(caller, id, version);
  }

  @Requires('curriculum.write')
  @Post(':id/duplicate')
  @ApiCreatedResponse({
    description: "`{ id }` of the new draft copy in the caller's institution.",
  })
  duplicate(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<{ id: string }> {
    return this.curricula.duplicate(caller, id);
  }

  @Public()
  @RateLimit('validations')
  @Get(':id/validation')
  @ApiOkResponse({
    description: '`{ findings: [{ ruleId, severity, message, messages, path }], summary }`',
  })
  async validate(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const report = await this.validation.report(caller, id);
    return sendRepresentation(request, reply, report, 'private, no-cache');
  }

  /**
   * The other programmes of the qualification it delivers (the same qualification code at its
   * institution) that the caller may read, with the qualification facts in which each differs.
   */
  @Public()
  @Get(':id/programmes')
  @ApiOkResponse({
    description:
      '`[{ id, code, title, status, programmeForm, intensity, durationMonths, referenceDurationMonths, ecvetPoints, eqfLevel, nqfLevel, iscedFCode, occupation, differences }]`',
  })
  programmes(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
  ): Promise<ProgrammeSummary[]> {
    return this.curricula.programmes(caller, id);
  }

  /** Who changed what and when, newest first: for the curriculum's authors and admins. */
  @Requires('curriculum.audit')
  @Get(':id/audit')
  auditTrail(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<AuditEvent[]> {
    return this.audit.list(caller, id);
  }
}
