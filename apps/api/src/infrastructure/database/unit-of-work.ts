import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Every database access of a request goes through here.
 *
 * - `write` runs its work in one transaction: all of it is stored, or nothing.
 * - On SQLite (one connection, one writer) reads and writes are queued one after another, so a write
 *   transaction never meets another one (no `SQLITE_BUSY`, no nested `BEGIN`) and a read never sees a
 *   transaction's uncommitted state. better-sqlite3 is synchronous, so the queue costs no parallelism.
 * - On PostgreSQL the pool runs them concurrently; optimistic versions catch conflicting edits.
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
    const run = () => this.dataSource.transaction(work);
    return this.queued ? this.enqueue(run) : run();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
