import type { PresenceEntry } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { nowIso } from '../../common/clock';
import { CurriculumEvents } from '../../infrastructure/events/curriculum-events';

/** A tab that has not said it is there for this long has gone (closed, asleep, offline). */
const PRESENCE_TTL_MS = 45_000;

/**
 * Who has which curriculum open, in memory of this process (lost on restart, which only means a
 * few seconds without names). Each change is published as a `presence` event.
 */
@Injectable()
export class PresenceService {
  private readonly open = new Map<string, Map<string, PresenceEntry>>();

  constructor(private readonly events: CurriculumEvents) {}

  /** Those who have the curriculum open now. */
  of(curriculumId: string): PresenceEntry[] {
    const tabs = this.open.get(curriculumId);
    if (tabs === undefined) return [];
    const oldest = Date.now() - PRESENCE_TTL_MS;
    for (const [tabId, entry] of tabs) if (Date.parse(entry.at) < oldest) tabs.delete(tabId);
    if (tabs.size === 0) this.open.delete(curriculumId);
    return [...tabs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  here(curriculumId: string, entry: Omit<PresenceEntry, 'at'>): PresenceEntry[] {
    const tabs = this.open.get(curriculumId) ?? new Map<string, PresenceEntry>();
    const before = tabs.get(entry.tabId);
    tabs.set(entry.tabId, { ...entry, at: nowIso() });
    this.open.set(curriculumId, tabs);
    const now = this.of(curriculumId);
    // A heartbeat at the same place tells nobody anything new.
    if (before?.part !== entry.part || before.userId !== entry.userId)
      this.announce(curriculumId, now);
    return now;
  }

  gone(curriculumId: string, tabId: string, userId: string): PresenceEntry[] {
    const tabs = this.open.get(curriculumId);
    const mine = tabs?.get(tabId)?.userId === userId;
    if (mine) tabs?.delete(tabId);
    const now = this.of(curriculumId);
    if (mine) this.announce(curriculumId, now);
    return now;
  }

  private announce(curriculumId: string, entries: PresenceEntry[]): void {
    this.events.publish({ curriculumId, type: 'presence', data: { entries } });
  }
}
