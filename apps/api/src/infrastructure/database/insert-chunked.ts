import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows per INSERT: well below SQLite's limit of bound parameters for wide rows. */
const CHUNK = 200;

/** Inserts many rows in multi-row statements of bounded size (inside the caller's transaction). */
export async function insertChunked<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly QueryDeepPartialEntity<E>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await em.insert(entity, rows.slice(start, start + CHUNK) as QueryDeepPartialEntity<E>[]);
  }
}
