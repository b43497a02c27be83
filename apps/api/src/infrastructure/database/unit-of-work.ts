import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Key of the PostgreSQL advisory lock that every write transaction of every process takes first
 * (an arbitrary constant, "CBWR").
 */
export const POSTGRES_WRITE_LOCK = 0x43425752;

/**
 * Every database access of a request goes through here.
 *
 * - `write` runs its work in one transaction: all of it is stored, or nothing.
 * - Writes wait in one queue per process, so two write transactions of this process never run at
 *   the same time: no `SQLITE_BUSY`, no nested `BEGIN`, no deadlock, and a transaction's reads
 *   (the next position, the ids a reference may name) still hold when it writes. A waiting write
 *   holds no connection.
 * - Other processes on the same database (the command line, a second server) wait their turn in
 *   the database: on SQLite each transaction begins IMMEDIATE (the write lock first, waiting up to
 *   busy_timeout, see data-source-options.ts); on PostgreSQL it first takes a transaction-scoped
 *   advisory lock that all writers share.
 * - Reads: on SQLite (one connection; better-sqlite3 is synchronous, so the queue costs no
 *   parallelism) they join the same queue and never see a transaction's uncommitted state; on
 *   PostgreSQL they run at once on the pool and see what is committed.
 * - Optimistic versions (`updateVersioned`) catch edits based on a state that has changed since.
 */
@Injectable()
export class UnitOfWork {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly sqlite: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.sqlite = dataSource.options.type === 'better-sqlite3';
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.sqlite ? this.enqueue(run) : run();
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.sqlite) return this.enqueue(() => this.dataSource.transaction(work));
    return this.enqueue(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [POSTGRES_WRITE_LOCK]);
        return work(manager);
      }),
    );
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
