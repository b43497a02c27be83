import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What to do once a write transaction has committed, by the manager of that transaction. */
const AFTER_COMMIT = new WeakMap<EntityManager, (() => void)[]>();

/**
 * Runs `callback` once the write transaction of `em` has committed (never if it rolls back), e.g.
 * to tell open editors that a curriculum changed; outside `UnitOfWork.write`, at once.
 */
export function afterCommit(em: EntityManager, callback: () => void): void {
  const pending = AFTER_COMMIT.get(em);
  if (pending === undefined) callback();
  else pending.push(callback);
}

/**
 * Every database access of a request goes through here.
 *
 * - `write` runs its work in one transaction: all of it is stored, or nothing.
 * - SQLite (one connection, one writer): reads and writes of the process wait in one queue, so a
 *   write transaction never meets another one (no `SQLITE_BUSY`, no nested `BEGIN`) and a read never
 *   sees a transaction's uncommitted state; better-sqlite3 is synchronous, so the queue costs no
 *   parallelism. Other processes (the command line, a backup) wait in the database: transactions
 *   begin IMMEDIATE and wait up to busy_timeout (see data-source-options.ts).
 * - PostgreSQL: the pool runs requests at once. Writes to one curriculum take turns on its row,
 *   locked until commit (`CurriculaRepository.findCurriculum` in a transaction), so what a
 *   transaction read — the next position, the ids a reference may name, the status — still holds when
 *   it writes, across processes too; writes to other curricula run in parallel.
 * - Optimistic versions (`updateVersioned`) catch edits based on a state that has changed since.
 */
@Injectable()
export class UnitOfWork {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly queued: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.queued = dataSource.options.type === 'better-sqlite3';
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.queued ? this.enqueue(run) : run();
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = async () => {
      const committed: (() => void)[] = [];
      const result = await this.dataSource.transaction((em) => {
        AFTER_COMMIT.set(em, committed);
        return work(em);
      });
      for (const callback of committed) callback();
      return result;
    };
    return this.queued ? this.enqueue(run) : run();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
