import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Whether this instance is on its way out (ADR 0031): from SIGTERM (or the application closing)
 * readiness answers 503, so that a balancer sends no new requests while the ones in flight end.
 */
@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  private stopping = false;

  get draining(): boolean {
    return this.stopping;
  }

  /** Marks the instance as stopping; `main.ts` then waits `SHUTDOWN_DRAIN_MS` before closing. */
  startDraining(): void {
    this.stopping = true;
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }
}
