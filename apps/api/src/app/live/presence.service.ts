import type { PresenceEntry } from '@curriculum-builder/curriculum';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { nowIso } from '../../common/clock';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { CurriculumEvents } from '../../infrastructure/events/curriculum-events';
import { REDIS } from '../../infrastructure/shared-state/redis';

/** A tab that has not said it is there for this long has gone (closed, asleep, offline). */
const PRESENCE_TTL_MS = 45_000;

/**
 * Who has which curriculum open. With `REDIS_URL` in Redis, one hash per curriculum (tab → entry)
 * that every instance reads and writes, so an editor on B sees who is on A (issue #22); without,
 * or while Redis is away, in this process's memory. Lost on a restart of Redis or the process,
 * which only means a few seconds without names. Each change is published as a `presence` event.
 */
@Injectable()
export class PresenceService {
  private readonly logger = new Logger('Presence');
  private readonly open = new Map<string, Map<string, PresenceEntry>>();
  private readonly prefix: string;

  constructor(
    private readonly events: CurriculumEvents,
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.redisKeyPrefix}presence:`;
  }

  /** Those who have the curriculum open now. */
  async of(curriculumId: string): Promise<PresenceEntry[]> {
    return this.current(curriculumId, await this.tabs(curriculumId));
  }

  async here(curriculumId: string, entry: Omit<PresenceEntry, 'at'>): Promise<PresenceEntry[]> {
    const tabs = await this.tabs(curriculumId);
    const before = tabs.get(entry.tabId);
    const stamped = { ...entry, at: nowIso() };
    await this.put(curriculumId, stamped);
    tabs.set(entry.tabId, stamped);
    const now = await this.current(curriculumId, tabs);
    // A heartbeat at the same place tells nobody anything new.
    if (before?.part !== entry.part || before.userId !== entry.userId)
      this.announce(curriculumId, now);
    return now;
  }

  async gone(curriculumId: string, tabId: string, userId: string): Promise<PresenceEntry[]> {
    const tabs = await this.tabs(curriculumId);
    const mine = tabs.get(tabId)?.userId === userId;
    if (mine) {
      await this.remove(curriculumId, [tabId]);
      tabs.delete(tabId);
    }
    const now = await this.current(curriculumId, tabs);
    if (mine) this.announce(curriculumId, now);
    return now;
  }

  /** The tabs read, without those gone quiet (which are removed). */
  private async current(
    curriculumId: string,
    tabs: Map<string, PresenceEntry>,
  ): Promise<PresenceEntry[]> {
    const oldest = Date.now() - PRESENCE_TTL_MS;
    const stale = [...tabs.values()].filter((entry) => Date.parse(entry.at) < oldest);
    if (stale.length > 0)
      await this.remove(
        curriculumId,
        stale.map((entry) => entry.tabId),
      );
    return [...tabs.values()]
      .filter((entry) => Date.parse(entry.at) >= oldest)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  private announce(curriculumId: string, entries: PresenceEntry[]): void {
    this.events.publish({ curriculumId, type: 'presence', data: { entries } });
  }

  private async tabs(curriculumId: string): Promise<Map<string, PresenceEntry>> {
    const stored = await this.shared((redis) => redis.hgetall(this.key(curriculumId)));
    if (stored === undefined) return new Map(this.open.get(curriculumId));
    return new Map(
      Object.entries(stored).map(([tabId, json]) => [tabId, JSON.parse(json) as PresenceEntry]),
    );
  }

  private async put(curriculumId: string, entry: PresenceEntry): Promise<void> {
    const key = this.key(curriculumId);
    const done = await this.shared((redis) =>
      redis
        .multi()
        .hset(key, entry.tabId, JSON.stringify(entry))
        .pexpire(key, PRESENCE_TTL_MS)
        .exec(),
    );
    if (done !== undefined) return;
    const tabs = this.open.get(curriculumId) ?? new Map<string, PresenceEntry>();
    tabs.set(entry.tabId, entry);
    this.open.set(curriculumId, tabs);
  }

  private async remove(curriculumId: string, tabIds: string[]): Promise<void> {
    const done = await this.shared((redis) => redis.hdel(this.key(curriculumId), ...tabIds));
    if (done !== undefined) return;
    const tabs = this.open.get(curriculumId);
    for (const tabId of tabIds) tabs?.delete(tabId);
    if (tabs?.size === 0) this.open.delete(curriculumId);
  }

  /** The command's answer from Redis; undefined without Redis or while it is out of reach. */
  private async shared<T>(command: (redis: Redis) => Promise<T>): Promise<T | undefined> {
    if (this.redis === null) return undefined;
    try {
      return await command(this.redis);
    } catch (error) {
      this.logger.warn(`kept in this instance: ${(error as Error).message}`);
      return undefined;
    }
  }

  private key(curriculumId: string): string {
    return `${this.prefix}${curriculumId}`;
  }
}
