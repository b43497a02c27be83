import type { Job } from '@curriculum-builder/curriculum';
import { Controller, Get, Header, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import type { FastifyReply } from 'fastify';
import { accepted, fileOrJob, RequestId } from '../jobs/job-answers';
import { ExportsService } from './exports.service';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from './formats';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';

const described = (pick: (f: (typeof EXPORT_FORMATS)[number]) => string | undefined) =>
  EXPORT_FORMATS.flatMap((f) => (pick(f) ? [`\`${f.name}\`: ${pick(f)}`] : [])).join(' · ');

/**
 * Every export format of the registry (`formats/index.ts`) at one path. Public: anyone may export
 * what they may read (the working copy for its authors, reviewers and admins, the latest published
 * version for everyone else; 404 otherwise).
 */
@ApiTags('exports')
@Controller('curricula/:id/export')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Public()
  @RateLimit('exports')
  @Get(':format')
  @Header('Cache-Control', 'private, no-cache')
  @ApiParam({
    name: 'format',
    enum: EXPORT_FORMAT_NAMES,
    description: described((f) => f.summary),
  })
  @ApiProduces(...new Set(EXPORT_FORMATS.map((f) => f.mediaType)))
  @ApiQuery({
    name: 'lang',
    required: false,
    description: `For ${EXPORT_FORMATS.filter((f) => f.languages)
      .map((f) => `\`${f.name}\``)
      .join(
        ', ',
      )}: one of the curriculum's languages (default: its primary language). Texts missing in it are shown in the primary language and marked, e.g. \`[de]\`. The other formats hold every language.`,
    example: 'en',
  })
  @ApiQuery({
    name: 'version',
    required: false,
    description: `For ${EXPORT_FORMATS.filter((f) => f.versions !== undefined)
      .map((f) => `\`${f.name}\` (${(f.versions ?? []).join(', ')}; default ${f.versions?.[0]})`)
      .join(', ')}: the version of the standard.`,
    example: '1.1',
  })
  @ApiOkResponse({
    content: Object.fromEntries(
      EXPORT_FORMATS.map((f) => [
        f.mediaType,
        { schema: f.text ? { type: 'string' } : { type: 'string', format: 'binary' } },
      ]),
    ),
    description: 'The file as an attachment (`<code>-<lang>.pdf`, `<code>-elm.jsonld` …).',
  })
  @ApiBadRequestResponse({
    description:
      "`lang` is not one of the curriculum's languages, or `version` not one of the format's.",
  })
  @ApiNotFoundResponse({
    description: 'No such curriculum, the caller may not read it, or no such format.',
  })
  @ApiUnprocessableEntityResponse({
    description: `The stored curriculum is malformed (e.g. a list where an object belongs), or: ${described((f) => f.incomplete)}; \`problems\` names each field as \`{ path, message }\`.`,
  })
  @ApiAcceptedResponse({
    description:
      'Still rendering after `EXPORT_WAIT_MS`: the job (as `GET /api/v1/jobs/:id`), with `Location`.',
  })
  exportFile(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
    @Query('version') version?: string,
  ): Promise<StreamableFile | Job> {
    return fileOrJob(reply, this.exports.export(caller, id, format, lang, version, requestId));
  }

  /**
   * The same export as a background job (ADR 0032): 202 with the job and `Location:
   * /api/v1/jobs/:id` at once; its `progress` grows while it renders, and once `done` the file is
   * at `result.href`. Same checks and limits as `GET`.
   */
  @Public()
  @RateLimit('exports')
  @Post(':format')
  @ApiParam({ name: 'format', enum: EXPORT_FORMAT_NAMES })
  @ApiQuery({ name: 'lang', required: false })
  @ApiQuery({ name: 'version', required: false })
  @ApiAcceptedResponse({ description: 'The job (`{ id, state, progress, … }`).' })
  @ApiBadRequestResponse({
    description:
      "`lang` is not one of the curriculum's languages, or `version` not one of the format's.",
  })
  @ApiNotFoundResponse({
    description: 'No such curriculum, the caller may not read it, or no such format.',
  })
  async exportJob(
    @CurrentCaller() caller: Caller | null,
    @CurriculumId() id: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
    @Query('version') version?: string,
  ): Promise<Job> {
    return accepted(reply, await this.exports.submit(caller, id, format, lang, version, requestId));
  }
}
