import type { QueryRunner } from 'typeorm';

/** Whether a migration runs on PostgreSQL (placeholders `$1`; SQLite has `?`). */
export const isPostgres = (runner: QueryRunner): boolean =>
  runner.connection.driver.options.type === 'postgres';

/**
 * Rewrites every published snapshot (`curriculum_version.snapshot`) with `change`, for migrations
 * that give the published versions the same new fields as the working copies.
 */
export async function rewriteSnapshots(
  queryRunner: QueryRunner,
  change: (snapshot: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const rows: { curriculum_id: string; number: number | string; snapshot: string }[] =
    await queryRunner.query('SELECT curriculum_id, number, snapshot FROM curriculum_version');
  const update = isPostgres(queryRunner)
    ? 'UPDATE curriculum_version SET snapshot = $1 WHERE curriculum_id = $2 AND number = $3'
    : 'UPDATE curriculum_version SET snapshot = ? WHERE curriculum_id = ? AND number = ?';
  for (const row of rows) {
    const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
    await queryRunner.query(update, [
      JSON.stringify(change(snapshot)),
      row.curriculum_id,
      Number(row.number),
    ]);
  }
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** A snapshot change that applies `change` to every outcome of every unit. */
export const eachOutcome =
  (change: (outcome: Json) => Json) =>
  (snapshot: Json): Json => ({
    ...snapshot,
    units: list(snapshot['units']).map((unit) => ({
      ...unit,
      outcomes: list(unit['outcomes']).map(change),
    })),
  });
