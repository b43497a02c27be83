import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The number of units of a published version, for the catalogue: learners' rows list published
 * versions, and counting the units of a snapshot in SQL would parse its whole JSON for every row.
 * Versions published before get their count from their snapshot.
 */
export class AddVersionUnitCount1763683600000 implements MigrationInterface {
  name = 'AddVersionUnitCount1763683600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'curriculum_version',
      new TableColumn({ name: 'unit_count', type: 'integer', default: 0 }),
    );
    // Plain SQL: the query builder would map column names through today's entity, which a
    // migration must not depend on.
    const versions: { curriculum_id: string; number: number; snapshot: string }[] =
      await queryRunner.query('SELECT curriculum_id, number, snapshot FROM curriculum_version');
    for (const version of versions) {
      const units = (JSON.parse(version.snapshot) as { units?: unknown[] }).units?.length ?? 0;
      const [sql, parameters] = queryRunner.connection.driver.escapeQueryWithParameters(
        'UPDATE curriculum_version SET unit_count = :units WHERE curriculum_id = :id AND number = :number',
        { units, id: version.curriculum_id, number: version.number },
      );
      await queryRunner.query(sql, parameters);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('curriculum_version', 'unit_count');
  }
}
