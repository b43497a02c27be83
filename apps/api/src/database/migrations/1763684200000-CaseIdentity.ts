import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** The tables that take a CASE identity: a curriculum (CFDocument), its units and outcomes (CFItems). */
const TABLES = ['curriculum', 'unit', 'learning_outcome'] as const;

/**
 * CASE identity (issue #16): every curriculum, unit and learning outcome may keep the CASE
 * `identifier` it was imported with (indexed: a re-import finds the curriculum it updates, the CASE
 * provider finds an item) and its origin (uri, foreign codes, unknown fields, associations) as JSON.
 * Existing rows were made here: they have none (null), and their identifiers stay derived from ids.
 */
export class CaseIdentity1763684200000 implements MigrationInterface {
  name = 'CaseIdentity1763684200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.addColumns(table, [
        new TableColumn({
          name: 'case_identifier',
          type: 'varchar',
          length: '255',
          isNullable: true,
        }),
        new TableColumn({ name: 'case_origin', type: 'text', isNullable: true }),
      ]);
      await queryRunner.createIndex(
        table,
        new TableIndex({ name: `IDX_${table}_case_identifier`, columnNames: ['case_identifier'] }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.dropIndex(table, `IDX_${table}_case_identifier`);
      await queryRunner.dropColumns(table, ['case_identifier', 'case_origin']);
    }
  }
}
