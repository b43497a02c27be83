import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { rewriteSnapshots } from './rewrite-snapshots';

/**
 * Partial qualifications (issue #17): named sets of units certified alone. Existing curricula and
 * every published snapshot have none; `down` removes them (the previous release has no place for
 * them).
 */
export class PartialQualifications1763684900000 implements MigrationInterface {
  name = 'PartialQualifications1763684900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'curriculum',
      new TableColumn({
        name: 'partial_qualifications',
        type: 'text',
        isNullable: false,
        default: "'[]'",
      }),
    );
    await rewriteSnapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      partialQualifications: [],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(
      queryRunner,
      ({ partialQualifications: _gone, ...snapshot }) => snapshot,
    );
    await queryRunner.dropColumn('curriculum', 'partial_qualifications');
  }
}
