import { Injectable } from '@nestjs/common';
import { Observable, Subject, filter } from 'rxjs';

/** Something was stored about a curriculum (one audit entry), or who is editing it changed. */
export interface CurriculumEvent {
  readonly curriculumId: string;
  readonly type: 'changed' | 'presence';
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The events of this process's curricula, for the editors that have them open (server-sent
 * events). One process only: several instances need a shared channel (PostgreSQL NOTIFY or Redis
 * pub/sub, issue #22); an editor also reloads what it shows when it saves.
 */
@Injectable()
export class CurriculumEvents {
  private readonly events = new Subject<CurriculumEvent>();

  publish(event: CurriculumEvent): void {
    this.events.next(event);
  }

  of(curriculumId: string): Observable<CurriculumEvent> {
    return this.events.pipe(filter((event) => event.curriculumId === curriculumId));
  }
}
