import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { rewriteSnapshots } from './rewrite-snapshots';

/**
 * The assessment plan (issue #17): a curriculum states the parts of its examination. Existing
 * curricula and every published snapshot have none — the units' own assessments were all there
 * was — so they keep their meaning with an empty plan.
 */
export class AssessmentPlan1763684500000 implements MigrationInterface {
  name = 'AssessmentPlan1763684500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'curriculum',
      new TableColumn({ name: 'assessment_plan', type: 'text', default: "'[]'" }),
    );
    await rewriteSnapshots(queryRunner, (snapshot) => ({ ...snapshot, assessmentPlan: [] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(queryRunner, ({ assessmentPlan: _plan, ...snapshot }) => snapshot);
    await queryRunner.dropColumn('curriculum', 'assessment_plan');
  }
}
