import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Optimistic concurrency: `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`.
 * TypeORM's `@VersionColumn` does not check on save, so the comparison happens here, in the
 * statement itself. Returns false when no row matched (unknown id or stale version).
 */
export async function updateVersioned<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<E>,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<E>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return result.affected === 1;
}
