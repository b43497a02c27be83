import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn } from '../schema-columns';

/** Institutions: vocational schools and training centres (authors) and industry associations (reviewers). */
export class CreateInstitutions1763683200000 implements MigrationInterface {
  name = 'CreateInstitutions1763683200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'institution',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'country', type: 'varchar', length: '2' },
          createdAtColumn(queryRunner),
          updatedAtColumn(queryRunner),
        ],
        checks: [
          { name: 'CHK_institution_kind', expression: `"kind" IN ('school', 'association')` },
        ],
        uniques: [{ name: 'UQ_institution_name', columnNames: ['name'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('institution');
  }
}
