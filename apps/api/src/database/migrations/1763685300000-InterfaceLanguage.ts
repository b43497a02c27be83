import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The interface in five languages (issue #19, ADR 0024): an account keeps the language its user
 * chose. Existing accounts have none yet (their browsers' language applies); `down` forgets it.
 */
export class InterfaceLanguage1763685300000 implements MigrationInterface {
  name = 'InterfaceLanguage1763685300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'user_account',
      new TableColumn({ name: 'ui_language', type: 'varchar', length: '5', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('user_account', 'ui_language');
  }
}
