import type { Job, Mobility, MobilitySummary, Transcript } from '@curriculum-builder/curriculum';
import {
  CreateMobilityDto,
  RejectDto,
  TranscriptLineDto,
  UpdateMobilityDto,
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
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { LineId, MobilityId } from '../../common/decorators/route-params';
import { documentLanguage } from './documents/document-download';
import { MobilitiesService } from './mobilities.service';
import { TranscriptsService } from './transcripts.service';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';
import type { FastifyReply } from 'fastify';
import { accepted, fileOrJob, RequestId } from '../jobs/job-answers';
import { type DocumentJob, MobilityDocuments } from './documents/mobility-documents';

/**
 * Learning Agreements of mobilities and their Personal Transcripts (issue #18). Read by the staff
 * of home and host, the learner and admins; signed by the coordinators of home and host and the
 * learner; results recorded by the host's staff, recognised by the home school's coordinator.
 */
@ApiTags('mobility')
@Controller('mobilities')
export class MobilitiesController {
  constructor(
    private readonly mobilities: MobilitiesService,
    private readonly transcripts: TranscriptsService,
    private readonly documents: MobilityDocuments,
  ) {}

  @Get()
  list(@CurrentCaller() caller: Caller): Promise<MobilitySummary[]> {
    return this.mobilities.list(caller);
  }

  @Requires('mobility.manage')
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateMobilityDto): Promise<Mobility> {
    return this.mobilities.create(caller, dto);
  }

  @Get(':id')
  get(@CurrentCaller() caller: Caller, @MobilityId() id: string): Promise<Mobility> {
    return this.mobilities.get(caller, id);
  }

  @Requires('mobility.manage')
  @Patch(':id')
  update(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Body() dto: UpdateMobilityDto,
  ): Promise<Mobility> {
    return this.mobilities.update(caller, id, dto);
  }

  /** Signs the agreement for the caller's party (home first, then host and learner). */
  @Post(':id/accept')
  @HttpCode(200)
  accept(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Body() dto: VersionDto,
  ): Promise<Mobility> {
    return this.mobilities.accept(caller, id, dto.version);
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Body() dto: RejectDto,
  ): Promise<Mobility> {
    return this.mobilities.reject(caller, id, dto);
  }

  @RateLimit('exports')
  @Get(':id/export/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<StreamableFile | Job> {
    return fileOrJob(
      reply,
      this.documents.download(caller, await this.agreement(caller, id, lang), requestId),
    );
  }

  /** The Learning Agreement's PDF as a background job (202, `Location: /api/v1/jobs/:id`). */
  @RateLimit('exports')
  @Post(':id/export/pdf')
  async pdfJob(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<Job> {
    return accepted(
      reply,
      await this.documents.submit(caller, await this.agreement(caller, id, lang), requestId),
    );
  }

  @Get(':id/transcript')
  transcript(@CurrentCaller() caller: Caller, @MobilityId() id: string): Promise<Transcript> {
    return this.transcripts.get(caller, id);
  }

  @Requires('mobility.assess')
  @Post(':id/transcript/lines')
  addLine(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Body() dto: TranscriptLineDto,
  ): Promise<Transcript> {
    return this.transcripts.addLine(caller, id, dto);
  }

  @Requires('mobility.assess')
  @Delete(':id/transcript/lines/:lineId')
  deleteLine(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @LineId() lineId: string,
  ): Promise<Transcript> {
    return this.transcripts.deleteLine(caller, id, lineId);
  }

  /** The host's coordinator issues the transcript (`version`: the agreement's); it is then locked. */
  @Requires('mobility.manage')
  @Post(':id/transcript/issue')
  @HttpCode(200)
  issue(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Body() dto: VersionDto,
  ): Promise<Transcript> {
    return this.transcripts.issue(caller, id, dto.version);
  }

  /** The home school recognises the line: it counts in the learner's record like a home result. */
  @Requires('mobility.manage')
  @Post(':id/transcript/lines/:lineId/accept')
  @HttpCode(200)
  recognise(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @LineId() lineId: string,
    @Body() dto: VersionDto,
  ): Promise<Transcript> {
    return this.transcripts.decide(caller, id, lineId, 'recognised', dto);
  }

  @Requires('mobility.manage')
  @Post(':id/transcript/lines/:lineId/reject')
  @HttpCode(200)
  refuse(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @LineId() lineId: string,
    @Body() dto: RejectDto,
  ): Promise<Transcript> {
    return this.transcripts.refuse(caller, id, lineId, dto);
  }

  @RateLimit('exports')
  @Get(':id/transcript/export/pdf')
  @ApiProduces('application/pdf')
  async transcriptPdf(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<StreamableFile | Job> {
    return fileOrJob(
      reply,
      this.documents.download(caller, await this.transcriptDocument(caller, id, lang), requestId),
    );
  }

  /** The Personal Transcript's PDF as a background job (202, `Location: /api/v1/jobs/:id`). */
  @RateLimit('exports')
  @Post(':id/transcript/export/pdf')
  async transcriptPdfJob(
    @CurrentCaller() caller: Caller,
    @MobilityId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<Job> {
    return accepted(
      reply,
      await this.documents.submit(
        caller,
        await this.transcriptDocument(caller, id, lang),
        requestId,
      ),
    );
  }

  private async agreement(
    caller: Caller,
    id: string,
    lang: string | undefined,
  ): Promise<DocumentJob> {
    const language = documentLanguage(lang);
    return { document: 'agreement', language, mobility: await this.mobilities.get(caller, id) };
  }

  private async transcriptDocument(
    caller: Caller,
    id: string,
    lang: string | undefined,
  ): Promise<DocumentJob> {
    const language = documentLanguage(lang);
    return {
      document: 'transcript',
      language,
      mobility: await this.mobilities.get(caller, id),
      transcript: await this.transcripts.get(caller, id),
    };
  }
}
