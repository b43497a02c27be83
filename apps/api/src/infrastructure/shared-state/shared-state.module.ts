import {
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  COUNTER_STORE,
  MemoryCounterStore,
  RedisCounterStore,
  type CounterStore,
} from './counter-store';
import { RateLimitGuard } from './rate-limit';
import { closeRedis, connectRedis, REDIS, whenReady } from './redis';

/**
 * What several instances must share (issue #22, ADR 0031): with `REDIS_URL` a Redis connection
 * (`REDIS`) and the counters kept there; without it null and counters in this process, so that
 * `npm start` needs nothing but Node. The rate limits of expensive routes (`@RateLimit`) count
 * there (renders are capped by the job queue, ADR 0032).
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null =>
        config.redisUrl === undefined ? null : connectRedis(config.redisUrl, 'state'),
    },
    {
      provide: COUNTER_STORE,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): CounterStore =>
        redis === null
          ? new MemoryCounterStore()
          : new RedisCounterStore(redis, `${config.redisKeyPrefix}rate:`),
    },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [REDIS, COUNTER_STORE],
})
export class SharedStateModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  /** Starts once Redis answers, or goes on without it (readiness says so) after a few seconds. */
  async onModuleInit(): Promise<void> {
    if (this.redis === null) return;
    await whenReady(this.redis).catch((error: Error) =>
      this.logger.error(`${error.message}: starting without it, not ready until it answers.`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    // After the HTTP server has stopped: nothing uses the connection any more.
    if (this.redis !== null) await closeRedis(this.redis);
  }
}
