import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { rewriteSnapshots } from './rewrite-snapshots';

/**
 * Programmes of one qualification (issue #17, ADR 0021): a curriculum may state the code of the
 * qualification it delivers. Existing curricula and snapshots are qualifications of their own;
 * `down` removes the codes.
 */
export class QualificationCode1763685100000 implements MigrationInterface {
  name = 'QualificationCode1763685100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'curriculum',
      new TableColumn({
        name: 'qualification_code',
        type: 'varchar',
        length: '50',
        isNullable: true,
      }),
    );
    await rewriteSnapshots(queryRunner, (snapshot) => ({ ...snapshot, qualificationCode: null }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(queryRunner, ({ qualificationCode: _gone, ...snapshot }) => snapshot);
    await queryRunner.dropColumn('curriculum', 'qualification_code');
  }
}
