import type { Job, Mou, MouSummary } from '@curriculum-builder/curriculum';
import {
  CreateMouDto,
  RejectDto,
  UpdateMouDto,
  VersionDto,
} from '@curriculum-builder/curriculum/dto';
import {
  Body,
  Controller,
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
import { MouId } from '../../common/decorators/route-params';
import { documentLanguage } from './documents/document-download';
import { MousService } from './mous.service';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';
import type { FastifyReply } from 'fastify';
import { accepted, fileOrJob, RequestId } from '../jobs/job-answers';
import { type DocumentJob, MobilityDocuments } from './documents/mobility-documents';

/** Memoranda of Understanding between partner schools (issue #18). */
@ApiTags('mobility')
@Controller('mous')
export class MousController {
  constructor(
    private readonly mous: MousService,
    private readonly documents: MobilityDocuments,
  ) {}

  @Requires('mobility.read')
  @Get()
  list(@CurrentCaller() caller: Caller): Promise<MouSummary[]> {
    return this.mous.list(caller);
  }

  @Requires('mobility.manage')
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateMouDto): Promise<Mou> {
    return this.mous.create(caller, dto);
  }

  @Requires('mobility.read')
  @Get(':id')
  get(@CurrentCaller() caller: Caller, @MouId() id: string): Promise<Mou> {
    return this.mous.get(caller, id);
  }

  @Requires('mobility.manage')
  @Patch(':id')
  update(
    @CurrentCaller() caller: Caller,
    @MouId() id: string,
    @Body() dto: UpdateMouDto,
  ): Promise<Mou> {
    return this.mous.update(caller, id, dto);
  }

  /** The caller's school accepts (its initiator: proposes the draft to the partners). */
  @Requires('mobility.manage')
  @Post(':id/accept')
  @HttpCode(200)
  accept(
    @CurrentCaller() caller: Caller,
    @MouId() id: string,
    @Body() dto: VersionDto,
  ): Promise<Mou> {
    return this.mous.accept(caller, id, dto.version);
  }

  @Requires('mobility.manage')
  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @CurrentCaller() caller: Caller,
    @MouId() id: string,
    @Body() dto: RejectDto,
  ): Promise<Mou> {
    return this.mous.reject(caller, id, dto);
  }

  /** The MoU as PDF: `lang` one of en, de, lt, lv, et (the document's words; content as written). */
  @Requires('mobility.read')
  @RateLimit('exports')
  @Get(':id/export/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentCaller() caller: Caller,
    @MouId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<StreamableFile | Job> {
    return fileOrJob(
      reply,
      this.documents.download(caller, await this.document(caller, id, lang), requestId),
    );
  }

  /** The MoU's PDF as a background job (202, `Location: /api/v1/jobs/:id`). */
  @Requires('mobility.read')
  @RateLimit('exports')
  @Post(':id/export/pdf')
  async pdfJob(
    @CurrentCaller() caller: Caller,
    @MouId() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string,
    @Query('lang') lang?: string,
  ): Promise<Job> {
    return accepted(
      reply,
      await this.documents.submit(caller, await this.document(caller, id, lang), requestId),
    );
  }

  private async document(
    caller: Caller,
    id: string,
    lang: string | undefined,
  ): Promise<DocumentJob> {
    const language = documentLanguage(lang);
    return { document: 'mou', language, mou: await this.mous.get(caller, id) };
  }
}
