import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { BullJobQueue } from './bull-job-queue';
import { EXPORT_STORE, type ExportStore, FileExportStore } from './export-store';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './jobs';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/**
 * Background jobs (issue #22, ADR 0032): the queue (BullMQ on Redis with `REDIS_URL`, else this
 * process's), the store of rendered files, the kinds of job the modules register, and
 * `/api/v1/jobs`. Where jobs are run (`JOBS_IN_PROCESS`, or `worker.js`), the files of finished
 * jobs are swept once `JOB_RETENTION_S` has passed.
 */
@Global()
@Module({
  controllers: [JobsController],
  providers: [
    JobHandlers,
    {
      provide: EXPORT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ExportStore => new FileExportStore(config.jobs.storeDir),
    },
    {
      provide: JobQueue,
      inject: [JobHandlers, APP_CONFIG],
      useFactory: (handlers: JobHandlers, config: AppConfig): JobQueue => {
        const common = {
          concurrency: config.maxConcurrentRenders,
          queueLimit: config.renderQueueLimit,
          attempts: config.jobs.attempts,
          backoffMs: config.jobs.backoffMs,
        };
        return config.redisUrl === undefined
          ? new InProcessJobQueue(handlers, {
              ...common,
              retentionMs: config.jobs.retentionSeconds * 1000,
            })
          : new BullJobQueue(handlers, {
              ...common,
              url: config.redisUrl,
              keyPrefix: config.redisKeyPrefix,
              lockMs: config.jobs.lockMs,
              retentionSeconds: config.jobs.retentionSeconds,
            });
      },
    },
    JobsService,
  ],
  exports: [JobHandlers, JobsService, EXPORT_STORE],
})
export class JobsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: JobQueue,
    @Inject(EXPORT_STORE) private readonly store: ExportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After every module has registered its kinds of job. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.inProcess) return;
    await this.queue.startWorking();
    const retentionMs = this.config.jobs.retentionSeconds * 1000;
    const sweep = () =>
      this.store
        .sweep('jobs', retentionMs)
        .catch((error: Error) => this.logger.warn(`sweeping old job files: ${error.message}`));
    void sweep();
    this.sweeper = setInterval(sweep, Math.max(60_000, retentionMs / 4));
    this.sweeper.unref();
  }

  /** Running jobs end first (their requests are drained before); then the queue closes. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.queue.close();
  }
}
