import {
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { Observable, Subject, filter } from 'rxjs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, REDIS } from '../shared-state/redis';

/** Something was stored about a curriculum (one audit entry), or who is editing it changed. */
export interface CurriculumEvent {
  readonly curriculumId: string;
  readonly type: 'changed' | 'presence';
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The events of the curricula, for the editors that have them open (server-sent events). With
 * Redis (issue #22, ADR 0031) every instance publishes its events on one channel and passes on
 * the others', so an editor connected to instance B hears of a save on instance A; without it,
 * this process's only. An editor also reloads what it shows when it saves.
 */
@Injectable()
export class CurriculumEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly events = new Subject<CurriculumEvent>();
  /** Marks this instance's messages on the channel, which it has delivered already. */
  private readonly origin = randomUUID();
  private subscriber: Redis | null = null;
  private readonly logger = new Logger(CurriculumEvents.name);

  /** The Redis channel the instances tell each other their events on. */
  private readonly channel: string;

  constructor(
    @Optional() @Inject(REDIS) private readonly redis: Redis | null = null,
    @Optional() @Inject(APP_CONFIG) config: Pick<AppConfig, 'redisKeyPrefix'> | null = null,
  ) {
    this.channel = `${config?.redisKeyPrefix ?? 'cb:'}curriculum-events`;
  }

  onModuleInit(): void {
    if (this.redis === null) return;
    // A connection in subscriber mode does nothing else: a second one.
    // It waits for the connection (and subscribes again after a reconnection) by itself.
    this.subscriber = this.redis.duplicate({
      connectionName: 'curriculum-builder:events',
      enableOfflineQueue: true,
    });
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', (_channel: string, message: string) => this.received(message));
    // Not awaited: while Redis is out of reach the start goes on, and the subscription follows.
    this.subscriber.subscribe(this.channel).catch((error: Error) => {
      this.logger.error(`Cannot subscribe to ${this.channel}: ${error.message}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscriber !== null) await closeRedis(this.subscriber);
  }

  publish(event: CurriculumEvent): void {
    this.events.next(event);
    this.redis
      ?.publish(this.channel, JSON.stringify({ origin: this.origin, event }))
      .catch(() => undefined);
  }

  of(curriculumId: string): Observable<CurriculumEvent> {
    return this.events.pipe(filter((event) => event.curriculumId === curriculumId));
  }

  private received(message: string): void {
    try {
      const { origin, event } = JSON.parse(message) as { origin: string; event: CurriculumEvent };
      if (origin !== this.origin) this.events.next(event);
    } catch {
      // Not ours: ignored.
    }
  }
}
