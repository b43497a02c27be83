import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './rewrite-snapshots';

/** The columns that hold months and ECVET points, which may now be decimals (42.5 → 212.5). */
const COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['curriculum', 'duration_months'],
  ['curriculum', 'reference_duration_months'],
  ['curriculum', 'ecvet_points'],
  ['unit', 'ecvet_points'],
  ['curriculum_version', 'ecvet_points'],
];

/**
 * Half months and half points (issue #17, ADR 0018): durations and ECVET points become decimals.
 * On PostgreSQL the integer columns become double precision, every value kept; SQLite stores a
 * decimal in an integer column as it is (type affinity), so nothing changes there. `down` rounds
 * to whole numbers again (halves up) — the only shape the previous release can read.
 */
export class DecimalPoints1763684700000 implements MigrationInterface {
  name = 'DecimalPoints1763684700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE double precision`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      if (isPostgres(queryRunner)) {
        await queryRunner.query(
          `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE integer USING floor("${column}" + 0.5)::integer`,
        );
      } else {
        await queryRunner.query(
          `UPDATE "${table}" SET "${column}" = CAST(floor("${column}" + 0.5) AS INTEGER)`,
        );
      }
    }
  }
}
