import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { HealthStatus } from '@curriculum-builder/curriculum';

export type ApiHealthState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ok'; readonly health: HealthStatus }
  | { readonly kind: 'unreachable' };

/** Asks the API whether it and its database answer. */
@Injectable({ providedIn: 'root' })
export class ApiHealth {
  private readonly http = inject(HttpClient);
  private readonly stateSignal = signal<ApiHealthState>({ kind: 'checking' });

  readonly state = this.stateSignal.asReadonly();

  check(): void {
    this.stateSignal.set({ kind: 'checking' });
    this.http.get<HealthStatus>('/api/v1/health').subscribe({
      next: (health) => this.stateSignal.set({ kind: 'ok', health }),
      error: () => this.stateSignal.set({ kind: 'unreachable' }),
    });
  }
}
