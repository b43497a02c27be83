import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { PresenceEntry } from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';
import { Auth } from '../../core/auth/auth';
import { EditorState } from './editor-state';

/** How often this tab says it is still here (the server forgets a tab after 45 s). */
const HEARTBEAT_MS = 20_000;
/** Several saves of someone else in a row make one reload. */
const RELOAD_AFTER_MS = 300;

/**
 * Two people at once, in the editor: what others save arrives as server-sent events and the
 * working copy reloads (keeping what this tab has not saved); who else has the curriculum open,
 * and where, is shown; this tab says where it is.
 */
@Injectable()
export class EditorLive {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(Auth);
  private readonly state = inject(EditorState);
  private readonly tabId = globalThis.crypto.randomUUID();
  private source: EventSource | null = null;
  private curriculumId: string | null = null;
  private part: string | null = null;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private reload: ReturnType<typeof setTimeout> | undefined;

  private readonly entries = signal<readonly PresenceEntry[]>([]);
  /** The others who have it open: other people, and this person in other tabs. */
  readonly others = computed(() => this.entries().filter((e) => e.tabId !== this.tabId));
  readonly myId = computed(() => this.auth.user()?.id ?? null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Follows a curriculum (browsers without EventSource, such as test DOMs, just do not). */
  start(curriculumId: string): void {
    if (typeof EventSource === 'undefined' || this.source !== null) return;
    this.curriculumId = curriculumId;
    const source = new EventSource(`/api/v1/curricula/${curriculumId}/events`);
    this.source = source;
    source.addEventListener('open', () => void this.announce());
    source.addEventListener('presence', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        entries: PresenceEntry[];
      };
      this.entries.set(data.entries);
    });
    source.addEventListener('changed', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { by: string | null };
      // This tab's own saves reload by themselves; another tab's of the same person do not.
      if (data.by === this.myId() && this.state.saving()) return;
      clearTimeout(this.reload);
      this.reload = setTimeout(
        () => void this.state.refresh().catch(() => undefined),
        RELOAD_AFTER_MS,
      );
    });
    this.heartbeat = setInterval(() => void this.announce(), HEARTBEAT_MS);
  }

  /** Where this tab is now (a finding path such as `units[2]`, or `curriculum`). */
  at(part: string | null): void {
    if (part === this.part) return;
    this.part = part;
    void this.announce();
  }

  private async announce(leaving = false): Promise<void> {
    if (this.curriculumId === null || this.auth.csrfToken === null) return;
    try {
      const body = leaving
        ? { tabId: this.tabId, leaving: true }
        : { tabId: this.tabId, ...(this.part === null ? {} : { part: this.part }) };
      const entries = await firstValueFrom(
        this.http.post<PresenceEntry[]>(`/api/v1/curricula/${this.curriculumId}/presence`, body),
      );
      if (!leaving) this.entries.set(entries);
    } catch {
      // Presence is a courtesy: a lost heartbeat only hides this tab for a while.
    }
  }

  private stop(): void {
    clearInterval(this.heartbeat);
    clearTimeout(this.reload);
    this.source?.close();
    if (this.source !== null) void this.announce(true);
    this.source = null;
  }
}
