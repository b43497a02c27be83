import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal } from '@angular/core';
import type { NotificationList } from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';
import { Auth } from '../auth/auth';

const BASE = '/api/v1/notifications';
/** How often the count in the header is brought up to date while the page is open. */
const POLL_MS = 60_000;

/**
 * The signed-in user's notifications and the unread count the header shows; fetched when somebody
 * who receives notifications signs in, then every minute, and after each change.
 */
@Injectable({ providedIn: 'root' })
export class Inbox {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(Auth);
  readonly list = signal<NotificationList | null>(null);
  readonly unread = computed(() => this.list()?.unread ?? 0);

  constructor() {
    let timer: ReturnType<typeof setInterval> | undefined;
    effect(() => {
      clearInterval(timer);
      const receives = this.auth.may('notification.read');
      if (!receives) {
        this.list.set(null);
        return;
      }
      void this.refresh();
      timer = setInterval(() => void this.refresh(), POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  async refresh(): Promise<void> {
    try {
      this.list.set(await firstValueFrom(this.http.get<NotificationList>(BASE)));
    } catch {
      // Offline or signed out meanwhile: the count stays as it was.
    }
  }

  async markRead(id: string): Promise<void> {
    this.list.set(await firstValueFrom(this.http.post<NotificationList>(`${BASE}/${id}/read`, {})));
  }

  async markAllRead(): Promise<void> {
    this.list.set(await firstValueFrom(this.http.post<NotificationList>(`${BASE}/read`, {})));
  }
}
