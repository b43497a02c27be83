import { msg } from '@curriculum-builder/curriculum';
import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../../common/errors/domain.errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** How long a refused render is told to wait before it asks again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * At most `MAX_CONCURRENT_RENDERS` renders (exports, mobility documents) at once in this process,
 * `RENDER_QUEUE_LIMIT` more waiting in order; beyond, 429 with Retry-After (ADR 0031). Rendering
 * holds the CPU and memory: a flood of uncached exports then waits its turn instead of taking
 * every core from the reads and edits beside it.
 */
@Injectable()
export class RenderSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly max: number;
  private readonly queueLimit: number;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'maxConcurrentRenders' | 'renderQueueLimit'>,
  ) {
    this.max = config.maxConcurrentRenders;
    this.queueLimit = config.renderQueueLimit;
  }

  async run<T>(render: () => Promise<T>): Promise<T> {
    if (this.running < this.max) this.running++;
    else if (this.waiting.length < this.queueLimit)
      // The slot is handed over by the render that ends (`running` stays as it is).
      await new Promise<void>((start) => this.waiting.push(start));
    else
      throw new TooManyRequestsError(
        msg`The server is busy rendering other exports: try again in a moment.`,
        RETRY_AFTER_SECONDS,
      );
    try {
      return await render();
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.running--;
      else next();
    }
  }

  /** Renders running and waiting (for diagnostics and tests). */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
