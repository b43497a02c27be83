import type { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Rows of a plain SQL statement with named parameters (`:id`, `:...ids` for a list), in the
 * placeholders of the database at hand: for the hot read paths, where building the statement
 * from entity metadata costs more than running it.
 */
export async function rawQuery<T>(
  em: EntityManager,
  sql: string,
  parameters: ObjectLiteral = {},
): Promise<T[]> {
  const [statement, values] = em.connection.driver.escapeQueryWithParameters(sql, parameters);
  return (await em.query(statement, values)) as T[];
}
