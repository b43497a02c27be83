import type { Learner, LearnerRecord, LearnerSummary } from '@curriculum-builder/curriculum';
import {
  CreateLearnerDto,
  RecordAchievementDto,
  UpdateLearnerDto,
} from '@curriculum-builder/curriculum/dto';
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { AchievementId, LearnerId } from '../../common/decorators/route-params';
import { representation } from '../../infrastructure/web/cached-representations';
import { downloadFile } from '../../infrastructure/web/content-disposition';
import { ELM_MEDIA_TYPE } from '../interop/elm/elm-vocabulary';
import { LearnersService } from './learners.service';
import { RecordCredentialService } from './record-credential.service';

/**
 * Learners and their records (issue #18). Listing and reading: staff of the learner's school, the
 * learner (the own record only), admins; writing: staff of the school; erasing: admins.
 */
@ApiTags('learners')
@Controller('learners')
export class LearnersController {
  constructor(
    private readonly learners: LearnersService,
    private readonly credentials: RecordCredentialService,
  ) {}

  @Get()
  list(@CurrentCaller() caller: Caller): Promise<LearnerSummary[]> {
    return this.learners.list(caller);
  }

  @Requires('learner.manage')
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateLearnerDto): Promise<Learner> {
    return this.learners.create(caller, dto);
  }

  @Get(':id')
  get(@CurrentCaller() caller: Caller, @LearnerId() id: string): Promise<Learner> {
    return this.learners.get(caller, id);
  }

  @Requires('learner.manage')
  @Patch(':id')
  update(
    @CurrentCaller() caller: Caller,
    @LearnerId() id: string,
    @Body() dto: UpdateLearnerDto,
  ): Promise<Learner> {
    return this.learners.update(caller, id, dto);
  }

  /** Erases the learner's personal data; the record stays as anonymised statistics. */
  @Requires('learner.erase')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  erase(@CurrentCaller() caller: Caller, @LearnerId() id: string): Promise<void> {
    return this.learners.erase(caller, id);
  }

  /** Everything stored about the learner, as JSON (the right of access). */
  @Requires('learner.erase')
  @Get(':id/export')
  @Header('Cache-Control', 'no-store')
  exportData(@CurrentCaller() caller: Caller, @LearnerId() id: string): Promise<object> {
    return this.learners.exportData(caller, id);
  }

  @Get(':id/record')
  record(@CurrentCaller() caller: Caller, @LearnerId() id: string): Promise<LearnerRecord> {
    return this.learners.record(caller, id);
  }

  /** The record as an unsigned Europass ELM credential (JSON-LD), as a file. */
  @Get(':id/record/elm')
  @ApiProduces(ELM_MEDIA_TYPE)
  async credential(
    @CurrentCaller() caller: Caller,
    @LearnerId() id: string,
  ): Promise<StreamableFile> {
    const document = await this.credentials.credential(caller, id);
    return downloadFile({
      ...representation(
        Buffer.from(JSON.stringify(document, null, 2)),
        `${ELM_MEDIA_TYPE}; charset=utf-8`,
      ),
      filename: `learner-record-${id}-elm.jsonld`,
    });
  }

  @Requires('learner.manage')
  @Post(':id/achievements')
  recordAchievement(
    @CurrentCaller() caller: Caller,
    @LearnerId() id: string,
    @Body() dto: RecordAchievementDto,
  ): Promise<LearnerRecord> {
    return this.learners.recordAchievement(caller, id, dto);
  }

  @Requires('learner.manage')
  @Delete(':id/achievements/:achievementId')
  deleteAchievement(
    @CurrentCaller() caller: Caller,
    @LearnerId() id: string,
    @AchievementId() achievementId: string,
  ): Promise<LearnerRecord> {
    return this.learners.deleteAchievement(caller, id, achievementId);
  }
}
