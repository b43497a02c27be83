import type { FailedJob, Job } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public, Requires } from '../../common/decorators/auth.decorators';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { downloadFile } from '../../infrastructure/web/content-disposition';
import { JobsService } from './jobs.service';

const JobId = () => Param('id', new ParseIdPipe(msg`Job`));

/**
 * Background jobs (ADR 0032): exports and mobility documents rendered by a worker. Public, like
 * the exports they render: a signed-in caller's job is seen by that account only (404 for anyone
 * else), an anonymous caller's by whoever holds its id.
 */
@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /** The jobs given up after their last try (the dead letters), the latest first, with causes. */
  @Requires('job.inspect')
  @Get()
  @ApiQuery({ name: 'state', enum: ['failed'], required: true })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500, default 100' })
  async failed(
    @Query('state') state?: string,
    @Query('limit') limit?: string,
  ): Promise<{ items: FailedJob[] }> {
    if (state !== 'failed')
      throw new InvalidInputError([{ path: 'state', message: msg`must be one of ${'failed'}` }]);
    const count = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw new InvalidInputError([
        { path: 'limit', message: msg`must be a whole number from ${1} to ${500}` },
      ]);
    return { items: await this.jobs.failed(count) };
  }

  @Public()
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiNotFoundResponse({ description: 'No such job, it was removed, or it is not the caller’s.' })
  get(@CurrentCaller() caller: Caller | null, @JobId() id: string): Promise<Job> {
    return this.jobs.get(caller, id);
  }

  @Public()
  @Get(':id/result')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as the synchronous export route sends it.' })
  @ApiConflictResponse({ description: 'The job is not done yet.' })
  async result(
    @CurrentCaller() caller: Caller | null,
    @JobId() id: string,
  ): Promise<StreamableFile> {
    return downloadFile(await this.jobs.download(caller, id));
  }
}
