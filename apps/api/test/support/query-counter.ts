import type { DataSource } from 'typeorm';

/** Counts the SQL statements the data source sends while `work` runs (any driver). */
export async function countQueries<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const runner = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  await runner.release();
  const original = prototype.query;
  let queries = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    queries += 1;
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, queries };
  } finally {
    prototype.query = original;
  }
}
