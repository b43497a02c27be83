import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { eachOutcome, rewriteSnapshots } from './rewrite-snapshots';

/**
 * Assessment criteria of single learning outcomes (issue #17): existing outcomes have none (their
 * unit's criteria apply), in the working copies and every published snapshot; `down` removes
 * them, which the previous release has no place for.
 */
export class OutcomeCriteria1763685000000 implements MigrationInterface {
  name = 'OutcomeCriteria1763685000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'learning_outcome',
      new TableColumn({ name: 'criteria', type: 'text', isNullable: false, default: "'{}'" }),
    );
    await rewriteSnapshots(
      queryRunner,
      eachOutcome((outcome) => ({ ...outcome, criteria: {} })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(
      queryRunner,
      eachOutcome(({ criteria: _gone, ...outcome }) => outcome),
    );
    await queryRunner.dropColumn('learning_outcome', 'criteria');
  }
}
