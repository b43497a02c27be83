import {
  CoverageInventoryQuery,
  CoverageQuery,
  EscoSuggestionsQuery,
} from '@curriculum-builder/curriculum/dto';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import type { Representation } from '../../infrastructure/web/cached-representations';
import { attachment } from '../../infrastructure/web/content-disposition';
import { sendRepresentation } from '../../infrastructure/web/send-representation';
import { CoverageService } from './coverage.service';
import { EscoCatalogueService } from './esco-catalogue.service';

/** Sends a report: JSON, or CSV as an attachment. */
function send(
  request: FastifyRequest,
  reply: FastifyReply,
  report: Representation & { filename?: string },
): FastifyReply {
  if (report.filename !== undefined)
    void reply.header('content-disposition', attachment(report.filename));
  return sendRepresentation(request, reply, report, 'private, no-cache');
}

/** Suggestions while writing and coverage reports against ESCO (issue #20, ADR 0028). */
@ApiTags('esco')
@Controller()
export class CoverageController {
  constructor(
    private readonly coverage: CoverageService,
    private readonly esco: EscoCatalogueService,
  ) {}

  /**
   * The ESCO skills that best match the text of an outcome being written (and its unit's title as
   * `context`), the target occupation's essential skills first among equals; for signed-in users.
   */
  @Get('esco/suggestions')
  @ApiOkResponse({
    description: '`{ items: [{ uri, label, skillType, relation?, score, terms }], total, source }`',
  })
  suggestions(@Query() query: EscoSuggestionsQuery) {
    return this.esco.suggestions(query);
  }

  /**
   * The skills coverage of a curriculum against its target occupation (every essential and
   * optional skill with the units and outcomes that develop it, the gaps, the skills it links that
   * the occupation does not need) and the Industry 4.0 areas per year. Of the working copy for its
   * authors, reviewers and admins, of the latest published version for everyone else.
   */
  @Public()
  @Get('curricula/:id/coverage')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'The report as JSON, or with `format=csv` as a CSV attachment.' })
  @ApiNotFoundResponse({ description: 'No such curriculum, or the caller may not read it.' })
  async report(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Query() query: CoverageQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return send(request, reply, await this.coverage.representation(caller, id, query));
  }

  /**
   * The inventory of a network: which essential skills of the occupations asked for (by default
   * the curricula's own) the published curricula of an institution, or of a partnership (an
   * association and the schools that work with it), cover together, and the gaps.
   */
  @Get('coverage')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The inventory as JSON, or with `format=csv` as a CSV attachment.',
  })
  @ApiBadRequestResponse({ description: 'Neither or both of institution and partnership.' })
  @ApiNotFoundResponse({ description: 'No such institution, or an occupation ESCO lacks.' })
  async inventory(
    @Query() query: CoverageInventoryQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return send(request, reply, await this.coverage.inventory(query));
  }
}
